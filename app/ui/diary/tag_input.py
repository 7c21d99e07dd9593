"""A line for comma-separated tags that completes the tag being typed from the diary's own tags."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.domain.diary import normalize_tags


class TagCompleter(QCompleter):
    """Completes only the part after the last comma, and keeps the tags already typed."""

    def __init__(self, line: QLineEdit) -> None:
        super().__init__(line)
        self._line = line
        self._tags = QStringListModel(self)  # parented, so Python keeps it as long as Qt does
        self.setModel(self._tags)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_tags(self, tags: Sequence[str]) -> None:
        """The tags to offer, most used first."""
        self._tags.setStringList(list(tags))

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt override)
        """Match on the tag being typed, not the whole line."""
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802, ANN001 (Qt override)
        """Put the chosen tag in place of the one being typed, after those already there."""
        chosen = str(index.data())
        before = self._line.text().rsplit(",", 1)
        head = before[0] + ", " if len(before) == 2 else ""
        return head + chosen + ", "


class TagInput(QLineEdit):
    """Tags separated by commas, e.g. "travel, poor sleep"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.completer_ = TagCompleter(self)
        self.setCompleter(self.completer_)

    def set_known_tags(self, tags: Sequence[str]) -> None:
        """Offer these tags while typing."""
        self.completer_.set_tags(tags)

    def tags(self) -> tuple[str, ...]:
        """The typed tags, tidied (lowercase, no repeats)."""
        return normalize_tags([self.text()])

    def set_tags(self, tags: Sequence[str]) -> None:
        """Show these tags."""
        self.setText(", ".join(tags))
