"""Writing a PDF as a private file; apart from the chart code so the report can write one
without loading pyqtgraph when it draws no chart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter

from app.store.files.private import write_private_bytes

T = TypeVar("T")


def write_pdf_privately(path: str | Path, draw: Callable[[QPdfWriter], T]) -> T:
    """Let `draw` paint on a PDF writer, then write the PDF to `path` as a private file (0600,
    under a fresh name, renamed into place): never a half PDF, never one others can read.

    The PDF is made in memory (a report is a few hundred KB). Raises OSError when it cannot
    be written; `draw`'s own errors leave nothing behind."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    result = draw(writer)
    del writer  # ends the PDF
    write_private_bytes(Path(path), bytes(buffer.data()))
    buffer.close()
    return result
