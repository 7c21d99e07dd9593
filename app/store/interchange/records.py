"""Every row of an import file turned into its record and checked as a screen checks it.

The conversion is the reader's own (`convert`), so a row that passes here reads back later; the
checks are the domain's (`domain.checks`), so the file can hold nothing a screen would refuse.
References between rows (an injection's course, vial and site; a result's panel and test) must
point at rows that exist.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from types import SimpleNamespace
from typing import Any

from app.domain import checks
from app.domain.errors import ValidationError
from app.domain.settings import check_setting
from app.store.interchange.fields import Location
from app.store.reading import convert
from app.store.schema.tables import TABLES


@dataclass(frozen=True)
class DocumentContext:
    """What the import is checked against besides the file: the target's seeded zones and tests,
    and today (a lab panel from the future is refused, as on the screen)."""

    zone_ids: frozenset[str]
    test_codes: frozenset[str]
    today: date


def _checked(where: Location, build: Callable[[], Any]) -> Any:
    try:
        return build()
    except ValidationError as err:
        raise where.fail(err.field, str(err)) from None
    except (ValueError, TypeError, OverflowError, KeyError) as err:
        raise where.fail("", f"cannot be read ({type(err).__name__})") from None


def _unique_keys(table: str, rows: list[dict[str, Any]], name: str) -> None:
    key = TABLES[table].key
    seen: set[tuple] = set()
    for i, row in enumerate(rows):
        value = tuple(row[k] for k in key)
        if value in seen:
            shown = value[0] if len(value) == 1 else value
            raise Location(name, i).fail(key[0], f"{shown!s} appears twice in {name}")
        seen.add(value)


def _refers(where: Location, field: str, value: Any, known: Iterable[Any], what: str) -> None:
    if value is not None and value not in known:
        raise where.fail(field, f"there is no {what} {value} in the file")


def check_document(
    parsed: dict[str, list[dict[str, Any]]],
    lists: dict[str, str],
    context: DocumentContext,
    check_rule_setting: Callable[[str, str], None] | None = None,
) -> None:
    """Raise ValidationError for the first row a screen would refuse."""
    names = {table: name for name, table in lists.items()}
    for table, rows in parsed.items():
        _unique_keys(table, rows, names[table])

    def each(table: str) -> Iterable[tuple[Location, dict[str, Any], SimpleNamespace]]:
        for i, row in enumerate(parsed[table]):
            yield Location(names[table], i), row, SimpleNamespace(**row)

    for where, row, _ in each("setting"):
        _checked(where, lambda r=row: check_setting(r["key"], r["value"], check_rule_setting))
    for where, row, ns in each("profile"):
        if row["id"] != 1:
            raise where.fail("id", "the profile's id is always 1")
        _checked(where, lambda n=ns: checks.check_profile(convert.profile(n), context.today.year))
    zone_ids = set(context.zone_ids)
    for where, _, ns in each("zone"):
        _checked(where, lambda n=ns: checks.check_zone(convert.zone(n)))
        zone_ids.add(ns.id)
    codes = set(context.test_codes)
    for where, _, ns in each("lab_test"):
        _checked(where, lambda n=ns: checks.check_lab_test(convert.lab_test(n)))
        codes.add(ns.code)
    for where, _, ns in each("monitoring_group"):
        _checked(where, lambda n=ns: checks.check_monitoring_group(convert.monitoring(n)))
    for where, _, ns in each("protocol"):
        _checked(where, lambda n=ns: checks.check_protocol(convert.protocol(n)))
    for where, _, ns in each("vial"):
        _checked(where, lambda n=ns: checks.check_vial(convert.vial(n)))
    protocol_ids = {r["id"] for r in parsed["protocol"]}
    vial_ids = {r["id"] for r in parsed["vial"]}
    for where, _, ns in each("injection"):
        _checked(where, lambda n=ns: checks.check_injection(convert.injection(n), zone_ids))
        _refers(where, "protocol_id", ns.protocol_id, protocol_ids, "course (protocol)")
        _refers(where, "vial_id", ns.vial_id, vial_ids, "vial")
    injection_ids = {r["id"] for r in parsed["injection"]}
    for where, _, ns in each("site_reaction"):
        _checked(where, lambda n=ns: checks.check_reaction(convert.reaction(n), zone_ids))
        _refers(where, "injection_id", ns.injection_id, injection_ids, "injection")
    for where, _, ns in each("diary_entry"):
        _checked(where, lambda n=ns: checks.check_entry(convert.entry(n)))
    _check_labs(parsed, names, codes, context.today)
    _check_attachments(parsed, names)
    for where, _, ns in each("medication"):
        _checked(where, lambda n=ns: checks.check_medication(convert.medication(n)))
    for where, _, ns in each("appointment"):
        _checked(where, lambda n=ns: checks.check_appointment(convert.appointment(n)))
    for where, row, ns in each("rule_state"):
        _checked(where, lambda r=row: checks.check_rule_id(r["rule_id"]))
        _checked(where, lambda n=ns: convert.rule_state(n))


def _check_labs(
    parsed: dict[str, list[dict[str, Any]]], names: dict[str, str], codes: set[str], today: date
) -> None:
    panels = {r["id"]: i for i, r in enumerate(parsed["lab_panel"])}
    by_panel: dict[int, list[Any]] = defaultdict(list)
    positions: set[tuple[int, int]] = set()
    for i, row in enumerate(parsed["lab_result"]):
        where = Location(names["lab_result"], i)
        _refers(where, "panel_id", row["panel_id"], panels, "lab panel")
        if (row["panel_id"], row["position"]) in positions:
            raise where.fail("position", "two results of one panel share a position")
        positions.add((row["panel_id"], row["position"]))
        result = _checked(where, lambda r=row: convert.result(SimpleNamespace(**r)))
        _checked(where, lambda res=result: checks.check_result(res, codes))
        by_panel[row["panel_id"]].append(result)
    for panel_id, i in panels.items():
        where = Location(names["lab_panel"], i)
        panel = _checked(
            where, lambda i=i: convert.panel(SimpleNamespace(**parsed["lab_panel"][i]), [])
        )
        panel = replace(panel, results=tuple(by_panel[panel_id]))
        _checked(where, lambda p=panel: checks.check_panel(p, codes, today))


def _check_attachments(parsed: dict[str, list[dict[str, Any]]], names: dict[str, str]) -> None:
    panels = {r["id"] for r in parsed["lab_panel"]}
    reactions = {r["id"] for r in parsed["site_reaction"]}
    files = {r["attachment_id"]: r["data"] for r in parsed["attachment_file"]}
    records = {}
    for i, row in enumerate(parsed["attachment"]):
        where = Location(names["attachment"], i)
        _refers(where, "panel_id", row["panel_id"], panels, "lab panel")
        _refers(where, "reaction_id", row["reaction_id"], reactions, "site reaction")
        if row["id"] not in files:
            raise where.fail("id", "the attached file itself is missing from attachment_files")
        record = _checked(where, lambda r=row: convert.attachment(SimpleNamespace(**r)))
        _checked(where, lambda a=record: checks.check_attachment(a, files[a.id]))
        records[row["id"]] = record
    for i, row in enumerate(parsed["attachment_file"]):
        where = Location(names["attachment_file"], i)
        _refers(where, "attachment_id", row["attachment_id"], records, "attachment")
