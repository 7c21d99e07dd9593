"""Guard against a Qt binding that corrupts Python's reference to None (PySide6 6.12.0 on 3.11)."""

from __future__ import annotations

import subprocess
import sys


def test_many_void_qt_calls_do_not_abort_python() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtCore import QPointF\n"
        "before = sys.getrefcount(None)\n"
        "p = QPointF()\n"
        "for _ in range(200_000): p.setX(1)\n"
        "print(sys.getrefcount(None) - before)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 1000
