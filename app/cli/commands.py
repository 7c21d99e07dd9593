"""The subcommands. Each prints plain text (or JSON) and returns an exit code."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path

from app.cli.keys import (
    hold_for_writing,
    new_passphrase,
    open_diary,
    read_diary,
    read_fully,
    unlock_for_reading,
)
from app.domain.errors import UserError
from app.domain.i18n import translate
from app.store.failures import damaged
from app.store.files.inputs import MAX_IMPORT_BYTES, read_limited
from app.store.files.private import write_private_text
from app.store.files.salt import read_salt


def run(args: argparse.Namespace) -> int:
    handler = {
        "new": cmd_new,
        "demo": cmd_demo,
        "check": cmd_check,
        "status": cmd_status,
        "export": cmd_export,
        "import": cmd_import,
        "backup": cmd_backup,
        "warnings": cmd_warnings,
        "report": cmd_report,
        "restore": cmd_restore,
        "calendar": cmd_calendar,
        "import-labs": cmd_import_labs,
        "profile": cmd_profile,
    }[args.command]
    return handler(args)


# These two import their module when run: other commands (`demo` first) need not load the rules.
def cmd_calendar(args: argparse.Namespace) -> int:
    from app.cli.calendar import cmd_calendar as calendar

    return calendar(args)


def cmd_warnings(args: argparse.Namespace) -> int:
    from app.cli.warning_signs import cmd_warnings as warnings

    return warnings(args)


def cmd_new(args: argparse.Namespace) -> int:
    if args.path.exists():
        raise UserError(
            translate(
                "CommandLine",
                "{path} already exists; choose another name so nothing is overwritten.",
            ).format(path=args.path)
        )
    from app.access import create_diary

    passphrase = new_passphrase(args.passphrase_stdin)
    create_diary(args.path, passphrase).close()
    print(translate("CommandLine", "Created an empty diary at {path}.").format(path=args.path))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.access import create_demo

    with create_demo(args.path) as diary:
        counts = diary.counts()
    print(
        translate(
            "CommandLine",
            "Wrote a demo diary to {path} (passphrase: demo): {injection} injections, {diary_entry} diary days, {lab_panel} lab panels.",
        ).format(
            path=args.path,
            injection=counts["injection"],
            diary_entry=counts["diary_entry"],
            lab_panel=counts["lab_panel"],
        )
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    import sqlcipher3

    from app.access.quick import inspect_held
    from app.store.files.inspect import FileReport

    quick = unlock_for_reading(args.path, args.passphrase_stdin)
    report = None
    if quick.reader is not None:
        quick.reader.close()
        with contextlib.suppress(sqlcipher3.DatabaseError):
            report = inspect_held(quick.hold)
    if report is None or report.integrity != "ok":
        # the full open migrates an older file and says what is wrong with a damaged one
        report = read_fully(
            args.path,
            quick,
            lambda d: FileReport(d.integrity_check(), d.schema_revision(), d.counts()),
        )
    print(translate("CommandLine", "Diary: {path}").format(path=args.path))
    print(translate("CommandLine", "Integrity: {result}").format(result=report.integrity))
    print(translate("CommandLine", "Schema revision: {revision}").format(revision=report.revision))
    for table, n in report.counts.items():
        print(f"  {table:<17} {n}")
    if report.integrity != "ok":
        print(f"dosebook: {damaged(Path(args.path))}", file=sys.stderr)
        return 1
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from app.cli.status.command import status_report

    report = read_diary(args.path, args.passphrase_stdin, lambda d: status_report(d, args.as_of))
    if args.json:
        print(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
    else:
        print(report.as_text())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.fhir:
        from app.cli.lab_files import cmd_export_fhir

        return cmd_export_fhir(args)
    out: Path = args.out
    with open_diary(args.path, args.passphrase_stdin) as diary:
        if args.csv:
            files = diary.export_csv(out)
            print(
                translate(
                    "CommandLine",
                    "Wrote {count} CSV files to {out}. They are NOT encrypted: keep them safe.",
                ).format(count=len(files), out=out)
            )
            return 0
        if os.path.lexists(out):
            raise UserError(
                translate(
                    "CommandLine",
                    "{out} already exists; choose another name so nothing is overwritten.",
                ).format(out=out)
            )
        text = diary.export_json()
    write_private_text(out, text, replace=False)
    print(
        translate(
            "CommandLine",
            "Wrote {out}. This export is NOT encrypted: keep it safe, delete it when done.",
        ).format(out=out)
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    read_salt(args.path)  # a missing or foreign diary is reported before anything else
    with hold_for_writing(args.path):
        try:
            text = read_limited(args.file, MAX_IMPORT_BYTES).decode("utf-8-sig")  # Notepad's BOM
        except UnicodeDecodeError as err:
            raise UserError(
                translate("CommandLine", "Could not read {file}: {err}.").format(
                    file=args.file, err=err
                )
            ) from None
        from app.rules import check_rule_setting

        with open_diary(args.path, args.passphrase_stdin) as diary:
            if diary.read_only:
                raise UserError(
                    translate("CommandLine", "{path} is read-only; nothing was imported.").format(
                        path=args.path
                    )
                )
            rows = diary.import_json(text, check_rule_setting=check_rule_setting)
    print(
        translate("CommandLine", "Imported {rows} records into {path}.").format(
            rows=rows, path=args.path
        )
    )
    return 0


def cmd_import_labs(args: argparse.Namespace) -> int:
    from app.cli.lab_files import cmd_import_labs as run_import

    return run_import(args)


def cmd_backup(args: argparse.Namespace) -> int:
    with open_diary(args.path, args.passphrase_stdin) as diary:
        target = diary.backup_to(args.out)
    print(
        translate(
            "CommandLine",
            "Wrote an encrypted, verified backup to {target}. It opens with the same passphrase.",
        ).format(target=target)
    )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from app.cli.report import write_report

    return write_report(args)


def cmd_profile(args: argparse.Namespace) -> int:
    from app.cli.profile import cmd_profile as show_profile

    return show_profile(args)


def cmd_restore(args: argparse.Namespace) -> int:
    from app.cli.keys import restore_from_backup

    with hold_for_writing(args.path):
        result = restore_from_backup(args.path, args.backup, args.passphrase_stdin)
        with result.diary as diary:
            counts = diary.counts()
    print(
        translate(
            "CommandLine",
            "Restored {path} from {backup}: {injection} injections, {diary_entry} diary days, {lab_panel} lab panels.",
        ).format(
            path=args.path,
            backup=args.backup,
            injection=counts["injection"],
            diary_entry=counts["diary_entry"],
            lab_panel=counts["lab_panel"],
        )
    )
    if result.kept_copy is not None:
        print(
            translate("CommandLine", "The diary as it was before is kept at {kept_copy}.").format(
                kept_copy=result.kept_copy
            )
        )
    return 0
