"""`dosebook calendar PATH --out FILE.ics`: the schedule, labs due and appointments (RFC 5545)."""

from __future__ import annotations

import argparse
import os
from datetime import datetime

from app.cli.keys import open_diary
from app.domain.errors import UserError
from app.domain.i18n import translate
from app.domain.reminders import Detail
from app.store.files.private import write_private_text
from app.store.interchange.ics import diary_calendar


def cmd_calendar(args: argparse.Namespace) -> int:
    out = args.out
    if os.path.lexists(out):
        raise UserError(
            translate(
                "Files", "{path} already exists; choose another name so nothing is overwritten."
            ).format(path=out)
        )
    with open_diary(args.path, args.passphrase_stdin) as diary:
        now = datetime.now(diary.timezone())
        text = diary_calendar(diary, now, Detail(args.detail) if args.detail else None)
    write_private_text(out, text, replace=False)
    print(
        translate(
            "Files",
            "Wrote {path}. A calendar program that imports it keeps its own copy, outside "
            "Dosebook's encryption.",
        ).format(path=out)
    )
    return 0
