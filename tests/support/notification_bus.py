"""A real desktop for notification tests: Xvfb, a private session bus (`dbus-run-session`), the
`dunst` notification server on it, and `dbus-monitor` writing down what crosses the bus.

Missing tools skip the test with the reason, except in CI (env CI set), where `.ci/run` installs
them and a missing one is a failure.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "dbus-run-session", "dbus-monitor", "dbus-send", "gdbus", "dunst", "dunstctl")


@dataclass
class NotificationBus:
    address: str
    display: str
    monitor_log: Path

    def env(self) -> dict[str, str]:
        return {**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address, "DISPLAY": self.display}

    def seen(self) -> str:
        """Everything the monitor wrote down so far."""
        return self.monitor_log.read_text(errors="replace")

    def dunstctl(self, *args: str) -> str:
        done = subprocess.run(
            ["dunstctl", *args], env=self.env(), capture_output=True, text=True, timeout=20
        )
        return done.stdout


def _need_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        reason = "notification tests need " + ", ".join(missing) + " (.ci/run installs them)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


def _wait_for(check, what: str, seconds: float = 15.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise TimeoutError(f"{what} did not come up in {seconds:g} s")


def _server_is_up(env: dict[str, str]) -> bool:
    done = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            "string:org.freedesktop.Notifications",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=10,
    )
    return "boolean true" in done.stdout


def notification_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[NotificationBus]:
    """Start it all, point this process's session bus at it, and stop it all afterwards."""
    _need_tools()
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-nolisten", "tcp", "-screen", "0", "1024x768x24"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    procs: list[subprocess.Popen] = [xvfb]
    try:
        with os.fdopen(read_fd) as pipe:
            display = ":" + pipe.readline().strip()
        config = tmp_path / "dunstrc"
        config.write_text("[global]\n    timeout = 0\n")  # nothing goes away before the test looks
        session = subprocess.Popen(
            [
                "dbus-run-session",
                "--",
                "sh",
                "-c",
                'echo "$DBUS_SESSION_BUS_ADDRESS"; exec dunst -config "$0"',
                str(config),
            ],
            env={**os.environ, "DISPLAY": display},
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,  # its own group: the bus daemon and dunst end with it
        )
        procs.append(session)
        assert session.stdout is not None
        address = session.stdout.readline().strip()
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "DISPLAY": display}
        _wait_for(lambda: _server_is_up(env), "dunst on the session bus")
        log = tmp_path / "bus.log"
        monitor = subprocess.Popen(
            ["dbus-monitor", "--session", "interface='org.freedesktop.Notifications'"],
            env=env,
            stdout=log.open("w"),
            stderr=subprocess.DEVNULL,
        )
        procs.append(monitor)
        _wait_for(lambda: log.exists() and "NameAcquired" in log.read_text(), "dbus-monitor")
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield NotificationBus(address, display, log)
    finally:
        for proc in reversed(procs):
            if proc is procs[1] if len(procs) > 1 else False:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
            proc.terminate()
        for proc in reversed(procs):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
