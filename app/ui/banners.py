"""The strip of banners above the tabs: most severe first, one line each, "More" for the rest.

The strip never takes more than a third of the window's height; past that it scrolls.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate

SEVERITY_ORDER = {"urgent": 0, "warning": 1, "info": 2}
SEVERITY_SYMBOL = {"urgent": "‼", "warning": "⚠", "info": "ℹ"}
MAX_SHARE = 3  # the strip takes at most 1/MAX_SHARE of the window's height
MIN_ROWS = 2  # banners the strip keeps room for, however tall the tab below wants to be


def severity_word(severity: str) -> str:
    """The severity in words, so a banner reads without its colour."""
    return {
        "urgent": translate("Banners", "Urgent"),
        "warning": translate("Banners", "Warning"),
        "info": translate("Banners", "Note"),
    }.get(severity, severity)


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


class ElidedLabel(QLabel):
    """One line of plain text that ends in "…" when the room is short; the whole in its tooltip.

    Its minimum width is small, so a long title never widens the window.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(
            self.fontMetrics().horizontalAdvance("…") * 8, super().minimumSizeHint().height()
        )

    def is_elided(self) -> bool:
        """True when the text does not fit and ends in "…"."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt

        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )


class Banner(QFrame):
    """Symbol, title and buttons on one line; "More" shows the body below."""

    def __init__(
        self,
        view: BannerView,
        expanded: bool = False,
        on_toggle: Callable[[str, bool], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        from PySide6.QtCore import Qt  # its hundred enums load here, not before the first paint

        super().__init__(parent)
        self.view = view
        self._on_toggle = on_toggle
        self.setObjectName("banner")
        self.setProperty("severity", view.severity)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        symbol = QLabel(SEVERITY_SYMBOL.get(view.severity, "•"))
        symbol.setObjectName("bannerSymbol")
        symbol.setAccessibleName(severity_word(view.severity))
        self.title = ElidedLabel(_plain(view.title))
        self.title.setObjectName("bannerTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(view.body)
        self.body.setObjectName("bannerText")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more_button: QPushButton | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 3, 6, 3)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.addWidget(symbol, 0, 0)
        grid.addWidget(self.title, 0, 1)
        column = 2
        if view.body:
            self.more_button = QPushButton()
            self.more_button.setCheckable(True)
            self.more_button.toggled.connect(self._toggled)
            grid.addWidget(self.more_button, 0, column)
            column += 1
        self.buttons: list[QPushButton] = []
        for action in view.actions:
            button = QPushButton(action.text)
            button.clicked.connect(action.run)
            grid.addWidget(button, 0, column)
            self.buttons.append(button)
            column += 1
        grid.addWidget(self.body, 1, 1, 1, column - 1)
        grid.setColumnStretch(1, 1)
        self.setAccessibleName(f"{severity_word(view.severity)}: {_plain(view.title)}")
        self._show_body(expanded)
        if self.more_button is not None:
            self.more_button.blockSignals(True)
            self.more_button.setChecked(expanded)
            self.more_button.blockSignals(False)

    def is_expanded(self) -> bool:
        return not self.body.isHidden()

    def _toggled(self, on: bool) -> None:
        self._show_body(on)
        if self._on_toggle is not None:
            self._on_toggle(self.view.key, on)

    def _show_body(self, on: bool) -> None:
        self.body.setVisible(on and bool(self.view.body))
        if self.more_button is not None:
            self.more_button.setText(
                translate("Banners", "Less") if on else translate("Banners", "More")
            )
            what = _plain(self.view.title)
            self.more_button.setAccessibleName(
                translate("Banners", "Less about {title}").format(title=what)
                if on
                else translate("Banners", "More about {title}").format(title=what)
            )


class BannerStrip(QScrollArea):
    """Shows banners; hidden when there are none. Remembers which ones were opened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._inner: QWidget | None = None
        self._window: QWidget | None = None  # whose height bounds the strip's
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        # As tall as the banners (up to a third of the window); shorter when the tab needs it.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setAccessibleName(translate("Banners", "Warning signs and notes"))
        self._inner = QWidget()
        self._inner.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(8, 6, 8, 2)
        self._layout.setSpacing(4)
        self.setWidget(self._inner)
        self._inner.installEventFilter(self)
        self.banners: list[Banner] = []
        self._expanded: set[str] = set()
        self._limit = 16_777_215
        self.hide()

    def set_banners(self, views: Sequence[BannerView]) -> None:
        for banner in self.banners:
            self._layout.removeWidget(banner)
            banner.hide()  # deleteLater waits for the event loop; until then it must not paint
            banner.deleteLater()
        ordered = sorted(views, key=lambda v: SEVERITY_ORDER.get(v.severity, 9))
        self.banners = [
            Banner(v, v.key in self._expanded, self._remember, self._inner) for v in ordered
        ]
        for banner in self.banners:
            self._layout.addWidget(banner)
        self.setVisible(bool(self.banners))
        self.updateGeometry()

    def set_height_limit(self, limit: int) -> None:
        """The most height the strip may take (a third of the window's, set by the window)."""
        if limit != self._limit:
            self._limit = max(0, limit)
            self.setMaximumHeight(self._limit)
            self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The banners' layout changed (a style sheet applied, a body opened): ask for room.
        The window was resized: a third of its new height is the most the strip may take."""
        if watched is self._inner and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        elif watched is self._window and event.type() == QEvent.Type.Resize:
            self.set_height_limit(self._window.height() // MAX_SHARE)
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        window = self.window()
        if window is not self and window is not self._window:
            self._window = window
            window.installEventFilter(self)
            self.set_height_limit(window.height() // MAX_SHARE)
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # wrapped text takes another height at another width

    def _remember(self, key: str, expanded: bool) -> None:
        if expanded:
            self._expanded.add(key)
        else:
            self._expanded.discard(key)
        self.updateGeometry()

    def _content_height(self) -> int:
        width = self.viewport().width() or self.width()
        inner = self._inner
        if inner.hasHeightForWidth() and width > 0:
            return inner.heightForWidth(width)
        return inner.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().sizeHint().width(), min(self._content_height(), self._limit))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Two banners' lines at least (when there are two), so a full tab cannot hide them."""
        rows = [b.sizeHint().height() for b in self.banners[:MIN_ROWS]]
        least = sum(rows) + self._layout.spacing() * max(0, len(rows) - 1) + 8
        return QSize(0, min(least, self._content_height(), self._limit) if rows else 0)


def _plain(text: str) -> str:
    """Banner titles may hold HTML entities (escaped by the warning views); show them as text."""
    import html

    return html.unescape(text)
