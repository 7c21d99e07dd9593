"""Schema changes: a copy of the file before migrating, a newer file refused, the declared
tables match what the migrations build."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.domain.keys import KeyMaterial
from app.domain.records import DiaryEntry
from app.store.diary import Diary
from app.store.errors import DiaryNewerThanApp
from app.store.files.raw import create_file, open_raw
from app.store.schema import migrate
from app.store.schema.metadata import METADATA


def diary_at(path: Path, key: KeyMaterial, revision: str) -> None:
    create_file(path, key)
    migrate.run_alembic(path, key, revision)


def diary_from_a_newer_app(path: Path, key: KeyMaterial) -> None:
    """A diary whose schema revision this app does not know."""
    Diary.create_with_key(path, key).close()
    conn = open_raw(path, key)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()


def index_names(path: Path, key: KeyMaterial) -> set[str]:
    conn = open_raw(path, key)
    try:
        rows = conn.execute("select name from sqlite_master where type='index'").fetchall()
    finally:
        conn.close()
    return {r[0] for r in rows}


def test_migration_0001(tmp_path: Path, fast_key: KeyMaterial) -> None:
    path = tmp_path / "a.dosebook"
    diary_at(path, fast_key, "0001")
    conn = open_raw(path, fast_key)
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
    conn.close()
    assert {"injection", "diary_entry", "lab_panel", "lab_result", "zone", "vial"} <= tables


def test_migration_0002(tmp_path: Path, fast_key: KeyMaterial) -> None:
    path = tmp_path / "a.dosebook"
    diary_at(path, fast_key, "0001")
    assert "ix_site_reaction_zone_id" not in index_names(path, fast_key)
    Diary.open_with_key(path, fast_key).close()
    assert {"ix_site_reaction_zone_id", "ix_injection_protocol_id"} <= index_names(path, fast_key)


def test_migration_0003(tmp_path: Path, fast_key: KeyMaterial) -> None:
    # An entry written before symptoms existed reads back with none, and new ones keep theirs.
    path = tmp_path / "a.dosebook"
    diary_at(path, fast_key, "0002")
    conn = open_raw(path, fast_key)
    conn.execute(
        "insert into diary_entry (created_at, updated_at, day, sick, sickness_kind,"
        " site_trouble, notes, tags) values ('2026-03-01 10:00:00', '2026-03-01 10:00:00',"
        " '2026-03-01', 0, '', 1, 'old', '')"
    )
    conn.commit()
    conn.close()
    with Diary.open_with_key(path, fast_key) as diary:
        old = diary.entry(date(2026, 3, 1))
        assert old is not None and old.symptoms == () and old.site_trouble
        diary.save_entry(DiaryEntry(day=date(2026, 3, 2), symptoms=("rash", "headache")))
        assert diary.entry(date(2026, 3, 2)).symptoms == ("rash", "headache")


def test_migration_0004(tmp_path: Path, fast_key: KeyMaterial) -> None:
    """An injection logged before 0004 keeps its values and is matched by the schedule."""
    path = tmp_path / "a.dosebook"
    diary_at(path, fast_key, "0002")
    conn = open_raw(path, fast_key)
    conn.execute(
        "insert into injection (created_at, updated_at, taken_at_utc, tz, dose, dose_unit,"
        " zone_id, needle, notes) values ('2026-03-02 19:00:00', '2026-03-02 19:00:00',"
        " '2026-03-02 19:00:00', 'UTC', 1.6, 'mg', 'abdomen-lower-left', '', '')"
    )
    conn.commit()
    conn.close()
    with Diary.open_with_key(path, fast_key) as diary:
        (shot,) = diary.injections()
    assert (shot.dose, shot.counts_for, shot.extra) == (1.6, None, False)


def test_migration_0005(tmp_path: Path, fast_key: KeyMaterial) -> None:
    from datetime import date

    from app.domain.records import Condition, Medication, Sex

    path = tmp_path / "a.dosebook"
    diary_at(path, fast_key, "0002")
    conn = open_raw(path, fast_key)
    conn.execute(
        "insert into profile (created_at, updated_at, id, name, sex, birth_year, cautions, "
        "timezone) values ('2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', 1, "
        "'Ana', 'female', 1980, 'autoimmune', 'Europe/Berlin')"
    )
    conn.commit()
    conn.close()
    with Diary.open_with_key(path, fast_key) as diary:
        profile = diary.profile()  # the row the diary had keeps its values, the new ones empty
        assert (profile.name, profile.sex, profile.birth_year) == ("Ana", Sex.FEMALE, 1980)
        assert (profile.conditions, profile.condition_notes, profile.allergies) == (
            frozenset(),
            "",
            "",
        )
        diary.save_profile(replace(profile, conditions=frozenset({Condition.HEPATITIS_B})))
        diary.save_medication(Medication(None, "Tenofovir", started=date(2026, 1, 5)))
        assert [m.name for m in diary.medications()] == ["Tenofovir"]
        assert diary.appointments() == []
        assert diary.profile().conditions == {Condition.HEPATITIS_B}
    assert "ix_appointment_at_utc" in index_names(path, fast_key)


def test_migration_0006(tmp_path: Path, fast_key: KeyMaterial) -> None:
    from app.domain.records import Attachment

    path = tmp_path / "a.dosebook"
    diary_at(path, fast_key, "0002")
    conn = open_raw(path, fast_key)
    stamp = "2026-03-01 08:00:00.000000"
    conn.execute(
        "insert into lab_panel (id, collected_on, lab, notes, created_at, updated_at) "
        "values (1, '2026-03-01', 'City Lab', '', ?, ?)",
        (stamp, stamp),
    )
    conn.execute(
        "insert into lab_result (panel_id, position, test_code, value, unit, comparator, text, "
        "range_low, range_high, range_text, created_at, updated_at) "
        "values (1, 0, 'alt', 31, 'U/L', '', '31', 7, 55, '7–55', ?, ?)",
        (stamp, stamp),
    )
    conn.commit()
    conn.close()
    with Diary.open_with_key(path, fast_key) as diary:
        (panel,) = diary.panels()
        assert panel.results[0].range_source == "printed"  # what was saved before was typed
        hgb = next(t for t in diary.lab_tests() if t.code == "hgb")
        assert hgb.si_unit == "g/L"
        jpeg = b"\xff\xd8\xff\xe0" + bytes(60)
        kept = diary.add_attachment(
            Attachment(None, "image/jpeg", "report.jpg", 0, panel_id=1), jpeg
        )
        assert diary.attachment_data(kept.id) == jpeg
        diary.delete_panel(1)  # the panel's files go with it
        assert diary.attachments() == []
        assert diary.counts()["attachment_file"] == 0


def test_every_migration_has_a_test_of_its_own() -> None:
    source = Path(__file__).read_text()
    tested = set(re.findall(r"def test_migration_(\w+)\(", source))
    assert migrate.known_revisions() <= tested


def test_an_older_file_is_copied_before_it_is_migrated(
    tmp_path: Path, fast_key: KeyMaterial
) -> None:
    path = tmp_path / "old.dosebook"
    diary_at(path, fast_key, "0001")
    with Diary.open_with_key(path, fast_key) as diary:
        copy = diary.migration_copy
        assert diary.schema_revision() == migrate.head_revision()
    assert copy is not None and copy.exists()
    assert "before-0001" in copy.name
    conn = open_raw(copy, fast_key)  # the copy opens with the same key, at the old revision
    assert migrate.current_revision(conn) == "0001"
    conn.close()


def test_an_up_to_date_file_is_not_copied(tmp_path: Path, fast_key: KeyMaterial) -> None:
    path = tmp_path / "new.dosebook"
    Diary.create_with_key(path, fast_key).close()
    with Diary.open_with_key(path, fast_key) as diary:
        assert diary.migration_copy is None
    assert sorted(p.name for p in tmp_path.iterdir() if "before" in p.name) == []


def test_a_file_from_a_newer_app_is_refused_and_left_alone(tmp_path: Path, fast_key) -> None:
    path = tmp_path / "future.dosebook"
    Diary.create_with_key(path, fast_key).close()
    conn = open_raw(path, fast_key)
    conn.execute("update alembic_version set version_num = '0099'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DiaryNewerThanApp, match="newer version of Dosebook"):
        Diary.open_with_key(path, fast_key)
    assert path.read_bytes() == before


def test_models_and_migrations_agree(tmp_path: Path, fast_key: KeyMaterial) -> None:
    path = tmp_path / "m.dosebook"
    diary_at(path, fast_key, "head")
    engine = migrate.sqlalchemy_engine(path, fast_key)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), METADATA)
    engine.dispose()
    assert diff == []


def shape(sql: str | None) -> tuple[str, list[str]] | None:
    """A CREATE statement with the parts in its parentheses as a sorted list: Alembic recreates a
    table with its constraints in no fixed order."""
    if sql is None:
        return None
    head, _, body = sql.partition("(\n\t")
    return head.strip(), sorted(body.removesuffix("\n)").split(", \n\t"))


def schema_of(path: Path, key: KeyMaterial) -> tuple[dict[str, object], list[tuple]]:
    """Every table and index by name with the SQL that made it, and the revision stamped."""
    conn = open_raw(path, key)
    try:
        rows = conn.execute("SELECT name, sql FROM sqlite_master")
        made = {name: shape(sql) for name, sql in rows}
        return made, conn.execute("SELECT * FROM alembic_version").fetchall()
    finally:
        conn.close()


def test_a_new_diary_gets_exactly_the_tables_the_migrations_make(
    tmp_path: Path, fast_key: KeyMaterial
) -> None:
    """New diaries are created from `schema.ddl` (no Alembic); later migrations must find them
    exactly as they would find a migrated one."""
    Diary.create_with_key(tmp_path / "new.dosebook", fast_key).close()
    diary_at(tmp_path / "migrated.dosebook", fast_key, "head")
    new = schema_of(tmp_path / "new.dosebook", fast_key)
    assert new == schema_of(tmp_path / "migrated.dosebook", fast_key)
    assert new[1] == [(migrate.head_revision(),)] and len(new[0]) > 20


def test_the_stored_schema_is_the_one_the_migrations_make() -> None:
    """After adding a migration, run `uv run python tools/schema_sql.py` (new diaries go through
    Alembic until then)."""
    from app.store.schema import head_sql
    from tools.schema_sql import migrated_schema

    revision, statements = migrated_schema()
    assert revision == head_sql.REVISION
    assert sorted(map(shape, head_sql.STATEMENTS)) == sorted(map(shape, statements))


def test_revision_ids_from_file_names_agree_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate._config())
    assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}
    assert migrate.head_revision() == script.get_current_head()


@pytest.mark.parametrize("step", ["open", "create"])
def test_opening_or_creating_a_diary_imports_neither_alembic_nor_sqlalchemy(
    tmp_path: Path, fast_key, step: str
) -> None:
    import subprocess
    import sys

    path = tmp_path / "d.dosebook"
    if step == "open":
        Diary.create_with_key(path, fast_key).close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.domain.keys import KeyMaterial\n"
        "from app.store.diary import Diary\n"
        f"key = KeyMaterial(key=bytes.fromhex('{fast_key.key.hex()}'), "
        f"salt=bytes.fromhex('{fast_key.salt.hex()}'))\n"
        f"Diary.{step}_with_key(Path(r'{path}'), key).close()\n"
        "print([m for m in ('alembic', 'sqlalchemy') if m in sys.modules])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[]"
