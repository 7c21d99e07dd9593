"""Writing files the user asked for (exports), readable by the user only."""

from __future__ import annotations

import os
from pathlib import Path

from app.domain.errors import UserError


def write_private_text(path: Path, text: str) -> None:
    """Write atomically with mode 0600: never a half-written export, never world-readable."""
    tmp = path.with_name(path.name + ".partial")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise UserError(f"Could not write {path}: {err.strerror or err}.") from None
