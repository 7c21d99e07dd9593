"""Parse the command line and run a subcommand or the GUI. Exit 0 ok, 1 user error, 2 bad usage."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.errors import UserError
from app.domain.i18n import translate

if TYPE_CHECKING:
    from app.vault.prefetch import KeyPrefetch


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-03-01") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dosebook",
        description="An offline, encrypted diary for an injectable protocol.",
    )
    p.add_argument("--diary", type=Path, help="open the GUI on this diary file")
    p.add_argument(
        "--demo",
        action="store_true",
        help="open the GUI on a fresh demo diary in a temporary folder",
    )
    p.add_argument(
        "--tray",
        action="store_true",
        help="start in the tray with the window hidden (how start at login runs it)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def with_path(name: str, help_: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_, description=help_)
        sp.add_argument("path", type=Path, metavar="PATH", help="the diary file")
        return sp

    def with_key(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument(
            "--passphrase-stdin",
            action="store_true",
            help="read the passphrase from one line of standard input",
        )
        return sp

    with_key(with_path("new", "create an empty diary (asks for a passphrase)"))
    with_path("demo", "write a demo diary to PATH (passphrase: demo)")
    with_key(with_path("check", "open, integrity check, schema revision, counts per table"))
    st = with_key(with_path("status", "next dose, adherence, vial, labs due, sick episodes"))
    st.add_argument("--as-of", type=_day, metavar="YYYY-MM-DD", help="report as of this day")
    st.add_argument("--json", action="store_true", help="print JSON")
    ex = with_key(with_path("export", "lossless JSON export, or CSV files with --csv"))
    ex.add_argument("--out", type=Path, required=True, metavar="FILE", help="where to write")
    ex.add_argument("--csv", action="store_true", help="write CSV files into the folder --out")
    ex.add_argument("--fhir", action="store_true", help="write a FHIR R4 Bundle for a doctor")
    ex.add_argument(
        "--share", metavar="FIELDS", help="with --fhir: name,sex,birth_year to include, or none"
    )
    im = with_key(with_path("import", "import a JSON export into an empty diary (all or nothing)"))
    im.add_argument("file", type=Path, metavar="FILE", help="the JSON export to import")
    il = with_key(with_path("import-labs", "lab results from a FHIR R4 JSON or a CSV file"))
    il.add_argument("file", type=Path, metavar="FILE", help="the FHIR JSON or CSV file")
    il.add_argument(
        "--map", metavar="ROLE=COLUMN,...", help="CSV columns, e.g. date=Collected,test=Analyte"
    )
    il.add_argument("--dry-run", action="store_true", help="show what would be saved; save nothing")
    wa = with_key(with_path("warnings", "warning signs: what was seen, the evidence, the source"))
    wa.add_argument("--as-of", type=_day, metavar="YYYY-MM-DD", help="as of this day")
    wa.add_argument("--json", action="store_true", help="print JSON (docs/warnings-json.md)")
    rp = with_key(with_path("report", "write the appointment report as PDF"))
    rp.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    rp.add_argument(
        "--from", dest="start", type=_day, metavar="DATE", help="first day (YYYY-MM-DD)"
    )
    rp.add_argument("--to", dest="end", type=_day, metavar="DATE", help="last day (default today)")
    rp.add_argument(
        "--paper", choices=("a4", "letter"), help="paper size (default: as in Settings, else A4)"
    )
    rp.add_argument(
        "--attachments", action="store_true", help="add the paper lab reports and reaction photos"
    )
    ca = with_key(with_path("calendar", "the schedule, labs due and appointments as iCalendar"))
    ca.add_argument("--out", type=Path, required=True, metavar="FILE.ics", help="the file to write")
    ca.add_argument(
        "--detail",
        choices=("none", "time", "full"),
        help="what event titles say (default: the diary's reminder setting, 'time')",
    )
    bk = with_key(with_path("backup", "write an encrypted copy of the diary"))
    bk.add_argument("--out", type=Path, required=True, metavar="FILE", help="the copy to write")
    rs = with_key(with_path("restore", "replace the diary with a backup (keeps a copy first)"))
    rs.add_argument(
        "--from", dest="backup", type=Path, required=True, metavar="BACKUP", help="the backup"
    )
    pr = with_key(with_path("profile", "the person: profile, conditions, cautions"))
    pr.add_argument("--json", action="store_true", help="print JSON")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    from app.domain.i18n import choose_language, use_language
    from app.vault.process import private_umask

    private_umask()
    use_language(choose_language())  # the system's; a diary's own setting wins once it is open
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return _run_gui(args)
        from app.cli import commands

        return commands.run(args)
    except UserError as err:
        print(f"dosebook: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(translate("CommandLine", "dosebook: stopped."), file=sys.stderr)
        return 1
    except BrokenPipeError:  # `dosebook warnings … | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit
        return 0
    except Exception as err:  # never a traceback: one line naming the kind of failure
        print(translate("CommandLine", 'dosebook: unexpected problem ({kind}); nothing was changed.').format(kind=type(err).__name__),
              file=sys.stderr)  # fmt: skip
        return 1


def main_gui() -> int:
    """Entry for the windowed launcher (no console on Windows)."""
    return main(sys.argv[1:])


def _no_display() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    return not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _run_gui(args: argparse.Namespace) -> int:
    if _no_display():
        print(
            translate(
                "CommandLine",
                "dosebook: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it in a desktop session, or set QT_QPA_PLATFORM=offscreen for tests.",
            ),
            file=sys.stderr,
        )
        return 1
    from app.cli.xcb import missing_message, missing_packages, uses_xcb

    if uses_xcb() and (missing := missing_packages()):
        print(f"dosebook: {missing_message(missing)}", file=sys.stderr)
        return 1
    prefetch = None if args.demo else _start_key_prefetch(args.diary)
    from app.ui.life.launch import run_gui  # Qt loads here: after the fork in _start_key_prefetch

    return run_gui(diary_path=args.diary, demo=args.demo, key_prefetch=prefetch, in_tray=args.tray)


def _start_key_prefetch(path: Path | None) -> KeyPrefetch | None:
    """Ask the keyring for the diary's key on the other core while Qt starts (app/vault/prefetch)."""
    from app.paths import default_diary_path
    from app.store.files.salt import read_salt
    from app.vault.prefetch import KeyPrefetch
    from app.vault.process import no_core_dumps

    no_core_dumps()  # before the fork: the child holds the key too
    try:
        salt = read_salt(path or default_diary_path())
    except UserError:  # missing or damaged: start-up says so in the window
        return None
    return KeyPrefetch.start(salt.hex())
