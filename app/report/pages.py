"""Laying the report out on pages: text, tables and blocks flow down the page and break onto the next.

Layout and painting are apart. The sections fill a `Flow` (pages of items, each with its rectangle
in 96 dpi pixels from the top-left of the printable area), then `paint_pages` draws them with the
header and footer, once the number of pages is known ("Page 2 of 5"). Tests read the rectangles to
check that nothing falls outside the printable area.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPaintDevice,
    QPainter,
    QPen,
    QPicture,
    QTextLayout,
    QTextOption,
)

PRINT_DPI = 96
PX_PER_MM = PRINT_DPI / 25.4
INK = QColor("#000000")
GREY = QColor("#4d4d4d")
RULE = QColor("#8c8c8c")
SHADE = QColor("#ececec")
_EPS = 0.01

Draw = Callable[[QPainter], None]


@dataclass
class Item:
    """Something drawn on a page: its rectangle, how to draw it, and the text it shows."""

    rect: QRectF
    draw: Draw
    text: str = ""
    font: QFont | None = None  # for a single line of text: the font it is drawn in


@dataclass
class Page:
    items: list[Item] = field(default_factory=list)


@dataclass(frozen=True)
class Column:
    """A table column: its title, share of the table's width, and alignment."""

    title: str
    share: float
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


def font(point_size: float, bold: bool = False, italic: bool = False) -> QFont:
    """The report's font at a size; the system's sans-serif face, embedded in the PDF."""
    f = QFont()
    f.setStyleHint(QFont.StyleHint.SansSerif)
    f.setPointSizeF(point_size)
    f.setBold(bold)
    f.setItalic(italic)
    return f


BODY = font(9.5)
SMALL = font(8)
SMALL_BOLD = font(8, bold=True)
BOLD = font(9.5, bold=True)
TITLE = font(16, bold=True)
HEADING = font(13, bold=True)
SUBHEADING = font(10.5, bold=True)


def text_item(rect: QRectF, text: str, f: QFont, color: QColor = INK, align=None) -> Item:
    """One line of text drawn in `rect`."""
    flags = (align or Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignTop

    def draw(painter: QPainter) -> None:
        painter.setFont(f)
        painter.setPen(color)
        painter.drawText(rect, int(flags | Qt.TextFlag.TextSingleLine), text)

    return Item(QRectF(rect), draw, text, f)


class Flow:
    """Fills pages top to bottom inside `body`; a block that does not fit starts a new page."""

    def __init__(self, device: QPaintDevice, body: QRectF) -> None:
        self.device = device
        self.body = QRectF(body)
        self.pages: list[Page] = [Page()]
        self.y = self.body.top()

    @property
    def left(self) -> float:
        return self.body.left()

    @property
    def width(self) -> float:
        return self.body.width()

    @property
    def at_top(self) -> bool:
        return self.y <= self.body.top() + _EPS

    def room(self) -> float:
        """Height left on this page."""
        return self.body.bottom() - self.y

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = self.body.top()

    def ensure(self, height: float) -> None:
        """Start a new page unless `height` fits here (an empty page takes anything)."""
        if height > self.room() + _EPS and not self.at_top:
            self.new_page()

    def gap(self, height: float) -> None:
        """Vertical space; it never carries over to the next page."""
        self.y = min(self.y + height, self.body.bottom())

    def add(self, item: Item) -> None:
        self.pages[-1].items.append(item)

    def metrics(self, f: QFont) -> QFontMetricsF:
        return QFontMetricsF(f, self.device)

    def line_height(self, f: QFont) -> float:
        return self.metrics(f).height()

    def wrap(self, text: str, f: QFont, width: float) -> list[str]:
        """Break text into lines no wider than `width`; words too long are broken anywhere."""
        out: list[str] = []
        for paragraph in text.split("\n"):
            if not paragraph.strip():
                out.append("")
                continue
            layout = QTextLayout(paragraph, f, self.device)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                out.append(paragraph[line.textStart() : line.textStart() + line.textLength()])
            layout.endLayout()
        return [line.rstrip() for line in out]

    def paragraph(
        self, text: str, f: QFont = BODY, color: QColor = INK, indent: float = 0, after: float = 4
    ) -> None:
        """Wrapped text, kept on one page when short; a long one continues line by line."""
        height = self.line_height(f)
        lines = self.wrap(text, f, self.width - indent)
        if len(lines) * height <= self.body.height() / 4:
            self.ensure(len(lines) * height)
        for line in lines:
            self.ensure(height)
            rect = QRectF(self.left + indent, self.y, self.width - indent, height)
            self.add(text_item(rect, line, f, color))
            self.y += height
        self.gap(after)

    def bullets(self, lines: Sequence[str], f: QFont = BODY, marker: str = "•") -> None:
        """A list, each entry wrapped under its own text."""
        indent = self.metrics(f).horizontalAdvance(marker + "  ")
        height = self.line_height(f)
        for entry in lines:
            wrapped = self.wrap(entry, f, self.width - indent)
            self.ensure(height * min(len(wrapped), 2))
            self.add(text_item(QRectF(self.left, self.y, indent, height), marker, f))
            for line in wrapped:
                self.ensure(height)
                rect = QRectF(self.left + indent, self.y, self.width - indent, height)
                self.add(text_item(rect, line, f))
                self.y += height
        self.gap(4)

    def heading(self, text: str, f: QFont = HEADING, keep: float = 90) -> None:
        """A heading kept with at least `keep` pixels of what follows, and a rule under it."""
        height = self.line_height(f)
        if not self.at_top:
            self.gap(10)
        self.ensure(height + 6 + keep)
        rect = QRectF(self.left, self.y, self.width, height)
        self.add(text_item(rect, text, f))
        if f is HEADING:
            y = self.y + height + 2
            x0, x1 = self.left, self.left + self.width

            def rule(painter: QPainter) -> None:
                painter.setPen(QPen(INK, 0.8))
                painter.drawLine(QPointF(x0, y), QPointF(x1, y))

            self.add(Item(QRectF(x0, y - 1, x1 - x0, 2), rule))
        self.y += height + 6

    def block(
        self, height: float, draw: Callable[[QPainter, QRectF], None], text: str = ""
    ) -> QRectF:
        """A drawing of fixed height across the full width (a chart, the body map)."""
        self.ensure(height)
        rect = QRectF(self.left, self.y, self.width, min(height, self.body.height()))
        self.add(Item(rect, lambda painter: draw(painter, rect), text))
        self.y += rect.height()
        return rect

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        f: QFont = SMALL,
        header_font: QFont = SMALL_BOLD,
        bold_rows: frozenset[int] = frozenset(),
        bold_columns: frozenset[int] | None = None,
    ) -> None:
        """A table with a header repeated on each page it spans; cells wrap, rows never split.

        Rows in `bold_rows` are bold in `bold_columns` (all columns when None).
        """
        total = sum(c.share for c in columns)
        widths = [self.width * c.share / total for c in columns]
        pad = 4.0

        def cells(texts: Sequence[str], fonts: list[QFont]) -> tuple[list[list[str]], float]:
            wrapped = [
                self.wrap(t, cf, w - 2 * pad) or [""]
                for t, cf, w in zip(texts, fonts, widths, strict=True)
            ]
            tallest = max(
                len(w) * self.line_height(cf) for w, cf in zip(wrapped, fonts, strict=True)
            )
            return wrapped, tallest + 2 * pad

        def put(
            wrapped: list[list[str]], height: float, fonts: list[QFont], shade: bool, rule: bool
        ) -> None:
            top, x0, x1 = self.y, self.left, self.left + self.width
            rect = QRectF(x0, top, self.width, height)
            heights = [self.line_height(cf) for cf in fonts]

            def draw(painter: QPainter) -> None:
                if shade:
                    painter.fillRect(rect, SHADE)
                painter.setPen(INK)
                x = x0
                for lines, width, column, cf, lh in zip(
                    wrapped, widths, columns, fonts, heights, strict=True
                ):
                    painter.setFont(cf)
                    for k, text in enumerate(lines):
                        cell = QRectF(x + pad, top + pad + k * lh, width - 2 * pad, lh)
                        painter.drawText(cell, int(column.align | Qt.AlignmentFlag.AlignTop), text)
                    x += width
                if rule:
                    painter.setPen(QPen(INK, 0.8))
                    painter.drawLine(QPointF(x0, top + height), QPointF(x1, top + height))

            self.add(Item(rect, draw, " | ".join(" ".join(lines) for lines in wrapped)))
            self.y += height

        heading_fonts = [header_font] * len(columns)
        header, header_h = cells([c.title for c in columns], heading_fonts)
        self.ensure(header_h + self.line_height(f) + 2 * pad)
        put(header, header_h, heading_fonts, False, True)
        bold = SMALL_BOLD if f is SMALL else BOLD
        for index, row in enumerate(rows):
            fonts = [
                bold if index in bold_rows and (bold_columns is None or k in bold_columns) else f
                for k in range(len(columns))
            ]
            wrapped, height = cells(row, fonts)
            if height > self.room() + _EPS:
                self.new_page()
                put(header, header_h, heading_fonts, False, True)
            put(wrapped, height, fonts, index % 2 == 1, False)
        self.gap(8)


@dataclass(frozen=True)
class Frame:
    """The page furniture: header (title, name, dates) and footer (note, page numbers)."""

    paint_rect: QRectF  # the printable area, origin at its top-left
    device: QPaintDevice  # measures text at 96 dpi
    title: str
    name: str
    dates: str
    note: str
    page_label: str  # "Page {n} of {total}"

    def items(self, number: int, total: int) -> list[Item]:
        """Header and footer items for page `number` of `total`."""
        # A little above the edge: a PDF's font box reaches lower than Qt's descent.
        width, bottom = self.paint_rect.width(), self.paint_rect.height() - 3
        head = QFontMetricsF(BOLD, self.device).height()
        foot = QFontMetricsF(SMALL, self.device).height()
        left = f"{self.title} — {self.name}" if self.name else self.title
        right = Qt.AlignmentFlag.AlignRight
        items = [
            text_item(QRectF(0, 0, width * 0.6, head), left, BOLD),
            text_item(QRectF(width * 0.6, 0, width * 0.4, head), self.dates, BODY, INK, right),
            text_item(QRectF(0, bottom - foot, width * 0.75, foot), self.note, SMALL, GREY),
            text_item(
                QRectF(width * 0.75, bottom - foot, width * 0.25, foot),
                self.page_label.format(n=number, total=total),
                SMALL,
                GREY,
                right,
            ),
        ]

        def rules(painter: QPainter) -> None:
            painter.setPen(QPen(RULE, 0.8))
            painter.drawLine(QPointF(0, head + 4), QPointF(width, head + 4))
            painter.drawLine(QPointF(0, bottom - foot - 4), QPointF(width, bottom - foot - 4))

        items.append(Item(QRectF(0, 0, width, bottom), rules))
        return items


def body_rect(paint_rect: QRectF, device: QPaintDevice) -> QRectF:
    """Where the sections go: the printable area less the header and footer bands."""
    head = QFontMetricsF(BOLD, device).height() + 6 * PX_PER_MM
    foot = QFontMetricsF(SMALL, device).height() + 5 * PX_PER_MM
    return QRectF(0, head, paint_rect.width(), paint_rect.height() - head - foot)


def paint_pages(
    pages: Sequence[Page], frame: Frame, painter: QPainter, device: QPagedPaintDevice
) -> None:
    """Draw every page. A device that is not 96 dpi gets each page recorded at 96 dpi first and
    replayed at its resolution: a scaled painter would also scale the point-sized fonts."""
    scale = device.logicalDpiX() / PRINT_DPI
    for number, page in enumerate(pages, start=1):
        if number > 1:
            device.newPage()
        items = [*frame.items(number, len(pages)), *page.items]
        if abs(scale - 1) <= 0.01:
            _draw_items(painter, items)
            continue
        picture = QPicture()
        recorder = QPainter(picture)
        try:
            _draw_items(recorder, items)
        finally:
            recorder.end()
        # QPainter.drawPicture scales a picture from its 96 dpi to the device's resolution.
        painter.drawPicture(0, 0, picture)


def _draw_items(painter: QPainter, items: Sequence[Item]) -> None:
    for item in items:
        painter.save()
        item.draw(painter)
        painter.restore()
