"""Build small diary snapshots for the rules tests: the seed catalogue, Berlin time, 24 Nov 2026."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from app.domain.labs import load_catalogue, load_monitoring_groups
from app.domain.records import LabPanel, LabResult, LabTest, Protocol, Zone
from app.domain.snapshot import Snapshot
from app.paths import seed_path

TZ = ZoneInfo("Europe/Berlin")
AS_OF = date(2026, 11, 24)
START = date(2026, 1, 26)  # a Monday
NOW = datetime.combine(AS_OF, time(12, 0), TZ)


@cache
def catalogue() -> tuple[LabTest, ...]:
    return tuple(load_catalogue(seed_path("labs.toml")))


@cache
def monitoring():
    return tuple(load_monitoring_groups(seed_path("labs.toml")))


def protocol(**kw) -> Protocol:
    base = Protocol(id=1, product="TA1", dose=1.6, dose_unit="mg", weekdays=(0, 3), start=START)
    return replace(base, **kw)


def snapshot(**kw) -> Snapshot:
    """A snapshot on AS_OF at noon with one protocol, the seed catalogue and nothing else."""
    fields = {
        "as_of": AS_OF,
        "now": NOW,
        "tz": TZ,
        "protocols": (protocol(),),
        "lab_tests": catalogue(),
        "monitoring": monitoring(),
        "zones": (Zone("abd_l", "Left abdomen", "abdomen", "front", "left"),),
    }
    fields.update(kw)
    return Snapshot(**fields)


def days_ago(n: int) -> date:
    return AS_OF - timedelta(days=n)


def result(code: str, value: float, low=None, high=None, comparator: str = "", unit=None):
    test = next(t for t in catalogue() if t.code == code)
    return LabResult(
        id=None,
        test_code=code,
        value=value,
        unit=test.unit if unit is None else unit,
        comparator=comparator,
        text=f"{comparator}{value:g}",
        range_low=low,
        range_high=high,
    )


def panel(day: date, *results: LabResult) -> LabPanel:
    return LabPanel(id=None, collected_on=day, results=tuple(results))
