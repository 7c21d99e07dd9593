"""The app on a demo diary with a dose logged today, for the AT-SPI test (its own process).

Usage: python -m tests.support.a11y_app FOLDER. Prints "ready" once the window is up and every
tab is built, then runs until it is terminated. The real window, tabs and widgets: nothing
here stands in for the app's own code.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer

from app.access import create_demo
from app.domain.records import Injection
from app.ui.life.launch import make_app
from app.ui.main_window import MainWindow


def main() -> int:
    app = make_app()
    folder = Path(sys.argv[1])
    diary = create_demo(folder / "demo.dosebook")
    now = datetime.now(diary.timezone()).replace(second=0, microsecond=0)
    protocol = diary.protocols()[0]
    zone = next(z for z in diary.zones() if z.enabled)
    diary.log_injection(
        Injection(
            id=None,
            taken_at=now,
            protocol_id=protocol.id,
            dose=protocol.dose,
            dose_unit=protocol.dose_unit,
            zone_id=zone.id,
        )
    )
    window = MainWindow(diary, is_demo=True)
    window.resize(1024, 640)
    window.show()

    def ready() -> None:
        # Look at every tab once, the Diary's trends too, as a person would: charts are drawn
        # when first shown. Then back to the Injections tab.
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
        window.tabs.setCurrentIndex(1)
        window.tab(1).pages.setCurrentIndex(2)
        app.processEvents()
        window.tab(1).pages.setCurrentIndex(0)
        window.tabs.setCurrentIndex(0)
        print("ready", flush=True)

    QTimer.singleShot(300, ready)
    code = app.exec()
    diary.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
