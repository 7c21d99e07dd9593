"""Save what an X display shows (e.g. Xvfb running the built bundle) as a PNG.

`DISPLAY=:99 uv run python -m tools.grab_screen out.png`: grabs the whole screen through Qt's xcb
platform, so it sees windows of other programs too.
"""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtGui import QGuiApplication  # noqa: E402


def main() -> int:
    """Grab screen 0 into the file named on the command line."""
    if len(sys.argv) != 2:
        print("usage: python -m tools.grab_screen OUT.png", file=sys.stderr)
        return 2
    app = QGuiApplication(sys.argv[:1])
    pixmap = app.primaryScreen().grabWindow(0)
    return 0 if pixmap.save(sys.argv[1]) else 1


if __name__ == "__main__":
    sys.exit(main())
