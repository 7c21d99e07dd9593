"""The translations: collect texts into the .ts files, compile them to .qm, check they are complete.

    uv run python -m tools.translations update   # pyside6-lupdate over app/ and the seeds' texts
    uv run python -m tools.translations build    # pyside6-lrelease: resources/translations/*.qm
    uv run python -m tools.translations check    # unfinished or missing translations, per file

The .ts files in resources/translations/ are the one source of every translation; the .qm files
are built from them (at wheel build by hatch_build.py, for the bundle by packaging/
build_linux.sh, for the tests when missing) and never committed. Seed texts (rule titles and
messages, lab test names, zone names, monitoring groups, the protocol template) keep English in
seeds/*.toml and are collected here into .ts entries under the context "seeds/<file>"; the app
looks them up through app/domain/i18n/seeds.py.

Plurals are written as two texts, one for 1 and one for any other count, chosen in the code
("1 result" / "{n} results"): pyside6-lupdate marks a Python call as plural only when its count is
a literal number, so Qt's "%n" forms cannot be extracted from Python. German and Chinese need no
more forms than that.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
TARGETS = ("de", "zh_CN")


def ts_path(code: str) -> Path:
    return TRANSLATIONS / f"dosebook_{code}.ts"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    if here.exists():
        return str(here)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"pyside6-{name} is missing: run `uv sync` first.")
    return found


def source_files() -> list[Path]:
    """Every module of the app; migrations say nothing to people."""
    return sorted(
        p for p in (ROOT / "app").rglob("*.py") if "migrations" not in p.relative_to(ROOT).parts
    )


def _literal(text: str) -> str:
    return repr(text)


def seed_noop_lines() -> Iterator[str]:
    """One translate() call per seed text, as lupdate reads them (it knows no QT_TRANSLATE_NOOP3)."""
    from app.domain.i18n.seeds import seed_texts

    for context, text, comment in seed_texts():
        yield f"translate({_literal(context)}, {_literal(text)}, {_literal(comment)})"


def update(folder: Path = TRANSLATIONS) -> None:
    """Refresh the .ts files (in `folder`) from the sources and the seeds; translations already
    made stay."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dosebook-lupdate-") as tmp:
        seeds = Path(tmp) / "seed_texts.py"
        seeds.write_text("\n".join(seed_noop_lines()) + "\n", encoding="utf-8")
        files = [str(p) for p in source_files()] + [str(seeds)]
        common = ["-locations", "none", "-no-obsolete", "-source-language", "en", "-silent"]
        for code in TARGETS:
            ts = folder / ts_path(code).name
            args = [*files, *common, "-target-language", code, "-ts", ts]
            _run([_tool("lupdate"), *args])


def build(out: Path = TRANSLATIONS) -> list[Path]:
    """Compile every .ts into `out`/dosebook_<code>.qm; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for code in TARGETS:
        target = out / f"dosebook_{code}.qm"
        release(ts_path(code), target)
        written.append(target)
    return written


def release(ts: Path, qm: Path) -> None:
    """pyside6-lrelease one .ts into one .qm."""
    _run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)])


def needs_build(out: Path = TRANSLATIONS) -> bool:
    """True when a .qm is missing or older than its .ts."""
    for code in TARGETS:
        qm, ts = out / f"dosebook_{code}.qm", ts_path(code)
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            return True
    return False


def unfinished(code: str) -> list[tuple[str, str]]:
    """(context, source) of every message in the .ts that has no finished translation."""
    tree = ET.parse(ts_path(code))
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):  # unfinished, vanished...
                out.append((name, message.findtext("source") or ""))
                continue
            forms = list(translation.iter("numerusform"))
            if not all(f.text for f in forms) if forms else not translation.text:
                out.append((name, message.findtext("source") or ""))
    return out


def sources(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message of a .ts file."""
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def out_of_date() -> dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]]:
    """Per language: (texts in the code or seeds but not in its .ts, texts in the .ts no longer
    in the code), found by running lupdate on a copy."""
    found = {}
    with tempfile.TemporaryDirectory(prefix="dosebook-lupdate-check-") as tmp:
        for code in TARGETS:
            shutil.copy(ts_path(code), Path(tmp) / ts_path(code).name)
        update(Path(tmp))
        for code in TARGETS:
            now, fresh = sources(ts_path(code)), sources(Path(tmp) / ts_path(code).name)
            found[code] = (sorted(fresh - now), sorted(now - fresh))
    return found


HOW_TO = """To add or change texts:
    uv run python -m tools.translations update   # collect them into resources/translations/*.ts
    then translate every entry the check lists in dosebook_de.ts and dosebook_zh_CN.ts (Qt
    Linguist: pyside6-linguist FILE.ts, or edit the <translation> elements; keep each {placeholder}
    and one & shortcut; medical terms from resources/translations/glossary.md)
    uv run python -m tools.translations check    # 0 unfinished in both
See docs/languages.md."""


def _run(cmd: list) -> None:
    result = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{Path(str(cmd[0])).name} failed:\n{result.stdout}{result.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.translations")
    parser.add_argument("action", choices=("update", "build", "check"))
    parser.add_argument("--out", type=Path, default=TRANSLATIONS, help="where build writes .qm")
    args = parser.parse_args(argv)
    if args.action == "update":
        update()
        args.action = "check"
    if args.action == "build":
        for path in build(args.out):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        return 0
    missing = 0
    for code in TARGETS:
        todo = unfinished(code)
        missing += len(todo)
        print(f"{ts_path(code).name}: {len(todo)} unfinished")
        for context, source in todo[:20]:
            print(f"  [{context}] {source[:90]}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
