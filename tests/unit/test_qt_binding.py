"""Guard against a Qt binding that corrupts Python's reference to None (PySide6 6.12.0 on 3.11)."""

from __future__ import annotations

import subprocess
import sys


def test_many_void_qt_calls_do_not_abort_python() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QObject, QPointF, Signal\n"
        "class Sender(QObject):\n"
        "    changed = Signal(int)\n"
        "app = QCoreApplication([])\n"
        "before = sys.getrefcount(None), sys.getrefcount(True)\n"
        "p, s = QPointF(), Sender()\n"
        "s.changed.connect(lambda v: None)\n"
        "for i in range(200_000):\n"
        "    p.setX(1)\n"
        "    s.changed.emit(i)\n"
        "print(max(abs(sys.getrefcount(None) - before[0]), abs(sys.getrefcount(True) - before[1])))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 1000
