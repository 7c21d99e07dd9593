"""Warning banners on the demo diary: evidence shown, snooze, dismiss, the data dialog, folding,
the rules dialog, and `dosebook warnings --json` saying the same as the banners."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from app.access import create_demo
from app.cli.main import main as cli_main
from app.rules import WarningSign
from app.store.diary import Diary
from app.ui.main_window import MainWindow
from app.ui.warnings.banner_views import warning_views
from app.ui.warnings.rules_dialog import RulesDialog

DAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    diary = create_demo(tmp_path_factory.mktemp("demo") / "demo.dosebook", DAY)
    yield diary
    diary.close()


@pytest.fixture
def window(qtbot, tmp_path: Path, demo: Diary):
    # A copy of the module's demo: same key and passphrase, without writing a demo per test.
    diary = Diary.open_with_key(demo.backup_to(tmp_path / "demo.dosebook"), demo.key_material)
    win = MainWindow(diary, is_demo=True)
    win.warning_banners.as_of = DAY
    win.refresh_banners()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    diary.close()


def rule_banners(win: MainWindow):
    return [b for b in win.banners.banners if b.view.key.startswith("rule:")]


def button(banner, text: str) -> QPushButton:
    return next(b for b in banner.findChildren(QPushButton) if b.text() == text)


def test_the_demo_notes_its_alt_back_in_range_with_evidence_and_source(window: MainWindow) -> None:
    (banner,) = rule_banners(window)
    assert banner.view.severity == "info"  # a grade-1 result, back within range since October
    assert banner.view.title == "A lab result outside its range"
    assert "ALT 118 U/L on 27 Jul, above its range (7–55), 2.1× the upper limit" in banner.view.body
    assert "back in range since 26 Oct (44 U/L)" in banner.view.body
    assert "Source: TA1 article" in banner.view.body
    assert "doctor at your next visit" in banner.view.body
    assert "life-threatening" not in banner.view.body
    assert banner.accessibleName() == "Note: A lab result outside its range"


def test_snooze_hides_the_banner_for_a_week(window: MainWindow) -> None:
    (banner,) = rule_banners(window)
    button(banner, "Snooze 7 days").click()
    assert rule_banners(window) == []
    state = window.diary.rule_states()["lab_out_of_range"]
    assert state.snoozed_until is not None and state.snoozed_until.date() == date(2026, 12, 1)


def test_dismiss_hides_it_until_new_evidence(window: MainWindow) -> None:
    (banner,) = rule_banners(window)
    button(banner, "Dismiss").click()
    assert rule_banners(window) == []
    assert window.diary.rule_states()["lab_out_of_range"].dismissed_keys == {
        "lab:alt:2026-07-27",
        "lab:ast:2026-07-27",
    }


def test_show_the_data_lists_every_piece_of_evidence(window: MainWindow, monkeypatch) -> None:
    opened = []
    from app.ui.warnings.evidence_dialog import EvidenceDialog

    monkeypatch.setattr(EvidenceDialog, "exec", lambda self: opened.append(self))
    (banner,) = rule_banners(window)
    button(banner, "Show the data").click()
    (dialog,) = opened
    items = [dialog.evidence.item(i).text() for i in range(dialog.evidence.count())]
    assert items == list(window.warning_banners.evaluation.shown[0].evidence)
    assert len(items) == 2
    # The grades are explained in plain words, with the whole scale.
    assert dialog.scale is not None
    assert "runs from 1 to 5" in dialog.scale.text()
    assert "describes the number, not how you are" in dialog.scale.text()


def _sign(n: int, severity: str) -> WarningSign:
    return WarningSign(f"r{n}", severity, f"Title {n}", "Talk to your doctor.", ("e",), "src")


def test_more_than_three_fold_into_one_line_that_expands() -> None:
    signs = [_sign(1, "urgent"), _sign(2, "warning"), _sign(3, "warning"), _sign(4, "info")]
    toggled = []
    noop = lambda w: None  # noqa: E731
    folded = warning_views(signs, False, noop, noop, noop, lambda: toggled.append(1))
    assert len(folded) == 1
    assert folded[0].title == "4 warning signs: 1 urgent, 2 warnings, 1 note"
    assert folded[0].severity == "urgent"
    folded[0].actions[0].run()
    assert toggled == [1]
    unfolded = warning_views(signs, True, noop, noop, noop, lambda: None)
    assert [v.key for v in unfolded] == [
        "warnings-summary",
        "rule:r1",
        "rule:r2",
        "rule:r3",
        "rule:r4",
    ]
    assert len(warning_views(signs[:3], False, noop, noop, noop, lambda: None)) == 3


def test_rules_dialog_saves_a_threshold_and_resets_it(window: MainWindow, qtbot) -> None:
    dialog = RulesDialog(window.diary, window)
    qtbot.addWidget(dialog)
    editor = next(e for e in dialog.editors if e.rule.id == "lab_out_of_range")
    editor.spins["within_days"].setValue(90)
    dialog.save()
    assert window.diary.rule_settings() == {"rules.lab_out_of_range.within_days": "90"}
    # 27 Jul is more than 90 days before 24 Nov: the note goes; the rise from baseline keeps ALT.
    assert [b.view.key for b in rule_banners(window)] == ["rule:liver_rise"]
    again = RulesDialog(window.diary, window)
    qtbot.addWidget(again)
    editor = next(e for e in again.editors if e.rule.id == "lab_out_of_range")
    assert editor.spins["within_days"].value() == 90
    editor.reset()
    again.save()
    assert window.diary.rule_settings() == {}
    assert [b.view.key for b in rule_banners(window)] == ["rule:lab_out_of_range"]


def test_grade_thresholds_read_from_and_up_to(window: MainWindow, qtbot) -> None:
    dialog = RulesDialog(window.diary, window)
    qtbot.addWidget(dialog)
    editor = next(e for e in dialog.editors if e.rule.id == "lab_grade_severe")
    labels = [label.text() for label in editor.findChildren(QLabel)]
    assert "From CTCAE grade" in labels and "Up to CTCAE grade" in labels
    assert not any("no limit" in text for text in labels)


def test_settings_menu_has_warning_rules(window: MainWindow) -> None:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert "&Warning rules…" in [a.text() for a in menus["&Settings"].actions()]


def test_help_menu_opens_the_warning_signs_page(window: MainWindow, monkeypatch) -> None:
    from app.ui.dialogs.warning_signs_help import WarningSignsHelp

    opened = []
    monkeypatch.setattr(WarningSignsHelp, "exec", lambda self: opened.append(self))
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    action = next(a for a in menus["&Help"].actions() if "emergencies" in a.text())
    action.trigger()
    (page,) = opened
    text = page.browser.toPlainText()
    assert "Emergency: signs of an allergic reaction" in text
    assert "Hives" in text and "swelling of the face or lips" in text
    assert "trouble breathing" in text and "Call emergency services now" in text
    assert "Sources: post-injection care sheets" in text
    assert "runs from 1 to 5" in text


def test_warnings_json_matches_the_banners(window: MainWindow, monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("demo\n"))
    path = str(window.diary.path)
    code = cli_main(["warnings", path, "--as-of", DAY.isoformat(), "--json", "--passphrase-stdin"])
    assert code == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == [w.as_json() for w in window.warning_banners.evaluation.shown]
    assert [f"rule:{w['rule']}" for w in printed] == [b.view.key for b in rule_banners(window)]
    assert printed[0]["evidence"][0].startswith("ALT 118 U/L on 27 Jul")
