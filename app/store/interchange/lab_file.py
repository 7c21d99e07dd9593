"""Reading a lab file from disk: at most 20 MB, as UTF-8 (with or without a byte-order mark) or,
failing that, as the Windows encoding spreadsheets still write in Europe."""

from __future__ import annotations

from pathlib import Path

from app.domain.checks.attachments import size_text
from app.domain.errors import UserError
from app.domain.labfiles.model import MAX_LAB_FILE_BYTES, LabFileError


def read_limited(
    path: Path, limit: int, what: str, error: type[UserError] = UserError, said: int = 0
) -> bytes:
    """A file's bytes, after checking its size (nothing is read from a file that is too big).

    `said` is the limit to name when what is kept has a smaller one than what may be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            most = size_text(said or limit)
            raise error(f"{path.name} is {size_text(size)}; {what} can be at most {most}.")
        return path.read_bytes()
    except FileNotFoundError:
        raise error(f"There is no file at {path}.") from None
    except IsADirectoryError:
        raise error(f"{path} is a folder, not a file.") from None
    except OSError as err:
        raise error(f"Could not read {path}: {err.strerror or err}.") from None


def read_lab_file(path: Path) -> str:
    """The file's text, or a LabFileError that says plainly why it cannot be read."""
    path = Path(path)
    try:
        data = read_limited(path, MAX_LAB_FILE_BYTES, "a lab file", LabFileError)
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
