"""GUI tests run offscreen; the variable must be set before Qt is imported anywhere."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# samples.py sits next to the tests and is imported by name.
sys.path.insert(0, str(Path(__file__).parent))

from app.charts.pyside_fix import protect_bool_refcounts  # noqa: E402

# Before any signal is emitted: see app/charts/pyside_fix.py.
protect_bool_refcounts()
