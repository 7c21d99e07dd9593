"""What a screen reader finds: the app's real AT-SPI tree, read the way Orca reads it.

The app runs in its own process on a virtual X display (Xvfb) with a private D-Bus session,
whose AT-SPI bus (at-spi2-core) it joins; the tree is read by the system Python with
gi's Atspi. Locally the test is skipped when those tools are missing; in CI (`CI` set) it
fails instead, since `.ci/run` installs them.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
READER = Path(__file__).parents[1] / "support" / "atspi_reader.py"
ROOT = Path(__file__).parents[2]


def missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-daemon") if shutil.which(tool) is None]
    probe = "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
    if (
        not Path(SYSTEM_PYTHON).exists()
        or subprocess.run([SYSTEM_PYTHON, "-c", probe], capture_output=True).returncode
    ):
        missing.append("python3-gi with gir1.2-atspi-2.0")
    if not any(Path(p).exists() for p in ("/usr/libexec/at-spi-bus-launcher",
                                          "/usr/lib/at-spi2-core/at-spi-bus-launcher")):  # fmt: skip
        missing.append("at-spi2-core")
    return missing


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[dict]]:
    missing = missing_tools()
    if missing:
        message = "AT-SPI test needs: " + ", ".join(missing) + " (.ci/run installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    folder = tmp_path_factory.mktemp("atspi")
    started: list[subprocess.Popen] = []
    try:
        display = start_xvfb(started)
        bus = start_session_bus(started)
        env = {
            **os.environ,
            "DISPLAY": display,
            "DBUS_SESSION_BUS_ADDRESS": bus,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "HOME": str(folder),
            "XDG_CONFIG_HOME": str(folder / ".config"),
            "XDG_DATA_HOME": str(folder / ".local" / "share"),
        }
        app = subprocess.Popen(
            [sys.executable, "-m", "tests.support.a11y_app", str(folder)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        started.append(app)
        assert wait_for_line(app, "ready", 60), "the app did not start on the virtual display"
        read = subprocess.run(
            [SYSTEM_PYTHON, str(READER), "Dosebook", "30"],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert read.returncode == 0, read.stderr[-2000:]
        yield [json.loads(line) for line in read.stdout.splitlines() if line.startswith("{")]
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def start_xvfb(started: list[subprocess.Popen]) -> str:
    """A virtual screen on a free display number; returns ":N"."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    started.append(xvfb)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    return f":{number}"


def start_session_bus(started: list[subprocess.Popen]) -> str:
    """A private D-Bus session bus; the AT-SPI bus launcher starts on it when Qt asks."""
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    started.append(bus)
    address = bus.stdout.readline().strip()
    assert address, "dbus-daemon did not start"
    return address


def wait_for_line(process: subprocess.Popen, wanted: str, seconds: float) -> bool:
    deadline = datetime.now().timestamp() + seconds
    while datetime.now().timestamp() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.5)
        if ready:
            line = process.stdout.readline()
            if not line:
                return False
            if line.strip() == wanted:
                return True
    return False


def named(tree: list[dict], role: str, name: str) -> dict:
    found = [n for n in tree if n["role"] == role and n["name"] == name]
    assert found, f"no {role} named {name!r}"
    return found[0]


def children_of(tree: list[dict], parent: dict) -> list[dict]:
    depth = parent["path"].count("/") + 1
    return [
        n
        for n in tree
        if n["path"].startswith(parent["path"] + "/") and n["path"].count("/") == depth
    ]


def test_the_body_map_zones_are_buttons_with_their_state(tree: list[dict]) -> None:
    body_map = named(tree, "panel", "Body map of injection zones")
    zones = children_of(tree, body_map)
    names = [z["name"] for z in zones]
    assert "Left lower abdomen" in names and "Right outer thigh" in names
    assert {z["role"] for z in zones} == {"push button"}
    assert all(z["actions"] == ["Press"] for z in zones if "enabled" in z["states"])
    descriptions = " | ".join(z["description"] for z in zones)
    assert "last used" in descriptions and "days ago" in descriptions
    assert "suggested" in descriptions


def test_todays_dose_is_read_from_the_calendar(tree: list[dict]) -> None:
    calendar = named(tree, "list", "Injection calendar")
    days = children_of(tree, calendar)
    assert len(days) == 42
    (today,) = [d for d in days if d["name"].endswith(", today")]
    assert today["description"].startswith(("Taken", "Extra injection"))
    assert "taken " in today["description"]  # with the time it was taken
    assert today["actions"] == ["Press", "Open"]


def test_ratings_are_value_controls_and_charts_have_a_summary(tree: list[dict]) -> None:
    energy = named(tree, "slider", "Energy")
    assert energy["value"][1:] == [0.0, 10.0]
    charts = [n for n in tree if n["role"] == "chart"]
    assert any(c["name"].startswith("Energy") and "rated on" in c["description"] for c in charts)
    assert any(c["name"].startswith("Chart: ") and "result" in c["description"] for c in charts)
