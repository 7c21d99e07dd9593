"""Loading the lab catalogue and monitoring intervals from TOML."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.labs import CatalogueError, find_test, load_catalogue, load_monitoring_groups
from app.domain.records import MonitoringGroup

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "labs.toml"


def test_the_seed_catalogue_loads_every_test_in_order() -> None:
    tests = load_catalogue(SEEDS)
    assert [t.code for t in tests][:3] == ["wbc", "rbc", "hgb"]
    assert len(tests) == 21
    assert {t.group for t in tests} == {"CBC", "Liver", "Immune", "Hep B"}


def test_shared_low_and_high_apply_to_both_sexes() -> None:
    alt = find_test(load_catalogue(SEEDS), "alt")
    assert alt is not None
    assert (alt.low_male, alt.high_male, alt.low_female, alt.high_female) == (7, 55, 7, 55)
    assert alt.loinc == "1742-6"
    assert alt.abbrev == "ALT"


def test_qualitative_and_never_convert_fields_are_mapped() -> None:
    tests = load_catalogue(SEEDS)
    hbsag, hbv = find_test(tests, "hbsag"), find_test(tests, "hbvdna")
    assert hbsag is not None and hbsag.qualitative and hbsag.unit == ""
    assert hbv is not None and hbv.never_convert == (
        "{copies}/mL",
    )  # UCUM: copies is an annotation
    assert hbv.plausible_high == 1e10


def test_monitoring_intervals_come_with_their_source() -> None:
    groups = load_monitoring_groups(SEEDS)
    assert [(g.group, g.min_months, g.max_months) for g in groups] == [
        ("CBC", 3, 6),
        ("Liver", 3, 6),
        ("Immune", 6, 12),
    ]
    assert all(g.source.startswith("Source article") for g in groups)


def test_a_dict_works_as_well_as_a_file() -> None:
    data = {
        "monitoring": [{"group": "Mine", "min_months": 1, "max_months": 2}],
        "test": [{"code": "x", "name": "X", "group": "Mine", "unit": "mg/L", "high": 5}],
    }
    assert load_monitoring_groups(data) == [MonitoringGroup("Mine", 1, 2)]
    (test,) = load_catalogue(data)
    assert (test.low_male, test.high_female) == (None, 5.0)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"code": "x", "name": "X", "group": "G", "unit": "", "hgih": 5}, "unknown field"),
        ({"code": "x", "name": "X", "group": "G"}, "'unit' is required"),
        ({"code": "", "name": "X", "group": "G", "unit": ""}, "'code' is required"),
        ({"code": "x", "name": "X", "group": "G", "unit": "", "low": "5"}, "must be a number"),
        (
            {"code": "x", "name": "X", "group": "G", "unit": "a", "other_units": {"b": 0}},
            "non-zero",
        ),
    ],
)
def test_mistakes_in_catalogue_data_are_named(entry: dict[str, object], problem: str) -> None:
    with pytest.raises(CatalogueError, match=problem):
        load_catalogue({"test": [entry]})


def test_a_code_used_twice_is_refused() -> None:
    entry = {"code": "x", "name": "X", "group": "G", "unit": ""}
    with pytest.raises(CatalogueError, match="used twice"):
        load_catalogue({"test": [entry, entry]})


def test_a_monitoring_window_backwards_is_refused() -> None:
    with pytest.raises(CatalogueError, match="min no more than max"):
        load_monitoring_groups({"monitoring": [{"group": "G", "min_months": 6, "max_months": 3}]})


def test_broken_toml_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "labs.toml"
    broken.write_text("[[test]\ncode = ", encoding="utf-8")
    with pytest.raises(CatalogueError, match="not valid TOML"):
        load_catalogue(broken)
