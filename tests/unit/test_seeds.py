"""Seeds load on every open: new entries added, labels refreshed, the user's edits kept."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from app.paths import seed_path
from app.store.changes import Change
from app.store.diary import Diary
from app.store.writing.seeds import apply_seeds


def reseed(diary: Diary, folder: Path) -> None:
    with diary._write(Change.NONE) as tx:  # noqa: SLF001 - seeds run on open; here on demand
        apply_seeds(tx, folder)


def seeds_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(seed_path(), folder)
    return folder


def test_fresh_diary_has_the_seeded_zones_tests_and_groups(tmp_path: Path, fast_key) -> None:
    with Diary.create_with_key(tmp_path / "d.dosebook", fast_key) as diary:
        assert len(diary.zones()) == 14
        codes = {t.code for t in diary.lab_tests()}
        assert {"alt", "ast", "wbc", "hgb", "cd4", "hbvdna", "hbsag"} <= codes
        alt = next(t for t in diary.lab_tests() if t.code == "alt")
        assert (alt.loinc, alt.unit, alt.high_male) == ("1742-6", "U/L", 55)
        groups = {g.group: (g.min_months, g.max_months) for g in diary.monitoring_groups()}
        assert groups == {"CBC": (3, 6), "Liver": (3, 6), "Immune": (6, 12)}


def test_new_seed_entries_are_added_and_labels_refreshed(tmp_path: Path, fast_key) -> None:
    folder = seeds_copy(tmp_path)
    with Diary.create_with_key(tmp_path / "d.dosebook", fast_key) as diary:
        zones = (folder / "zones.toml").read_text()
        zones = zones.replace('label = "Left flank"', 'label = "Left flank (love handle)"')
        zones += '\n[[zone]]\nid = "calf-left"\nlabel = "Left calf"\narea = "calf"\nview = "back"\nside = "left"\n'
        (folder / "zones.toml").write_text(zones)
        reseed(diary, folder)
        labels = {z.id: z.label for z in diary.zones()}
        assert labels["flank-left"] == "Left flank (love handle)"
        assert labels["calf-left"] == "Left calf"


def test_seeds_never_overwrite_what_the_user_changed(tmp_path: Path, fast_key) -> None:
    folder = seeds_copy(tmp_path)
    with Diary.create_with_key(tmp_path / "d.dosebook", fast_key) as diary:
        flank = diary.zone("flank-left")
        diary.update_zone(
            replace(flank, label="My left side", enabled=False, disabled_reason="scar")
        )
        alt = next(t for t in diary.lab_tests() if t.code == "alt")
        diary.save_lab_test(replace(alt, high_male=40.0))
        text = (folder / "zones.toml").read_text().replace('"Left flank"', '"Left flank NEW"')
        (folder / "zones.toml").write_text(text)
        labs = (folder / "labs.toml").read_text().replace("high = 55", "high = 56")
        (folder / "labs.toml").write_text(labs)
        reseed(diary, folder)
        zone = diary.zone("flank-left")
        assert (zone.label, zone.enabled, zone.disabled_reason) == ("My left side", False, "scar")
        assert next(t for t in diary.lab_tests() if t.code == "alt").high_male == 40.0
    # and on the next open too
    with Diary.open_with_key(tmp_path / "d.dosebook", fast_key) as diary:
        assert diary.zone("flank-left").label == "My left side"


def test_protocol_template_is_ta1(tmp_path: Path) -> None:
    from app.store.writing.seeds import protocol_templates

    ta1 = next(t for t in protocol_templates() if t["id"] == "ta1")
    assert (ta1["dose"], ta1["dose_unit"], ta1["route"]) == (1.6, "mg", "subcutaneous")
    assert ta1["weekdays"] == [0, 3] and ta1["length_weeks"] == 26
