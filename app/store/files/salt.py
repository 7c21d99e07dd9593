"""A diary's salt: the first 16 bytes of the file, which SQLCipher leaves unencrypted.

It names the diary (its keyring entry) and is read before anything else, by the command line
before Qt loads: so this module imports nothing but the standard library.
"""

from __future__ import annotations

from pathlib import Path

from app.domain.keys import SALT_BYTES
from app.store.errors import DiaryMissing, NotADiary
from app.store.files.inputs import NoSuchFile, read_head

PAGE_SIZE = 4096
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def read_salt(path: Path) -> bytes:
    """The salt SQLCipher keeps in the first 16 bytes of the file (it also names the diary)."""
    path = Path(path)
    if not path.exists():
        raise DiaryMissing(path)
    try:
        head, size = read_head(path, SALT_BYTES)
    except NoSuchFile:
        raise DiaryMissing(path) from None
    if head == _PLAIN_SQLITE_HEADER[:SALT_BYTES]:
        raise NotADiary(path, "it is an unencrypted SQLite file")
    if len(head) < SALT_BYTES or size < PAGE_SIZE or size % PAGE_SIZE:
        raise NotADiary(path)
    if head == bytes(SALT_BYTES):  # a random salt is never all zeros: the start was wiped
        raise NotADiary(path, "its first bytes are blank")
    return head
