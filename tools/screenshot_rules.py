"""Save PNGs of the screens issue 18 touched: the warning banners for a grade-3 site reaction,
a fever and new symptoms; the data dialog with the CTCAE scale; the rules dialog; the reaction
dialog with the emergency signs; the help page; the diary entry with symptoms ticked; and the
report's first pages as a PDF (rules-report.pdf; look at it with `pdftoppm -png -r 80`).

Run: uv run python tools/screenshot_rules.py OUT_DIR [--dark]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

DAY = date(2026, 11, 24)
TZ = ZoneInfo("Europe/Berlin")


def add_troubles(diary) -> None:
    """A grade-3 reaction two days ago, a fever, and symptoms new to the diary."""
    from app.domain.records import DiaryEntry, SiteReaction

    shot = diary.injections()[-2]
    diary.save_reaction(
        SiteReaction(
            id=None,
            injection_id=shot.id,
            zone_id=shot.zone_id,
            observed_at=datetime.combine(DAY - timedelta(days=2), time(9), TZ),
            kind="open_sore",
            grade=3,
        )
    )
    for n, temp, symptoms in (
        (2, 38.3, ("rash",)),
        (1, 38.6, ("rash", "joint_pain")),
        (0, None, ()),
    ):
        day = DAY - timedelta(days=n)
        old = diary.entry(day) or DiaryEntry(day=day)
        diary.save_entry(
            DiaryEntry(**{**old.__dict__, "temperature_c": temp, "symptoms": symptoms})
        )


def write_report(diary, out: Path) -> None:
    """The report of the last weeks with the warnings as of DAY: the reaction and the fever."""
    from app.report import ReportOptions, write_pdf
    from app.report.warnings_source import active_warnings

    options = ReportOptions(DAY - timedelta(days=28), DAY)
    now = datetime.combine(DAY, time(21), TZ)
    write_pdf(diary, options, out, warnings=active_warnings(diary, DAY), now=now)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.access import create_demo
    from app.ui.dialogs.warning_signs_help import WarningSignsHelp
    from app.ui.diary import DiaryTab
    from app.ui.injections.reaction_dialog import ReactionDialog
    from app.ui.life.launch import make_app
    from app.ui.main_window import MainWindow
    from app.ui.style import apply_style, dark_palette
    from app.ui.warnings.evidence_dialog import EvidenceDialog
    from app.ui.warnings.rules_dialog import RulesDialog

    app = make_app()
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        apply_style(app)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if args.dark else ""

    def settle() -> None:
        for _ in range(6):
            app.processEvents()

    def save(widget, name: str) -> None:
        widget.show()
        settle()
        widget.grab().save(str(args.out / f"{name}{suffix}.png"))

    folder = Path(tempfile.mkdtemp(prefix="dosebook-shot-"))
    diary = create_demo(folder / "demo.dosebook", DAY)
    add_troubles(diary)
    if not args.dark:
        write_report(diary, args.out / "rules-report.pdf")
    window = MainWindow(diary, is_demo=True)
    window.warning_banners.as_of = DAY
    window.warning_banners.expanded = True
    window.refresh_banners()
    window.resize(1280, 1000)
    save(window, "rules-banners")
    shown = {w.rule: w for w in window.warning_banners.evaluation.shown}
    rules = {r.id: r for r in RulesDialog(diary, window).rules}
    for rule_id in ("lab_out_of_range", "site_reaction_severe"):
        dialog = EvidenceDialog(shown[rule_id], rules[rule_id], window)
        save(dialog, f"rules-data-{rule_id}")
        dialog.close()
    rules_dialog = RulesDialog(diary, window)
    save(rules_dialog, "rules-dialog")
    rules_dialog.close()
    shot = diary.injections()[-1]
    reaction = ReactionDialog(shot, TZ, datetime.combine(DAY, time(12), TZ), parent=window)
    reaction.kind_box.setCurrentIndex(reaction.kind_box.findData("open_sore"))
    save(reaction, "rules-reaction-dialog")
    reaction.close()
    help_page = WarningSignsHelp(window)
    save(help_page, "rules-help")
    help_page.close()
    index = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Diary")
    window.tabs.setCurrentIndex(index)
    settle()
    tab = window.tabs.widget(index)
    assert isinstance(tab, DiaryTab)
    tab.entry_page.show_day(DAY - timedelta(days=1), ask=False)
    save(window, "rules-diary-entry")
    window.close()
    diary.close()


if __name__ == "__main__":
    main()
