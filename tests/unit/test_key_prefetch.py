"""The keyring is asked in a forked child before Qt starts; the parent gets what recall gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.keys import KeyMaterial
from app.vault import keychain
from app.vault.prefetch import KeyPrefetch

ROOT = Path(__file__).resolve().parents[2]
SALT = bytes(range(16))
KEY = bytes(range(100, 132))

# Run in a fresh process: the fork is only taken where Qt has not started (not in pytest's).
CHILD = """
import json, os, sys
from app.vault import keyring_state
from app.vault.prefetch import KeyPrefetch
prefetch = KeyPrefetch.start(sys.argv[1])
forked = prefetch.forked
material = prefetch.result()
print(json.dumps({
    "forked": forked,
    "key": material.key.hex() if material else None,
    "salt": material.salt.hex() if material else None,
    "keyring_in_parent": "keyring" in sys.modules,
    "fault": keyring_state.last_fault(),
}))
"""


def _run(env_key: str | None, backend: str = "tests.benchmarks.env_keyring.EnvKeyring") -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DOSEBOOK_BENCH_KEY"}
    env["PYTHON_KEYRING_BACKEND"] = backend
    if env_key is not None:
        env["DOSEBOOK_BENCH_KEY"] = env_key
    out = subprocess.run(
        [sys.executable, "-c", CHILD, SALT.hex()],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def test_the_child_asks_the_keyring_and_the_parent_never_loads_it() -> None:
    got = _run(KEY.hex())
    assert got == {
        "forked": sys.platform.startswith("linux"),
        "key": KEY.hex(),
        "salt": SALT.hex(),
        "keyring_in_parent": not sys.platform.startswith("linux"),
        "fault": None,
    }


def test_a_keyring_that_raises_gives_none_and_says_why_without_asking_again() -> None:
    got = _run(KEY.hex(), backend="tests.support.broken_keyring.BrokenKeyring")
    assert got["key"] is None
    assert got["fault"] == (
        "The system keyring did not answer (RuntimeError); type the passphrase instead."
    )
    assert got["keyring_in_parent"] is not sys.platform.startswith("linux")


def test_nothing_remembered_gives_none() -> None:
    assert _run(None)["key"] is None


def test_a_damaged_entry_gives_none_like_recall() -> None:
    assert _run("not hex at all")["key"] is None


def test_with_qt_running_it_asks_in_process(qtbot) -> None:
    material = KeyMaterial(key=KEY, salt=SALT)
    keychain.remember(material)
    prefetch = KeyPrefetch.start(SALT.hex())
    assert not prefetch.forked  # pytest's process has Qt and threads: no fork
    assert prefetch.result() == material
    assert KeyPrefetch.start(bytes(16).hex()).result() is None


CANCEL = """
import sys, threading, time
from app.vault import keyring_state
from app.vault.prefetch import KeyPrefetch
prefetch = KeyPrefetch.start(sys.argv[1])
threading.Timer(0.3, prefetch.cancel).start()
began = time.monotonic()
material = prefetch.result()
print(material is None, round(time.monotonic() - began) < 10)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the lookup forks on Linux only")
def test_cancelling_stops_a_keyring_that_never_answers() -> None:
    """Closing the window while the keyring waits on a prompt must not keep the app alive."""
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.support.slow_keyring.SlowKeyring"}
    out = subprocess.run(
        [sys.executable, "-c", CANCEL, SALT.hex()],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert out.stdout.split() == ["True", "True"]
