"""Save PNGs of the three start-up stages on a demo diary: the window, the preview, the full tabs.

Run: QT_QPA_PLATFORM=offscreen uv run python tools/screenshot_startup.py OUT_DIR [--dark] [--scale 2]
[--demo]. The diary is a fresh demo (made-up data) with its key in an in-memory keyring, opened the
way the app opens a remembered diary (`Controller.start`); with --demo, the way `dosebook --demo`
starts (the demo written behind the window). Each stage is grabbed as it arrives.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--demo", action="store_true", help="start as `dosebook --demo` does")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale
    import keyring

    from tests.support.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from app.access import create_demo
    from app.ui.life.launch import Controller, make_app, start_demo
    from app.ui.style import apply_style, dark_palette
    from app.vault import keychain

    app = make_app()
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        apply_style(app)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = ("-demo" if args.demo else "") + ("-dark" if args.dark else "")
    suffix += f"@{args.scale}x" if args.scale != "1" else ""
    controller = Controller()
    if args.demo:
        start_demo(controller)
    else:
        diary = create_demo(Path(tempfile.mkdtemp(prefix="dosebook-shot-")) / "diary.dosebook")
        keychain.remember(diary.key_material)
        diary.close()
        controller.start(diary.path)
    window = controller.window
    window.resize(1280, 860)

    def grab(stage: str) -> None:
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(args.out / f"startup-{stage}{suffix}.png"))

    grab("1-window")
    # Hold the loader at the preview until it is grabbed (the ORM is already loaded in this
    # process, so the full diary would otherwise replace the preview at once).
    loader = controller.loader
    release = loader.preview_shown
    loader.preview_shown = lambda: None

    def preview(_p: object) -> None:
        grab("2-preview")
        release()

    loader.preview_ready.connect(preview, _queued_after())
    loader.store_ready.connect(lambda _k: (grab("3-open"), app.quit()), _queued_after())
    app.exec()
    controller.close()


def _queued_after():  # noqa: ANN202 - a Qt connection type
    from PySide6.QtCore import Qt

    return Qt.ConnectionType.QueuedConnection


if __name__ == "__main__":
    main()
