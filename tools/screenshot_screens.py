"""Save a PNG of every tab and dialog at one window size, scale and palette; or all of them.

Run:  uv run python tools/screenshot_screens.py OUT_DIR --all
      uv run python tools/screenshot_screens.py OUT_DIR --size 1024x640 --scale 2 --palette dark

The offscreen screen is made the size asked for (times the scale, as on a 2560×1440 laptop at
200 %), so windows and dialogs open as they would there. The diary is the demo with a few
made-up troubles, so that several warning banners show. Palettes: light, dark (the app's own)
and gtk-dark (what Qt reads from an Adwaita-dark desktop). Names end in -WxH@S-PALETTE.png.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

DAY = date(2026, 11, 24)
SIZES = ("1024x640", "1280x720")
SCALES = ("1", "2")
PALETTES = ("light", "dark", "gtk-dark")


def _screen(size: str, scale: str) -> str:
    """An offscreen platform whose one screen is `size` in logical pixels at `scale`."""
    w, h = (int(v) * int(scale) for v in size.split("x"))
    config = Path(tempfile.gettempdir()) / f"dosebook-screen-{w}x{h}.json"
    screen = {"name": "shot", "x": 0, "y": 0, "width": w, "height": h, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [{**screen, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


def run_all(out: Path, only: str) -> None:
    for size in SIZES:
        for scale in SCALES:
            for palette in PALETTES:
                command = [sys.executable, __file__, str(out), "--size", size]
                command += ["--scale", scale, "--palette", palette, "--only", only]
                subprocess.run(command, check=True)


class Shots:
    """Grabs widgets into OUT_DIR with the run's suffix."""

    def __init__(self, app, out: Path, suffix: str, only: str) -> None:  # noqa: ANN001
        self.app, self.out, self.suffix, self.only = app, out, suffix, only

    def settle(self) -> None:
        for _ in range(6):
            self.app.processEvents()

    def wanted(self, name: str) -> bool:
        return not self.only or any(part in name for part in self.only.split(","))

    def grab(self, name: str, widget) -> None:  # noqa: ANN001
        self.settle()
        widget.grab().save(str(self.out / f"{name}{self.suffix}.png"))

    def dialog(
        self, name: str, make: Callable[[], object], then: Callable[[object], None] | None = None
    ) -> None:
        """Open a dialog as the app does (so it takes the size it would), do `then` with it
        (a failed attempt, say), grab it, close it."""
        if not self.wanted(name):
            return
        dialog = make()
        dialog.show()
        if then is not None:
            self.settle()
            then(dialog)
        self.grab(name, dialog)
        dialog.close()
        dialog.deleteLater()
        self.settle()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--all", action="store_true", help="every size, scale and palette")
    parser.add_argument("--size", default="1024x640", choices=SIZES)
    parser.add_argument("--scale", default="1", choices=SCALES)
    parser.add_argument("--palette", default="light", choices=PALETTES)
    parser.add_argument("--only", default="", help="comma-separated parts of shot names")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.all:
        run_all(args.out, args.only)
        return
    os.environ["QT_QPA_PLATFORM"] = _screen(args.size, args.scale)
    os.environ["QT_SCALE_FACTOR"] = args.scale
    home = Path(tempfile.mkdtemp(prefix="dosebook-shot-home-"))
    os.environ["HOME"] = str(home)  # no QSettings or Documents of the person running this
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
    shoot(args)


def shoot(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from screenshot_warnings import _troubles

    from app.access import create_demo
    from app.ui.colours import PALETTES as MAKERS
    from app.ui.life.launch import make_app
    from app.ui.main_window import MainWindow
    from app.ui.style import apply_theme

    app = make_app()
    if args.palette == "dark":
        apply_theme(app, "dark")
    else:
        apply_theme(app, "system", desktop=MAKERS[args.palette]())
    suffix = f"-{args.size}@{args.scale}-{args.palette}"
    shots = Shots(app, args.out, suffix, args.only)
    folder = Path(tempfile.mkdtemp(prefix="dosebook-shot-"))
    diary = create_demo(folder / "demo.dosebook", DAY)
    _troubles(diary)
    window = MainWindow(diary, is_demo=True)
    window.warning_banners.as_of = DAY
    window.refresh_banners()
    window.show()
    w, h = (int(v) for v in args.size.split("x"))
    window.resize(w, h)  # as a maximised window on that screen (offscreen has no frame)
    shots.settle()
    tabs(shots, window)
    dialogs(shots, window)
    life(shots, window, folder)
    window.close()
    diary.close()


def tabs(shots: Shots, window) -> None:  # noqa: ANN001
    for index, name in ((0, "injections"), (2, "labs")):
        window.tabs.setCurrentIndex(index)
        if shots.wanted(f"main-{name}"):
            shots.grab(f"main-{name}", window)
    window.tabs.setCurrentIndex(1)
    diary_tab = window.tab(1)
    for page, name in ((0, "entry"), (1, "history"), (2, "trends"), (3, "episodes")):
        diary_tab.pages.setCurrentIndex(page)
        if shots.wanted(f"main-diary-{name}"):
            shots.grab(f"main-diary-{name}", window)
    diary_tab.pages.setCurrentIndex(0)
    window.tabs.setCurrentIndex(0)
    if shots.wanted("main-banners-open"):
        for banner in window.banners.banners:
            if banner.more_button is not None:
                banner.more_button.setChecked(True)
        shots.grab("main-banners-open", window)
        for banner in window.banners.banners:
            if banner.more_button is not None:
                banner.more_button.setChecked(False)


def dialogs(shots: Shots, window) -> None:  # noqa: ANN001
    from app.report.warnings_source import active_warnings
    from app.ui.dialogs.report import ReportDialog
    from app.ui.injections.protocol_dialog import ProtocolDialog
    from app.ui.injections.reaction_dialog import ReactionDialog
    from app.ui.injections.vial_dialog import VialDialog
    from app.ui.labs.entry_dialog import PanelEntryDialog
    from app.ui.labs.new_test_dialog import NewTestDialog
    from app.ui.warnings.evidence_dialog import EvidenceDialog
    from app.ui.warnings.rules_dialog import RulesDialog

    diary = window.diary
    tab = window.tab(0)
    snap = tab.snapshot
    now = tab.now()
    shot = snap.injections[-1]
    shots.dialog("dialog-log", lambda: _log(tab))
    shots.dialog("dialog-change", lambda: _change(tab, shot.id))
    shots.dialog(
        "dialog-reaction",
        lambda: ReactionDialog(shot, snap.tz, now, None, save=lambda r: None, parent=tab),
    )
    shots.dialog(
        "dialog-vials",
        lambda: VialDialog(snap.vials, "Thymosin", snap.tz, now, save=lambda v: None, parent=tab),
    )
    shots.dialog(
        "dialog-course",
        lambda: ProtocolDialog(
            snap.protocols[0], diary.protocol_templates(now.date()), now.date(), parent=tab
        ),
    )
    shots.dialog("dialog-lab-new", lambda: PanelEntryDialog(diary, today=DAY, parent=window))
    shots.dialog(
        "dialog-lab-edit",
        lambda: PanelEntryDialog(diary, diary.panels()[-1], today=DAY, parent=window),
    )
    shots.dialog("dialog-lab-test", lambda: NewTestDialog(diary, "Ferritin", parent=window))
    shots.dialog(
        "dialog-report",
        lambda: ReportDialog(diary, lambda: active_warnings(diary), window, today=DAY),
    )
    shots.dialog("dialog-rules", lambda: RulesDialog(diary, window))
    shown = window.warning_banners.evaluation.shown
    if shown:
        shots.dialog("dialog-evidence", lambda: EvidenceDialog(shown[0], None, window))


def _log(tab):  # noqa: ANN001, ANN202
    tab.open_log_dialog()
    tab.log_dialog.hide()
    return tab.log_dialog


def _change(tab, injection_id: int):  # noqa: ANN001, ANN202
    tab.open_edit_dialog(injection_id)
    tab.log_dialog.hide()
    return tab.log_dialog


def life(shots: Shots, window, folder: Path) -> None:  # noqa: ANN001
    """Start-up, the passphrase dialogs and the lock screen, each after a failed attempt."""
    from app.ui.dialogs.passphrase import CreateDiaryDialog, UnlockDialog
    from app.ui.life.lock import IdleLockDialog, LockScreen
    from app.ui.main_window import MainWindow
    from app.vault.idle import IdlePolicy

    def fail_create(dialog) -> None:  # noqa: ANN001
        dialog.first.setText("short")
        dialog._try_accept()

    def fail_unlock(dialog) -> None:  # noqa: ANN001
        dialog.field.setText("nope")
        dialog._attempt()

    wrong = "Wrong passphrase. Try again."
    shots.dialog(
        "dialog-create",
        lambda: CreateDiaryDialog(str(folder / "diary.dosebook"), can_remember=False),
        fail_create,
    )
    shots.dialog(
        "dialog-unlock",
        lambda: UnlockDialog("diary.dosebook", lambda *_: wrong, False),
        fail_unlock,
    )
    shots.dialog("dialog-idle-lock", lambda: IdleLockDialog(IdlePolicy(), window))
    if shots.wanted("main-lock"):
        lock = LockScreen("demo.dosebook", lambda _p: wrong)
        waiting = MainWindow(None, path=folder / "demo.dosebook")
        waiting.setCentralWidget(lock)
        waiting.resize(window.size())
        waiting.show()
        shots.grab("main-lock", waiting)
        lock.field.setText("nope")
        lock._attempt()
        shots.grab("main-lock-error", waiting)
        waiting.close()
    if shots.wanted("main-startup"):
        starting = MainWindow(None, path=folder / "demo.dosebook")
        starting.resize(window.size())
        starting.show()
        shots.grab("main-startup", starting)
        page = starting.tabs.widget(0)
        if hasattr(page, "wait_for_passphrase"):
            page.wait_for_passphrase()
            shots.grab("main-startup-passphrase", starting)
        starting.close()


if __name__ == "__main__":
    main()
