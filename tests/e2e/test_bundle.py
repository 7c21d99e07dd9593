"""The packaged app as people get it: the one-folder bundle and the .deb (slow: builds them)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.bundle_helpers import (
    APP_ID,
    Built,
    build,
    folder_size,
    gui_env,
    in_keyring_session,
    missing_tools,
    run,
    stop_group,
    xdotool,
    xvfb,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]

MB = 1024 * 1024
FIRST_RUN = "Welcome to Dosebook"
MAIN_WINDOW = "^Dosebook.*diary$"  # "Dosebook — diary"; dialogs read "Create your diary — Dosebook"


@pytest.fixture(scope="module")
def built() -> Built:
    return build()


def wait_until_closed(title: str, display: str, timeout: float = 30) -> None:
    """Until no window on screen has `title`."""
    give_up = time.monotonic() + timeout
    while xdotool("search", "--onlyvisible", "--name", title, display=display, none_ok=True):
        assert time.monotonic() < give_up, f"{title!r} did not close"
        time.sleep(0.05)


def quit_by_keyboard(display: str) -> None:
    """Ctrl+Q in the main window, as a user quits. Only a window on screen can take the key (a
    search by title also finds windows Qt keeps hidden)."""
    window = xdotool("search", "--sync", "--onlyvisible", "--name", MAIN_WINDOW, display=display)
    xdotool("windowfocus", "--sync", window.split()[-1], display=display)
    xdotool("key", "ctrl+q", display=display)


def test_bundle_builds_within_the_size_budget(built: Built) -> None:
    assert built.executable.is_file()
    assert folder_size(built.bundle) < 250 * MB


def test_demo_and_check_work_from_the_bundle(built: Built, tmp_path: Path) -> None:
    diary = tmp_path / "demo.dosebook"
    made = run([str(built.executable), "demo", str(diary)])
    assert made.returncode == 0, made.stderr
    assert "passphrase: demo" in made.stdout
    checked = run(
        [str(built.executable), "check", str(diary), "--passphrase-stdin"], stdin="demo\n"
    )
    assert checked.returncode == 0, checked.stderr
    assert "Integrity: ok" in checked.stdout
    counts = dict(line.split() for line in checked.stdout.splitlines() if line.startswith("  "))
    assert int(counts["injection"]) > 70 and int(counts["lab_panel"]) == 4


def test_the_report_with_its_charts_works_from_the_bundle(built: Built, tmp_path: Path) -> None:
    """Charts need all of pyqtgraph (it imports pydoc, once left out of the bundle)."""
    diary, pdf = tmp_path / "demo.dosebook", tmp_path / "report.pdf"
    assert run([str(built.executable), "demo", str(diary)]).returncode == 0
    done = run(
        [str(built.executable), "report", str(diary), "--out", str(pdf), "--passphrase-stdin"],
        stdin="demo\n",
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_gui_starts_offscreen_on_demo_and_quits_cleanly_when_closed(built: Built) -> None:
    result = run(
        [str(built.executable), "--demo"],
        env={"QT_QPA_PLATFORM": "offscreen", "DOSEBOOK_QUIT_WHEN_READY": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "dosebook:" not in result.stderr  # the one-line error format


def test_first_launch_creates_the_diary_and_the_keyring_opens_it_next_time(
    built: Built, tmp_path: Path
) -> None:
    """A double-click on a fresh account: create dialog; next launch opens without asking."""
    missing = missing_tools("Xvfb", "xdotool", "dbus-run-session", "gnome-keyring-daemon")
    if missing:
        pytest.skip(f"needs {', '.join(missing)}")
    home = tmp_path / "home"
    home.mkdir()
    diary = home / ".local" / "share" / "Dosebook" / "diary.dosebook"
    with xvfb() as display:
        env = gui_env(display, home)
        first = subprocess.Popen(
            in_keyring_session([str(built.executable)]),
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # so a failure can stop the app, its bus and keyring together
        )
        try:
            dialog = xdotool("search", "--sync", "--name", "Create your diary", display=display)
            xdotool("windowfocus", "--sync", dialog.split()[0], display=display)
            for action, keys in (("type", "correct horse battery"), ("key", "Tab")) * 2:
                xdotool(action, "--delay", "20", keys, display=display)
            xdotool("key", "Return", display=display)
            xdotool("search", "--sync", "--name", MAIN_WINDOW, display=display)
            assert diary.is_file()
            # The first-run questions follow the new diary; Escape is "Later".
            welcome = xdotool("search", "--sync", "--name", FIRST_RUN, display=display)
            xdotool("windowfocus", "--sync", welcome.split()[0], display=display)
            xdotool("key", "Escape", display=display)
            wait_until_closed(FIRST_RUN, display)  # keys go nowhere while a modal dialog closes
            quit_by_keyboard(display)
            _, err = first.communicate(timeout=60)
        finally:
            stop_group(first)
        assert first.returncode == 0, err

        again = subprocess.Popen(
            in_keyring_session([str(built.executable)]),
            env={**env, "DOSEBOOK_QUIT_AFTER_MS": "60000"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # so a failure can stop the app, its bus and keyring together
        )
        try:
            # No dialog this time: the remembered key opens the diary straight away.
            xdotool("search", "--sync", "--name", MAIN_WINDOW, display=display)
            assert not xdotool(
                "search",
                "--name",
                f"Unlock diary|Create your diary|{FIRST_RUN}",
                display=display,
                none_ok=True,
            )
            quit_by_keyboard(display)
            _, err = again.communicate(timeout=60)
        finally:
            stop_group(again)
        assert again.returncode == 0, err


@pytest.mark.skipif(os.geteuid() != 0, reason="installs a package: needs root")
def test_deb_installs_with_apt_and_its_menu_entry_validates(built: Built, tmp_path: Path) -> None:
    missing = missing_tools("apt-get", "desktop-file-validate")
    if missing:
        pytest.skip(f"needs {', '.join(missing)}")
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    installed = run(["apt-get", "install", "-y", "--no-install-recommends", str(built.deb)], env)
    try:
        assert installed.returncode == 0, installed.stdout[-2000:] + installed.stderr[-2000:]
        desktop = Path(f"/usr/share/applications/{APP_ID}.desktop")
        validated = run(["desktop-file-validate", str(desktop)])
        assert validated.returncode == 0, validated.stdout + validated.stderr
        assert "error" not in validated.stdout.lower()
        assert Path(f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
        assert Path(f"/usr/share/icons/hicolor/48x48/apps/{APP_ID}.png").is_file()
        assert Path(f"/usr/share/metainfo/{APP_ID}.metainfo.xml").is_file()
        made = run(["/usr/bin/dosebook", "demo", str(tmp_path / "d.dosebook")])
        assert made.returncode == 0, made.stderr
    finally:
        run(["apt-get", "remove", "-y", "dosebook"], env)
