"""GUI tests run offscreen (set in tests/conftest.py before Qt is imported)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def quiet_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes record their title and text instead of waiting for a click."""
    shown: list[tuple[str, str]] = []

    def box(kind: str):  # noqa: ANN202
        def show(_parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            shown.append((title, text))
            return QMessageBox.StandardButton.Yes

        return show

    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    return shown
