"""Every input path refuses bad input with a message: never a crash, never a partial write.

Hypothesis throws wild values at what the forms call (the facade's save methods), at the JSON
import, and at the command line. A refusal must be a UserError (its text is shown to the user) and
must leave the diary exactly as it was.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import UserError
from app.domain.keys import KeyMaterial
from app.domain.records import (
    Caution,
    DiaryEntry,
    Injection,
    LabPanel,
    LabResult,
    Profile,
    Protocol,
    Sex,
    SiteReaction,
    Vial,
)
from app.store.diary import Diary
from app.store.files.raw import open_raw

EXAMPLES = 400
TRIED: dict[str, int] = {}

WILD_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", " ", "\x00", "a\x00b", "x" * 100_001, "=cmd|' /C calc'!A0", "‮"]),
)
WILD_FLOAT = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, -1.0, 1e300, 5e-324]),
)
WILD_INT = st.one_of(st.integers(-3, 13), st.integers(-(2**70), 2**70))
OPT_FLOAT = st.one_of(st.none(), WILD_FLOAT)
WILD_DATE = st.dates(date(1, 1, 1), date(9999, 12, 31))
ZONES = st.one_of(st.just("abdomen-lower-left"), st.just("thigh-front-right"), WILD_TEXT)
WILD_TZ = st.one_of(
    st.sampled_from([UTC, ZoneInfo("Europe/Berlin"), ZoneInfo("Pacific/Kiritimati")]),
    st.builds(lambda m: timezone(timedelta(minutes=m)), st.integers(-1439, 1439)),
)
AWARE = st.builds(lambda d, tz: d.replace(tzinfo=tz), st.datetimes(), WILD_TZ)
ANY_TIME = st.one_of(AWARE, st.datetimes())  # naive ones too: the form might forget the zone


@pytest.fixture(scope="module")
def diary() -> Iterator[Diary]:
    # tmpfs when there is one: hundreds of small commits, and fsync is not under test here
    base = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="dosebook-bad-input-", dir=base) as folder:
        key = KeyMaterial(key=os.urandom(32), salt=os.urandom(16))
        with Diary.create_with_key(Path(folder) / "d.dosebook", key) as d:
            READERS[d.path] = open_raw(d.path, key)  # one connection for `stored`, kept open
            yield d
            READERS.pop(d.path).close()


READERS: dict[Path, sqlcipher3.Connection] = {}


def stored(diary: Diary) -> list[tuple]:
    """Every row of every table as stored, bookkeeping times included: a refused input must
    leave all of it as it was. (Reading the rows is several times quicker than an export of
    the growing diary, which made most of this file's run time.)"""
    conn = READERS[diary.path]
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return [
        (name, conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall())  # noqa: S608
        for name in sorted(names)
    ]


def attempt(diary: Diary, name: str, save: Callable[[], object]) -> None:
    """Call `save`: it works, or it raises a UserError and the diary is unchanged."""
    TRIED[name] = TRIED.get(name, 0) + 1
    before = stored(diary)
    try:
        save()
    except UserError as err:
        assert str(err).strip(), "a refusal needs words"
        assert stored(diary) == before, "a refused input changed the diary"
    # anything else propagates and fails the test: that is a crash


SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(
    day=WILD_DATE,
    ratings=st.tuples(*[st.one_of(st.none(), WILD_INT)] * 3),
    sick=st.booleans(),
    kind=st.one_of(st.sampled_from(["", "cold", "flu"]), WILD_TEXT),
    temp=OPT_FLOAT,
    notes=WILD_TEXT,
    tags=st.lists(WILD_TEXT, max_size=3),
)
def test_diary_form(diary, day, ratings, sick, kind, temp, notes, tags) -> None:  # noqa: ANN001
    entry = DiaryEntry(day, *ratings, sick, kind, temp, False, notes, tuple(tags))
    attempt(diary, "diary form", lambda: diary.save_entry(entry))


@SETTINGS
@given(taken=ANY_TIME, dose=WILD_FLOAT, zone=ZONES, volume=OPT_FLOAT, notes=WILD_TEXT)
def test_injection_form(diary, taken, dose, zone, volume, notes) -> None:  # noqa: ANN001
    shot = Injection(None, taken, None, dose, "mg", zone, volume, None, "", notes)
    attempt(diary, "injection form", lambda: diary.log_injection(shot))


@SETTINGS
@given(
    product=WILD_TEXT,
    dose=WILD_FLOAT,
    unit=WILD_TEXT,
    weekdays=st.lists(WILD_INT, max_size=3),
    every=st.one_of(st.none(), WILD_INT),
    start=WILD_DATE,
    end=st.one_of(st.none(), WILD_DATE),
    window=WILD_FLOAT,
)
def test_protocol_form(diary, product, dose, unit, weekdays, every, start, end, window) -> None:  # noqa: ANN001
    protocol = Protocol(
        None, product, dose, unit, "subcutaneous", tuple(weekdays), every, time(20, 0), start,
        end, None, None, window,
    )  # fmt: skip
    attempt(diary, "protocol form", lambda: diary.save_protocol(protocol))


@SETTINGS
@given(
    product=WILD_TEXT,
    lot=WILD_TEXT,
    expiry=st.one_of(st.none(), WILD_DATE),
    strength=OPT_FLOAT,
    diluent=OPT_FLOAT,
    reconstituted=st.one_of(st.none(), AWARE),
    beyond=OPT_FLOAT,
)
def test_vial_form(diary, product, lot, expiry, strength, diluent, reconstituted, beyond) -> None:  # noqa: ANN001
    vial = Vial(None, product, lot, expiry, strength, diluent, reconstituted, beyond)
    attempt(diary, "vial form", lambda: diary.save_vial(vial))


@SETTINGS
@given(
    zone=ZONES,
    seen=ANY_TIME,
    kind=st.one_of(st.just("redness"), st.just("lump"), WILD_TEXT),
    grade=st.one_of(st.integers(1, 3), WILD_INT),
    resolved=st.one_of(st.none(), ANY_TIME),
)
def test_reaction_form(diary, zone, seen, kind, grade, resolved) -> None:  # noqa: ANN001
    reaction = SiteReaction(None, None, zone, seen, kind, grade, resolved, "")
    attempt(diary, "reaction form", lambda: diary.save_reaction(reaction))


RESULTS = st.lists(
    st.builds(
        LabResult,
        id=st.none(),
        test_code=st.one_of(st.sampled_from(["alt", "wbc", "hbsag"]), WILD_TEXT),
        value=OPT_FLOAT,
        unit=WILD_TEXT,
        comparator=st.one_of(st.sampled_from(["", "<", ">="]), WILD_TEXT),
        text=WILD_TEXT,
        range_low=OPT_FLOAT,
        range_high=OPT_FLOAT,
        range_text=WILD_TEXT,
    ),
    max_size=4,
)


@SETTINGS
@given(collected=WILD_DATE, lab=WILD_TEXT, results=RESULTS)
def test_lab_panel_form(diary, collected, lab, results) -> None:  # noqa: ANN001
    panel = LabPanel(None, collected, lab, "", tuple(results))
    attempt(diary, "lab form", lambda: diary.save_panel(panel, today=date(2026, 12, 31)))


@SETTINGS
@given(
    name=WILD_TEXT,
    sex=st.sampled_from(list(Sex)),
    birth=st.one_of(st.none(), WILD_INT),
    cautions=st.sets(st.sampled_from(list(Caution))),
    tz=st.one_of(st.sampled_from(["", "Europe/Berlin", "../../etc/passwd"]), WILD_TEXT),
)
def test_profile_form(diary, name, sex, birth, cautions, tz) -> None:  # noqa: ANN001
    profile = Profile(name, sex, birth, frozenset(cautions), tz)
    attempt(diary, "profile form", lambda: diary.save_profile(profile))


# ----- import JSON ------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), WILD_INT, WILD_FLOAT, WILD_TEXT),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(WILD_TEXT, inner, max_size=3)
    ),
    max_leaves=8,
)
TABLE_NAMES = ["injections", "diary_entries", "lab_panels", "lab_results", "protocols", "zones"]


@st.composite
def export_like(draw: st.DrawFn) -> str:
    """Documents that look like an export, with one part broken."""
    good_entry = {"day": "2026-03-01", "energy": 5, "notes": "n", "sick": False}
    doc: dict = {"format": "dosebook-export", "version": 1, "schema": "0002"}
    doc["diary_entries"] = [dict(good_entry)]
    table = draw(st.sampled_from(TABLE_NAMES))
    how = draw(st.integers(0, 3))
    if how == 0:
        doc[table] = draw(JSON_VALUES)
    elif how == 1:
        doc[table] = [draw(st.dictionaries(WILD_TEXT, JSON_VALUES, max_size=4))]
    elif how == 2:
        field = draw(st.sampled_from(["day", "energy", "notes", "sick", "temperature_c", "tags"]))
        doc["diary_entries"][0][field] = draw(JSON_VALUES)
    else:
        doc[draw(st.sampled_from(["format", "version"]))] = draw(JSON_VALUES)
    text = json.dumps(doc, allow_nan=True)
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.text(max_size=3))
    return text


@settings(SETTINGS, max_examples=EXAMPLES * 2)
@given(text=st.one_of(export_like(), st.text(max_size=60), st.just("[" * 100_000)))
def test_import_json(diary, text: str) -> None:  # noqa: ANN001
    attempt(diary, "import JSON", lambda: diary.import_json(text))


# ----- command line ------------------------------------------------------------------------------

SUBCOMMANDS = ["check", "status", "export", "import", "backup", "restore", "new"]
SAFE_ABSOLUTE = {"/", "/dev/null"}
CLI_WORDS = st.one_of(
    st.sampled_from(
        [*SUBCOMMANDS, "--json", "--csv", "--as-of", "--out", "--from", "--passphrase-stdin",
         "0001-01-01", "9999-12-31", "2026-02-30", "/", "/dev/null", "missing/x", ".", "-",
         "d.dosebook"]
    ),
    st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12),
).map(lambda w: w if not w.startswith("/") or w in SAFE_ABSOLUTE else "." + w)  # fmt: skip


@settings(SETTINGS, max_examples=EXAMPLES * 2)
@given(command=st.sampled_from(SUBCOMMANDS), args=st.lists(CLI_WORDS, max_size=6))
def test_command_line_arguments(
    command: str, args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Subcommands only (the GUI is not started here); paths stay inside a temporary folder."""
    from app.cli.main import main

    TRIED["command line"] = TRIED.get("command line", 0) + 1
    with tempfile.TemporaryDirectory() as cwd:
        monkeypatch.chdir(cwd)
        monkeypatch.setattr("sys.stdin", io.StringIO("a long passphrase\n"))
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            try:
                code = main([command, *args])
            except SystemExit as stop:  # argparse: usage errors and --help
                code = stop.code
    assert code in (0, 1, 2), ([command, *args], code)
    assert "unexpected problem" not in err.getvalue(), ([command, *args], err.getvalue())
    assert "Traceback" not in err.getvalue()


@settings(SETTINGS, max_examples=max(8, EXAMPLES // 6))
@given(notes=st.lists(WILD_TEXT.filter(lambda t: "\x00" not in t and len(t) < 1000), max_size=3))
def test_csv_export_reads_back_and_holds_no_formulas(notes: list[str]) -> None:
    import csv

    TRIED["CSV export"] = TRIED.get("CSV export", 0) + 1
    with tempfile.TemporaryDirectory() as folder:
        key = KeyMaterial(key=os.urandom(32), salt=os.urandom(16))
        with Diary.create_with_key(Path(folder) / "d.dosebook", key) as d:
            for n, text in enumerate(notes):
                d.save_entry(DiaryEntry(day=date(2026, 1, 1 + n), notes=text))
            d.export_csv(Path(folder) / "csv")
        with (Path(folder) / "csv" / "diary.csv").open(newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
    assert len(rows) == 1 + len(notes)
    col = rows[0].index("notes")
    for row, text in zip(rows[1:], notes, strict=True):
        assert len(row) == len(rows[0])
        assert row[col] in (text, "'" + text)
        assert not row[col].startswith(("=", "+", "-", "@"))


def test_report_how_many_bad_inputs_were_tried() -> None:
    print("bad inputs tried: " + ", ".join(f"{k} {v}" for k, v in TRIED.items()))
    print(f"total: {sum(TRIED.values())}")
