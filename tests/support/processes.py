"""Real Dosebook processes for end-to-end tests: a window (offscreen) and the command line."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NO_KEYRING = "keyring.backends.fail.Keyring"


def app_env(keyring_backend: str = NO_KEYRING, **extra: str) -> dict[str, str]:
    """The environment of a user's session: offscreen Qt, its own socket folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOSEBOOK_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND=keyring_backend,
        XDG_RUNTIME_DIR=tempfile.mkdtemp(prefix="dbrun-"),  # short: socket paths are limited
    )
    env.update(extra)
    return env


def dosebook(
    *args: str,
    stdin: str = "",
    env: dict[str, str] | None = None,
    timeout: float = 120,
    stdin_from: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """`dosebook ARGS` as a separate process, `stdin` (or the file `stdin_from`) as its input."""
    source = open(stdin_from, "rb") if stdin_from is not None else None  # noqa: SIM115
    try:
        return subprocess.run(
            [sys.executable, "-m", "app", *args],
            input=None if source is not None else stdin,
            stdin=source,
            capture_output=True,
            text=True,
            env=env if env is not None else app_env(),
            timeout=timeout,
            cwd=ROOT,
        )
    finally:
        if source is not None:
            source.close()


class Window:
    """`tests/support/gui_holder.py` running: a window on a diary, reporting what it does."""

    def __init__(
        self, path: Path, passphrase: str, env: dict[str, str], day: Path | None = None
    ) -> None:
        command = [sys.executable, "-m", "tests.support.gui_holder", str(path), passphrase]
        if day is not None:
            command += ["--day", str(day)]
        self.proc = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        self.lines: list[str] = []
        self.errors: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, args=(self.proc.stdout, True), daemon=True).start()
        threading.Thread(target=self._read, args=(self.proc.stderr, False), daemon=True).start()

    def _read(self, stream, to_queue: bool) -> None:  # noqa: ANN001
        for line in stream:
            if to_queue:
                self._queue.put(line.rstrip("\n"))
            else:
                self.errors.append(line)

    def wait_for(self, prefix: str, timeout: float = 90) -> str:
        """The first line (from now on, or seen before) starting with `prefix`."""
        for line in self.lines:
            if line.startswith(prefix):
                return line
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._queue.get(timeout=0.2)
            except queue.Empty:
                if self.proc.poll() is not None and self._queue.empty():
                    break
                continue
            self.lines.append(line)
            if line.startswith(prefix):
                return line
        raise AssertionError(
            f"no '{prefix}' from the window; it said {self.lines}, stderr: {''.join(self.errors)}"
        )

    def send(self, sig: signal.Signals) -> int:
        """Send a signal and wait for the process to end; its exit code."""
        self.proc.send_signal(sig)
        return self.proc.wait(timeout=60)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)
