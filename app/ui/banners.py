"""The strip of banners above the tabs: most severe first, each with its own actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

SEVERITY_ORDER = {"urgent": 0, "warning": 1, "info": 2}
SEVERITY_SYMBOL = {"urgent": "‼", "warning": "⚠", "info": "ℹ"}


@dataclass(frozen=True)
class BannerAction:
    text: str
    run: Callable[[], None]


@dataclass(frozen=True)
class BannerView:
    key: str
    severity: str  # info, warning, urgent
    title: str
    body: str = ""
    actions: tuple[BannerAction, ...] = field(default_factory=tuple)


class Banner(QFrame):
    def __init__(self, view: BannerView, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # its hundred enums load here, not before the first paint

        super().__init__(parent)
        self.view = view
        self.setObjectName("banner")
        self.setProperty("severity", view.severity)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        symbol = QLabel(SEVERITY_SYMBOL.get(view.severity, "•"))
        symbol.setObjectName("bannerSymbol")
        symbol.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QLabel(f"<b>{view.title}</b>" + (f"<br>{view.body}" if view.body else ""))
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setObjectName("bannerText")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(symbol)
        row.addWidget(text, 1)
        for action in view.actions:
            button = QPushButton(action.text)
            button.clicked.connect(action.run)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(f"{view.severity}: {view.title}")


class BannerStrip(QWidget):
    """Shows banners; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 0)
        self._layout.setSpacing(6)
        self.banners: list[Banner] = []
        self.hide()

    def set_banners(self, views: Sequence[BannerView]) -> None:
        for banner in self.banners:
            self._layout.removeWidget(banner)
            banner.hide()  # deleteLater waits for the event loop; until then it must not paint
            banner.deleteLater()
        ordered = sorted(views, key=lambda v: SEVERITY_ORDER.get(v.severity, 9))
        self.banners = [Banner(v, self) for v in ordered]
        for banner in self.banners:
            self._layout.addWidget(banner)
        self.setVisible(bool(self.banners))
