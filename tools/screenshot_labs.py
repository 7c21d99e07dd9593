"""Save PNGs of the Labs screens on a demo diary: the entry dialog, the tab, an HBV DNA chart.

Run: QT_QPA_PLATFORM=offscreen uv run python tools/screenshot_labs.py OUT_DIR [--dark] [--scale 2]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 24)


def _dark(app) -> None:

    from app.ui.style import apply_style

    app.setStyle("Fusion")
    from app.ui.style import dark_palette

    app.setPalette(dark_palette())
    apply_style(app)


def _settle(app) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", default="1")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale
    from app.access import create_demo
    from app.domain.records import LabPanel, LabResult
    from app.ui.labs import LabsTab
    from app.ui.labs.entry_dialog import PanelEntryDialog
    from app.ui.life.launch import make_app

    app = make_app()
    if args.dark:
        _dark(app)
    suffix = ("-dark" if args.dark else "") + (f"@{args.scale}x" if args.scale != "1" else "")
    args.out.mkdir(parents=True, exist_ok=True)
    diary = create_demo(Path(tempfile.mkdtemp(prefix="dosebook-shot-")) / "d.dosebook", TODAY)
    for day, value, unit, text, printed in (
        (date(2026, 2, 2), 3400.0, "[IU]/mL", "3400", ""),
        (date(2026, 5, 4), 9000.0, "copies/mL", "9000", ""),
        (date(2026, 8, 3), 20.0, "[IU]/mL", "<20", ""),
        (date(2026, 11, 2), None, "", "not detected", "not detected"),
    ):
        result = LabResult(None, "hbvdna", value, unit, "<" if text.startswith("<") else "", text,
                           range_text=printed)  # fmt: skip
        diary.save_panel(LabPanel(None, day, "City Lab", results=(result,)), today=TODAY)

    dialog = PanelEntryDialog(diary, today=TODAY)
    dialog.lab_edit.setText("City Lab")
    rows = [
        ("ALT", "118", None, "7-55"),
        ("TBIL", "15", "µmol/L", "3-21"),
        ("Hb", "131", "g/L", "copy"),  # same as last time, converted from g/dL
        ("IL-6", "7.1", None, None),  # no range typed: the usual one shows grey
        ("HBV DNA", "<20", None, ""),
        ("Platelets", "14O", None, None),
        ("HBsAg", "negative", None, "negative"),
    ]
    for i, (test, value, unit, printed) in enumerate(rows):
        row = dialog.rows[i] if i < len(dialog.rows) else dialog.add_row()
        row.test_edit.setText(test)
        row.value_edit.setText(value)
        if unit:
            row.unit_box.setEditText(unit)
        if printed == "copy":
            row.copy_last_range()
        elif printed:
            row.range_edit.setText(printed)
    dialog.show()
    _settle(app)
    dialog.grab().save(str(args.out / f"labs-entry{suffix}.png"))
    dialog.close()

    tab = LabsTab(diary, today=TODAY)
    tab.resize(1280, 820)
    tab.show()
    _settle(app)
    tab.grab().save(str(args.out / f"labs-tab{suffix}.png"))
    tab.show_test("hbvdna")
    _settle(app)
    tab.grab().save(str(args.out / f"labs-hbv{suffix}.png"))
    tab.close()
    diary.close()


if __name__ == "__main__":
    main()
