"""Start-up milestones for the benchmarks: printed to stderr only when DOSEBOOK_TRACE_STARTUP is set.

Each line is `dosebook-trace <milestone>`; the benchmark times their arrival. No data, no names.
"""

from __future__ import annotations

import os
import sys

_ENABLED = bool(os.environ.get("DOSEBOOK_TRACE_STARTUP"))


def milestone(name: str) -> None:
    if _ENABLED:
        print(f"dosebook-trace {name}", file=sys.stderr, flush=True)
