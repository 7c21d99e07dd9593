"""The child process of the kill test: writes to a diary in a loop and reports each commit.

Run in a child forked from the test (imports already warm), with a pipe to the test as stdout. Each
line is printed only after the facade call returned, i.e. after the commit: "i<id>" for an
injection, "p<id> <n>" for a lab panel saved with n results in one transaction (its lab is named
"L<n>", so a panel that was never reported can still be checked for being whole).
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.domain.keys import KeyMaterial
from app.domain.records import Injection, LabPanel, LabResult
from app.store.diary import Diary
from app.store.files.pool import ConnectionPool


def write_forever(path: str, key: bytes, salt: bytes, stdout_fd: int) -> None:
    """Never returns: the test kills this process."""
    os.dup2(stdout_fd, 1)
    material = KeyMaterial(key=key, salt=salt)
    # The test prepared the file (schema, seeds); skip re-checking them to start writing at once.
    diary = Diary(Path(path), material, ConnectionPool(Path(path), material))
    start = datetime(2026, 1, 1, 19, 0, tzinfo=UTC)
    n = 0
    while True:
        n += 1
        if n % 4:
            shot = diary.log_injection(
                Injection(
                    id=None,
                    taken_at=start + timedelta(hours=n),
                    protocol_id=None,
                    dose=1.6,
                    dose_unit="mg",
                    zone_id="abdomen-lower-left",
                    notes="x" * (n % 700),
                )
            )
            os.write(1, f"i{shot.id}\n".encode())
        else:
            results = tuple(
                LabResult(id=None, test_code="alt", value=float(k), unit="U/L", text="")
                for k in range(1 + n % 9)
            )
            panel = diary.save_panel(
                LabPanel(
                    id=None, collected_on=date(2026, 1, 1), lab=f"L{len(results)}", results=results
                ),
                today=date(2026, 12, 31),
            )
            os.write(1, f"p{panel.id} {len(results)}\n".encode())
