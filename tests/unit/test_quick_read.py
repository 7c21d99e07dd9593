"""Start-up's ORM-free reader gives what the Diary gives, on the same file, for every read."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.domain.keys import KeyMaterial
from app.domain.records import LabTest, Profile, SiteReaction, Vial
from app.store.demo import fill_demo
from app.store.diary import Diary
from app.store.errors import WrongPassphrase
from app.store.files.raw import open_raw
from app.store.reading.reader import QuickReader
from app.store.reading.snapshot import SnapshotReader

TODAY = date(2026, 11, 24)
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 24, 21, 30, tzinfo=BERLIN)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def diary(tmp_path: Path, fast_key: KeyMaterial):
    """The demo diary with the odd values the demo lacks: snoozes, dismissals, own thresholds,
    an own lab test with other units, an edited zone, a resolved reaction, a mixed vial."""
    d = Diary.create_with_key(tmp_path / "d.dosebook", fast_key)
    fill_demo(d, TODAY, course_weeks=20)
    d.save_profile(replace(d.profile(), timezone="Europe/Berlin", birth_year=1980))
    d.snooze_rule("missed_doses", NOW + timedelta(days=3))
    d.dismiss_rule("labs_due", ["cbc:2026-05-01", "liver:2026-05-01"])
    d.update_rule_settings({"rules.fever.threshold_c": "38.2"})
    d.set_setting("sites.recent_use_days", "5")
    d.save_lab_test(
        LabTest(code="ferritin", name="Ferritin", group="Mine", unit="ug/L",
                other_units={"ng/mL": 1.0}, never_convert=("pmol/L",), low_female=15.0)
    )  # fmt: skip
    zone = d.zones()[0]
    d.update_zone(replace(zone, enabled=False, disabled_reason="scar"))
    d.save_vial(
        Vial(id=None, product="TA1", lot="L9", expiry=date(2027, 2, 1), strength_mg=1.6,
             diluent_ml=1.0, reconstituted_at=NOW - timedelta(hours=5), beyond_use_hours=24.0,
             frozen_thawed=True)
    )  # fmt: skip
    shot = d.injections()[-1]
    d.save_reaction(
        SiteReaction(id=None, injection_id=shot.id, zone_id=shot.zone_id,
                     observed_at=NOW - timedelta(days=1), kind="lump", grade=2,
                     resolved_at=NOW - timedelta(hours=2), notes="hard, small")
    )  # fmt: skip
    yield d
    d.close()


@pytest.fixture
def quick(diary: Diary):
    reader = QuickReader.open(diary.path, diary.key_material)
    assert reader is not None
    with reader:
        yield reader


def test_the_snapshot_is_the_same_as_the_orms(diary: Diary, quick: QuickReader) -> None:
    expected = SnapshotReader.snapshot(diary, now=NOW)  # through the Diary's ORM reads
    got = quick.snapshot(now=NOW)
    for name in expected.__dataclass_fields__:
        assert getattr(got, name) == getattr(expected, name), name
    assert got.rule_states["missed_doses"].snoozed_until == NOW + timedelta(days=3)
    assert got.rule_settings == {"rules.fever.threshold_c": "38.2"}


@pytest.mark.parametrize(
    "read",
    [
        lambda d: d.profile(),
        lambda d: d.timezone(),
        lambda d: d.setting("sites.recent_use_days", "7"),
        lambda d: d.setting("no.such.key", "fallback"),
        lambda d: d.protocols(),
        lambda d: d.vials(),
        lambda d: d.zones(),
        lambda d: d.reactions(),
        lambda d: d.injections(),
        lambda d: d.injections(start=NOW - timedelta(days=30), end=NOW - timedelta(days=3)),
        lambda d: d.entries(),
        lambda d: d.entries(start=date(2026, 10, 1), end=date(2026, 10, 31)),
        lambda d: d.panels(),
        lambda d: d.panels(start=date(2026, 9, 1)),
        lambda d: d.lab_tests(),
        lambda d: d.monitoring_groups(),
        lambda d: d.rule_settings(),
        lambda d: d.rule_states(),
    ],
)
def test_each_read_is_the_same_as_the_diarys(diary: Diary, quick: QuickReader, read) -> None:
    assert read(quick) == read(diary)


def test_the_diarys_snapshot_is_the_quick_one(diary: Diary, quick: QuickReader) -> None:
    assert diary.snapshot(now=NOW) == quick.snapshot(now=NOW)
    assert diary.snapshot(as_of=date(2026, 9, 1)) == SnapshotReader.snapshot(
        diary, as_of=date(2026, 9, 1)
    )


def test_reads_stay_in_utc_and_local_time_as_the_diary_gives_them(quick: QuickReader) -> None:
    shot = quick.injections()[-1]
    assert shot.taken_at.tzinfo == BERLIN
    vial = quick.vials()[-1]
    assert vial.reconstituted_at == (NOW - timedelta(hours=5)).astimezone(UTC)
    assert vial.frozen_thawed is True


def test_a_wrong_key_is_a_wrong_passphrase(diary: Diary) -> None:
    wrong = KeyMaterial(key=bytes(32), salt=diary.key_material.salt)
    with pytest.raises(WrongPassphrase):
        QuickReader.open(diary.path, wrong)


@pytest.mark.parametrize("revision", ["0001", "9999"])
def test_an_older_or_newer_schema_is_left_to_the_full_open(
    tmp_path: Path, fast_key: KeyMaterial, revision: str
) -> None:
    path = tmp_path / "d.dosebook"
    Diary.create_with_key(path, fast_key).close()
    conn = open_raw(path, fast_key)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()
    assert QuickReader.open(path, fast_key) is None


def test_the_quick_path_loads_neither_the_orm_nor_qt() -> None:
    code = (
        "import sys; import app.access.quick, app.store.reading.reader; "
        "bad = [m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'keyring', 'PySide6') "
        "if m in sys.modules]; print(bad)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_profile_without_zone_uses_the_computers(diary: Diary) -> None:
    diary.save_profile(Profile(name=diary.profile().name))
    with QuickReader.open(diary.path, diary.key_material) as reader:
        assert reader.timezone() == diary.timezone()
