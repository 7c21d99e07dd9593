"""Reading a lab file from disk: at most 20 MB, as UTF-8 (with or without a byte-order mark) or,
failing that, as the Windows encoding spreadsheets still write in Europe."""

from __future__ import annotations

from pathlib import Path

from app.domain.checks.attachments import size_text
from app.domain.errors import UserError
from app.domain.labfiles.model import MAX_LAB_FILE_BYTES, LabFileError
from app.store.files.inputs import read_limited, require_regular


def read_checked(
    path: Path, limit: int, what: str, error: type[UserError] = UserError, said: int = 0
) -> bytes:
    """A regular file's bytes, its size checked first (nothing is read from one too big).

    `said` is the limit to name when what is kept has a smaller one than what may be read."""
    path = Path(path)
    size = require_regular(path).st_size
    if size > limit:
        most = size_text(said or limit)
        raise error(f"{path.name} is {size_text(size)}; {what} can be at most {most}.")
    return read_limited(path, limit)


def read_lab_file(path: Path) -> str:
    """The file's text, or a LabFileError that says plainly why it cannot be read."""
    path = Path(path)
    try:
        data = read_checked(path, MAX_LAB_FILE_BYTES, "a lab file", LabFileError)
    except LabFileError as err:
        raise LabFileError(f"{err} Nothing was imported.") from None
    if b"\x00" in data[:4096]:
        raise LabFileError(f"{path.name} is not a text file (FHIR JSON or CSV).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def looks_like_json(text: str) -> bool:
    """FHIR files are JSON objects; anything else is read as CSV."""
    return text.lstrip().startswith("{")
