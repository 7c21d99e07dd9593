"""Getting a diary's key on the command line: keyring, then --passphrase-stdin, then a prompt."""

from __future__ import annotations

import contextlib
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import sqlcipher3

from app.access.quick import QuickStart, open_remembered_quickly, unlock_quickly
from app.domain.errors import UserError
from app.domain.i18n import translate
from app.store.errors import WrongPassphrase
from app.store.files.inputs import MAX_PASSPHRASE_BYTES
from app.store.files.lock import DiaryLock
from app.store.files.raw import is_read_only
from app.store.files.salt import read_salt

if TYPE_CHECKING:
    from app.access import RestoreResult
    from app.store.diary import Diary

T = TypeVar("T")


def _too_long() -> UserError:
    return UserError(
        translate(
            "Keys", "The passphrase is longer than {n} bytes; nothing was read further."
        ).format(n=MAX_PASSPHRASE_BYTES)
    )


def read_stdin_line() -> str:
    """One line from standard input, of at most 1 KB: a longer one is refused, unread."""
    binary = getattr(sys.stdin, "buffer", None)  # absent when stdin was replaced by text
    stream = binary if binary is not None else sys.stdin
    raw = stream.readline(MAX_PASSPHRASE_BYTES + 2)  # the limit, and "\r\n"
    if not raw:
        raise UserError(translate("Keys", "No passphrase was given on standard input."))
    data = raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass")
    if len(data.rstrip(b"\r\n")) > MAX_PASSPHRASE_BYTES:
        raise _too_long()
    try:
        line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError:
        raise UserError(
            translate(
                "Keys",
                "The passphrase on standard input is not UTF-8 text; check how it was written.",
            )
        ) from None
    return line.rstrip("\r\n")


def ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise UserError(
            translate(
                "Keys",
                "A passphrase is needed: run this in a terminal, or pass it with "
                "--passphrase-stdin.",
            )
        )
    typed = getpass.getpass(prompt)
    if len(typed.encode("utf-8")) > MAX_PASSPHRASE_BYTES:
        raise _too_long()
    return typed


def say_if_keyring_failed() -> None:
    """One line on stderr when the keyring was asked and did not answer."""
    from app.vault.keyring_state import last_fault

    fault = last_fault()
    if fault is not None:
        print(f"dosebook: {fault}", file=sys.stderr)


def hold_for_writing(path: Path) -> DiaryLock:
    """The diary's lock, for a command that changes it; refused while Dosebook has it open."""
    return DiaryLock.acquire(Path(path), kind="command")


def open_diary(path: Path, passphrase_stdin: bool) -> Diary:
    """Open an existing diary with the remembered key, or a passphrase from stdin or a prompt;
    from then on speak the language the diary keeps, if it keeps one."""
    from app.access import open_remembered, unlock_diary

    path = Path(path)
    read_salt(path)  # a missing or foreign file is reported before asking for anything
    diary = None if passphrase_stdin else open_remembered(path)
    if diary is None:
        if not passphrase_stdin:
            say_if_keyring_failed()
        passphrase = (
            read_stdin_line()
            if passphrase_stdin
            else ask(translate("Keys", "Passphrase for {name}: ").format(name=path.name))
        )
        diary = unlock_diary(path, passphrase, upgrade_key=False)  # a read leaves the file as it is
    speak_diary_language(diary)
    if diary.read_only:
        say_read_only(path)
    return diary


def say_read_only(path: Path) -> None:
    said = translate("Keys", "{path} is read-only; it was opened for reading only.")
    print("dosebook: " + said.format(path=path), file=sys.stderr)


def unlock_for_reading(path: Path, passphrase_stdin: bool) -> QuickStart:
    """The key, as `open_diary` gets it, and a reader on the file that needs no ORM (None when
    only the full open can read it: see `read_diary`)."""
    path = Path(path)
    read_salt(path)  # a missing or foreign file is reported before asking for anything
    quick = None if passphrase_stdin else open_remembered_quickly(path)
    if quick is None:
        if not passphrase_stdin:
            say_if_keyring_failed()
        passphrase = (
            read_stdin_line()
            if passphrase_stdin
            else ask(translate("Keys", "Passphrase for {name}: ").format(name=path.name))
        )
        quick = unlock_quickly(path, passphrase)  # a read leaves the file as it is
    if is_read_only(path):
        say_read_only(path)
    return quick


def read_diary(path: Path, passphrase_stdin: bool, read: Callable[[Any], T]) -> T:
    """`read(reader)` through the quick reader (no ORM), which has the Diary's reads; the
    diary's own language is spoken from then on.

    A file it cannot read (an older schema, a damaged page) goes through the full open instead,
    which migrates an older file, refuses a newer one and reports damage, with its usual words.
    """
    quick = unlock_for_reading(path, passphrase_stdin)
    if quick.reader is not None:
        with contextlib.suppress(sqlcipher3.DatabaseError), quick.reader as reader:
            speak_diary_language(reader)
            return read(reader)
    return read_fully(path, quick, read)


def read_fully(path: Path, quick: QuickStart, read: Callable[[Diary], T]) -> T:
    """`read(diary)` on the full open, with the key `quick` has."""
    with quick.hold.open(Path(path)) as diary:
        speak_diary_language(diary)
        return read(diary)


def speak_diary_language(diary: Any) -> None:
    """The diary's language setting (read by a Diary or a quick reader), when it names one, over
    the system's."""
    from app.domain.i18n import LANGUAGES, use_language
    from app.domain.settings import LANGUAGE_SETTING

    choice = diary.setting(LANGUAGE_SETTING)
    if choice in LANGUAGES:
        use_language(choice)


def new_passphrase(passphrase_stdin: bool) -> str:
    """A new passphrase: one line on stdin, or typed twice at a prompt."""
    from app.vault.passphrase import MIN_LENGTH, check_new_passphrase, lost_passphrase_warning

    if passphrase_stdin:
        first = read_stdin_line()
        check_new_passphrase(first, first)
        return first
    print(lost_passphrase_warning(), file=sys.stderr)
    first = ask(
        translate("Keys", "New passphrase (at least {n} characters): ").format(n=MIN_LENGTH)
    )
    second = ask(translate("Keys", "Type it again: "))
    check_new_passphrase(first, second)
    return first


def restore_from_backup(path: Path, backup: Path, passphrase_stdin: bool) -> RestoreResult:
    """Restore with the remembered key when it opens the backup, else with a passphrase."""
    from app.access import remembered_key_for, restore_backup, restore_backup_with_key

    backup = Path(backup)
    read_salt(backup)  # a missing or foreign backup is reported before asking for anything
    if Path(path).resolve() == backup.resolve():
        raise UserError(
            translate("Keys", "The backup and the diary are the same file; choose another backup.")
        )
    if not passphrase_stdin:
        material = remembered_key_for(backup)
        if material is not None:
            # a backup made under an older passphrase does not open with today's key: ask
            with contextlib.suppress(WrongPassphrase):
                return restore_backup_with_key(path, backup, material)
        say_if_keyring_failed()
    passphrase = (
        read_stdin_line()
        if passphrase_stdin
        else ask(translate("Keys", "Passphrase for {name}: ").format(name=backup.name))
    )
    return restore_backup(path, backup, passphrase)
