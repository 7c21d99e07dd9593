"""Reading a lab file from disk: at most 20 MB, as UTF-8 (with or without a byte-order mark) or,
failing that, as the Windows encoding spreadsheets still write in Europe."""

from __future__ import annotations

from pathlib import Path

from app.domain.checks.attachments import size_text
from app.domain.labfiles.model import MAX_LAB_FILE_BYTES, LabFileError


def read_lab_file(path: Path) -> str:
    """The file's text, or a LabFileError that says plainly why it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_LAB_FILE_BYTES:
            raise LabFileError(
                f"{path.name} is {size_text(size)}; a lab file can be at most "
                f"{size_text(MAX_LAB_FILE_BYTES)}. Nothing was imported."
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise LabFileError(f"There is no file at {path}.") from None
    except IsADirectoryError:
        raise LabFileError(f"{path} is a folder, not a lab file.") from None
    except OSError as err:
        raise LabFileError(f"Could not read {path}: {err.strerror or err}.") from None
    if b"\x00" in data[:4096]:
        raise LabFileError(f"{path.name} is not a text file (FHIR JSON or CSV).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def looks_like_json(text: str) -> bool:
    """FHIR files are JSON objects; anything else is read as CSV."""
    return text.lstrip().startswith("{")
