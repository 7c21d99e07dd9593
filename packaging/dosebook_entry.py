"""PyInstaller's entry script: the frozen app runs the same `main` as the `dosebook` command."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
