"""`dosebook import-labs` (FHIR R4 or CSV lab files) and `dosebook export --fhir` (a Bundle for a
doctor). The preview is printed before anything is saved; the import is all or nothing."""

from __future__ import annotations

import argparse
import contextlib
import os
from datetime import UTC, date, datetime
from pathlib import Path

from app.cli.keys import hold_for_writing, open_diary
from app.domain.errors import UserError
from app.domain.i18n import translate
from app.domain.i18n.seeds import lab_name
from app.domain.labfiles.csv_read import check_mapping, parse_map_option, read_table
from app.domain.labfiles.model import ImportPlan
from app.domain.labs import flag_result, flag_symbol, format_day, pretty_unit
from app.domain.settings import FHIR_SHARE, SHAREABLE, check_setting
from app.store.diary import Diary
from app.store.files.private import write_private_text
from app.store.files.salt import read_salt
from app.store.interchange.csv_labs import csv_plan, mapping_setting, starting_mapping
from app.store.interchange.fhir_labs import fhir_export, fhir_plan
from app.store.interchange.lab_file import looks_like_json, read_lab_file


def _results(n: int) -> str:
    """ "1 result", "3 results"."""
    if n == 1:
        return translate("LabFiles", "1 result")
    return translate("LabFiles", "{n} results").format(n=n)


def _panels(n: int) -> str:
    if n == 1:
        return translate("LabFiles", "1 panel")
    return translate("LabFiles", "{n} panels").format(n=n)


def plan_lines(plan: ImportPlan) -> list[str]:
    """The preview: each result with its flag, then what is left out and why."""
    lines = []
    by_panel: dict[tuple[date, str], list] = {}
    for row in plan.rows:
        if not row.duplicate:
            key = (row.incoming.collected_on, row.incoming.lab)
            by_panel.setdefault(key, []).append(row)
    for (day, lab), rows in sorted(by_panel.items()):
        lab_text = lab or translate("LabFiles", "no lab named")
        lines.append(f"{format_day(day)} · {lab_text}: {_results(len(rows))}")
        for row in rows:
            result, test = row.incoming.result, row.incoming.test
            unit = pretty_unit(result.unit)
            if result.range_text:
                printed = " " + translate("LabFiles", "(range {range})").format(
                    range=result.range_text
                )
            else:
                printed = " " + translate("LabFiles", "(no range)")
            new = " " + translate("LabFiles", "[new test]") if row.incoming.new_test else ""
            symbol = flag_symbol(flag_result(result))
            name = lab_name(test.name)
            lines.append(f"  {symbol:<4} {name}{new}: {result.text} {unit}".rstrip() + printed)
            lines += [f"       ? {question}" for question in row.questions]
    for test in plan.new_tests:
        named = translate("LabFiles", "New test: {name}").format(name=test.name)
        lines.append(named + (f" (LOINC {test.loinc})" if test.loinc else ""))
    if plan.duplicates:
        lines.append(
            translate("LabFiles", "Already in the diary, skipped: {results}").format(
                results=_results(plan.duplicates)
            )
        )
    lines += [translate("LabFiles", "Left out: {note}").format(note=note) for note in plan.left_out]
    return lines


def _plan(diary: Diary, path: Path, map_option: str | None) -> tuple[ImportPlan, tuple | None]:
    text = read_lab_file(path)
    if looks_like_json(text):
        if map_option:
            raise UserError(
                translate("LabFiles", "--map is for CSV files; a FHIR file names its own fields.")
            )
        return fhir_plan(diary, text), None
    table = read_table(text)
    mapping = starting_mapping(diary, table)
    if map_option:
        mapping |= parse_map_option(map_option, table.headers)
    check_mapping(mapping, table.headers)
    return csv_plan(diary, table, mapping), mapping_setting(table, mapping)


def cmd_import_labs(args: argparse.Namespace) -> int:
    read_salt(args.path)  # a missing or foreign diary is reported before anything else
    holding = contextlib.nullcontext() if args.dry_run else hold_for_writing(args.path)
    with holding, open_diary(args.path, args.passphrase_stdin) as diary:
        if diary.read_only and not args.dry_run:
            raise UserError(
                translate("LabFiles", "{path} is read-only; nothing was imported.").format(
                    path=args.path
                )
            )
        plan, remember = _plan(diary, Path(args.file), args.map)
        name = Path(args.file).name
        print(
            translate("LabFiles", "Read {results} from {name} ({kind}).").format(
                results=_results(len(plan.rows)), name=name, kind=plan.kind
            )
        )
        for line in plan_lines(plan):
            print(line)
        if args.dry_run:
            print(translate("LabFiles", "Nothing was saved (--dry-run)."))
            return 0
        saved = diary.import_lab_plan(plan, remember=remember)
    if not saved:
        print(translate("LabFiles", "Nothing new to import: every result is already in the diary."))
    else:
        print(
            translate("LabFiles", "Imported {results} in {panels} into {path}.").format(
                results=_results(saved), panels=_panels(len(plan.panels)), path=args.path
            )
        )
    return 0


def _share(diary: Diary, option: str | None) -> list[str]:
    if option is None:
        text = diary.setting(FHIR_SHARE)
    else:
        text = ",".join(p.strip() for p in option.split(",") if p.strip() and p.strip() != "none")
        try:
            check_setting(FHIR_SHARE, text)
        except UserError:
            raise UserError(
                translate(
                    "LabFiles", "--share takes some of {names} (or none), comma-separated."
                ).format(names=", ".join(SHAREABLE))
            ) from None
    return [part for part in text.split(",") if part]


def cmd_export_fhir(args: argparse.Namespace) -> int:
    out: Path = args.out
    if os.path.lexists(out):
        raise UserError(
            translate(
                "Files", "{path} already exists; choose another name so nothing is overwritten."
            ).format(path=out)
        )
    with open_diary(args.path, args.passphrase_stdin) as diary:
        share = _share(diary, args.share)
        # Only read: the choice made in the window is the default, --share does not change it.
        text = fhir_export(diary, share, datetime.now(UTC).astimezone(diary.timezone()))
    write_private_text(out, text, replace=False)
    words = {
        "name": translate("LabFiles", "your name"),
        "sex": translate("LabFiles", "your sex"),
        "birth_year": translate("LabFiles", "your birth year"),
    }
    shared = ", ".join(words.get(s, s) for s in share) or translate(
        "LabFiles", "nothing about you but the data"
    )
    print(
        translate(
            "LabFiles",
            "Wrote {path} (FHIR R4 Bundle; shares {shared}). It is NOT encrypted: give it only "
            "to your doctor, and delete it when done.",
        ).format(path=out, shared=shared)
    )
    return 0
