"""Test setup: offscreen Qt, every user folder and the temp folder redirected into a temporary
home of this process, an in-memory secure keyring per test.

The run is split over processes (pytest-xdist, `-n auto` in pyproject.toml); each worker process
imports this file, so each has its own home, settings, temp folder and (offscreen) display, and
subprocesses the tests start inherit them.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Bytecode caches outside the tree, shared by the test processes and the apps they start, kept
# between runs: with PYTHONDONTWRITEBYTECODE (set on the project's machines) every process would
# compile every module it imports again, most of the CPU time of a launch.
if "PYTHONPYCACHEPREFIX" not in os.environ:
    os.environ["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "dosebook-tests-pycache")
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
# pytest's own tmp_path folders stay where they were (the last runs are kept for a look).
os.environ.setdefault("PYTEST_DEBUG_TEMPROOT", tempfile.gettempdir())
# Beside the system's temp folder, never nested in another process's: a socket path must stay
# short (app/ui/life/handover.py).
_HOME = Path(tempfile.mkdtemp(prefix="dosebook-tests-", dir=os.environ["PYTEST_DEBUG_TEMPROOT"]))
_HOME.chmod(0o755)  # the temp folder below is open like /tmp: some tests run as another account
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
for var, sub in {
    "HOME": "",
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_CACHE_HOME": ".cache",
    "XDG_STATE_HOME": ".local/state",
    "TMPDIR": "tmp",
}.items():
    (_HOME / sub).mkdir(parents=True, exist_ok=True)
    os.environ[var] = str(_HOME / sub)
(_HOME / "tmp").chmod(0o1777)
tempfile.tempdir = None  # gettempdir() reads TMPDIR again
os.environ.setdefault("TZ", "Europe/Berlin")
# English unless a test asks for another language (tests/support/languages.py).
for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(var, None)
os.environ["LANG"] = "C.UTF-8"

import keyring  # noqa: E402
import pytest  # noqa: E402

from app.domain.keys import KeyMaterial  # noqa: E402
from tests.support.languages import build_catalogues_if_stale  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402

build_catalogues_if_stale()


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def fast_key() -> KeyMaterial:
    """Key material without running scrypt, for tests that create many diaries."""
    return KeyMaterial(key=os.urandom(32), salt=os.urandom(16))


@pytest.fixture(scope="session")
def test_home() -> Path:
    return _HOME


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-slow",
        action="store_true",
        help="also run tests marked slow (the bundle build); or set DOSEBOOK_SLOW=1",
    )


# The files that take longest (see `pytest --durations=30`) are handed to the processes first, so
# that no process is left running one of them alone at the end.
LONGEST_FIRST = (
    "tests/unit/test_bad_input.py",
    "tests/e2e/test_bundle.py",
    "tests/e2e/test_cli.py",
    "tests/gui/test_startup.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The longest files first; slow tests (building the bundle takes minutes) run only when
    asked for."""
    first = {name: rank for rank, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: first.get(item.nodeid.split("::")[0], len(first)))
    if config.getoption("--run-slow") or os.environ.get("DOSEBOOK_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow or DOSEBOOK_SLOW=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
