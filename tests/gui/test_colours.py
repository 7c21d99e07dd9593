"""Colours that read: status text, lab flags, calendar chips and banners at 4.5:1 or more on the
light, dark and GTK-dark palettes, and check boxes whose edge shows on each of them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QListWidget, QListWidgetItem

from app.domain.labs import DueStatus, Flag
from app.ui import style
from app.ui.colours import (
    MIN_CONTROL_CONTRAST,
    MIN_TEXT_CONTRAST,
    PALETTES,
    STATUS,
    backgrounds,
    contrast_ratio,
    is_dark,
    over,
    status_colour,
)
from app.ui.injections.calendar_colours import mark_colours
from app.ui.labs import look

Role = QPalette.ColorRole


def test_the_gtk_dark_highlight_is_what_made_errors_unreadable() -> None:
    """The reason error text no longer uses the highlight: about 1.6:1 on GTK's dark grey."""
    gtk = PALETTES["gtk-dark"]()
    assert contrast_ratio(gtk.color(Role.Highlight), gtk.color(Role.Window)) < 2


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("kind", STATUS)
def test_status_text_reads_on_every_background(name: str, kind: str) -> None:
    palette = PALETTES[name]()
    colour = status_colour(kind, palette)
    for background in backgrounds(palette):
        assert contrast_ratio(colour, background) >= MIN_TEXT_CONTRAST, (kind, background.name())


@pytest.mark.parametrize("name", PALETTES)
def test_lab_flags_and_due_states_read_on_every_background(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    palette = PALETTES[name]()
    monkeypatch.setattr(look, "_palette", lambda: palette)
    colours = [look.flag_colour(f) for f in Flag] + [look.due_colour(s) for s in DueStatus]
    for colour in colours:
        for background in backgrounds(palette):
            assert contrast_ratio(colour, background) >= MIN_TEXT_CONTRAST, colour.name()


@pytest.mark.parametrize("name", PALETTES)
def test_calendar_chips_read_on_their_fill(name: str) -> None:
    palette = PALETTES[name]()
    base = palette.color(Role.Base)
    for status, chip in mark_colours(is_dark(palette)).items():
        fill = over(chip.fill, base)
        assert contrast_ratio(chip.text, fill) >= MIN_TEXT_CONTRAST, status


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("severity", ["info", "warning", "urgent"])
def test_banner_text_reads_on_its_banner(dark: bool, severity: str) -> None:
    background, _border = style.banner_colours(severity, dark)
    sheet = style.style_sheet(PALETTES["dark" if dark else "light"]())
    rule = f'QFrame#banner[severity="{severity}"] QLabel {{ color: '
    text = sheet.split(rule, 1)[1].split(";", 1)[0]
    assert contrast_ratio(QColor(text), QColor(background)) >= MIN_TEXT_CONTRAST


@pytest.fixture
def restore_look(qapp: QApplication) -> Iterator[None]:
    """Colours back as they were for the tests that follow (the clear edges may stay)."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def _edge_contrast(image, rect, background: QColor) -> float:
    """The strongest contrast of any pixel in `rect` against the background."""
    ratio = 1.0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            ratio = max(ratio, contrast_ratio(QColor(image.pixel(x, y)), background))
    return ratio


@pytest.mark.parametrize("name", PALETTES)
def test_unticked_check_boxes_show_in_every_palette(qtbot, qapp, restore_look, name: str) -> None:
    """The report dialog's "Also chart" list had invisible boxes on the app's dark palette."""
    style.apply_theme(qapp, "dark" if name == "dark" else "system", desktop=PALETTES[name]())
    qtbot.wait(50)  # the clear edges come once the event loop has run (after a first paint)
    palette = qapp.palette()
    box = QCheckBox("Summary")
    listing = QListWidget()
    item = QListWidgetItem("White blood cells")
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    listing.addItem(item)
    for widget in (box, listing):
        qtbot.addWidget(widget)
        widget.resize(240, 60)
        widget.show()
        qtbot.waitExposed(widget)
    indicator = qapp.style().subElementRect(
        qapp.style().SubElement.SE_CheckBoxIndicator, _option(box), box
    )
    image = box.grab().toImage()
    assert _edge_contrast(image, indicator, palette.color(Role.Window)) >= MIN_CONTROL_CONTRAST
    row = listing.visualItemRect(item)
    image = listing.viewport().grab().toImage()
    left = row.adjusted(2, 2, 0, -2)
    left.setWidth(row.height())  # the check box sits at the start of the row
    assert _edge_contrast(image, left, palette.color(Role.Base)) >= MIN_CONTROL_CONTRAST


def _option(box: QCheckBox):  # noqa: ANN202
    from PySide6.QtWidgets import QStyleOptionButton

    option = QStyleOptionButton()
    option.initFrom(box)
    return option


def test_appearance_menu_chooses_dark_and_back_to_the_desktop(qtbot, qapp, restore_look) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMenu

    from app.ui.appearance import fill_appearance_menu

    style.apply_theme(qapp, "system", desktop=PALETTES["light"]())
    menu = QMenu()
    qtbot.addWidget(menu)
    fill_appearance_menu(menu)
    choices = {a.data(): a for a in menu.actions()}
    assert choices["system"].isChecked()
    choices["dark"].trigger()
    assert is_dark(qapp.palette())
    assert QSettings().value(style.SCHEME_KEY) == "dark"
    assert status_colour("error", qapp.palette()).name() == STATUS["error"][1]
    choices["system"].trigger()
    assert QSettings().value(style.SCHEME_KEY) is None  # only a choice is kept, never the default
