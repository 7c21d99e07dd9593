"""Charts print as vectors with embedded fonts, at screen proportions."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from app.charts.export import chart_to_image, chart_to_pdf, render_plot_to_painter
from app.charts.lab import build_lab_chart
from app.charts.rating import build_rating_chart
from app.charts.style import print_theme
from tests.gui import samples


def poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} not installed (apt-get install -y poppler-utils)")
    return path


@pytest.fixture
def rating_pdf(qtbot, tmp_path):
    points, rolling = samples.rating_series(120)
    plot = build_rating_chart(
        None,
        points,
        rolling,
        samples.sick_spans(120),
        samples.injection_days(120),
        "Energy",
        theme=print_theme(),
    )
    return chart_to_pdf(tmp_path / "rating.pdf", plot)


def test_pdf_chart_has_no_raster_images(rating_pdf):
    listing = subprocess.run(
        [poppler("pdfimages"), "-list", str(rating_pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert len(listing) == 2, listing  # the two header lines and no image rows


def test_pdf_chart_embeds_its_fonts(rating_pdf):
    rows = subprocess.run(
        [poppler("pdffonts"), str(rating_pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert rows, "the chart's text should use at least one font"
    assert all(row.split()[-5] == "yes" for row in rows), rows


def test_pdf_chart_draws_the_data(rating_pdf, tmp_path):
    subprocess.run(
        [
            poppler("pdftoppm"),
            "-png",
            "-r",
            "40",
            "-singlefile",
            str(rating_pdf),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    page = QImage(str(tmp_path / "p.png"))
    dark = sum(
        1
        for y in range(0, page.height() // 3, 2)
        for x in range(0, page.width(), 2)
        if page.pixelColor(x, y).lightness() < 100
    )
    assert dark > 200  # lines, markers and labels in the top third of the page


def test_lab_chart_exports_too(qtbot, tmp_path):
    points, steps = samples.alt_results()
    plot = build_lab_chart(None, points, steps, "U/L", "ALT", theme=print_theme())
    path = chart_to_pdf(tmp_path / "lab.pdf", plot)
    assert path.stat().st_size > 2000


def test_render_refuses_a_high_resolution_device(qtbot):
    points, rolling = samples.rating_series(30)
    plot = build_rating_chart(None, points, rolling, [], [], "Energy")
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(600 / 0.0254))
    image.setDotsPerMeterY(round(600 / 0.0254))
    painter = QPainter(image)
    try:
        with pytest.raises(ValueError, match="96 dpi"):
            render_plot_to_painter(plot, painter, QRectF(0, 0, 400, 300))
    finally:
        painter.end()


def test_image_render_keeps_the_widget_usable(qtbot):
    points, rolling = samples.rating_series(30)
    plot = build_rating_chart(None, points, rolling, [], [], "Energy")
    before = plot.vb.viewRange()
    image = chart_to_image(plot, 640, 300)
    assert not image.isNull()
    assert plot.vb.viewRange() == before
