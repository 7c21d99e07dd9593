"""Everything one report shows, read once through the Diary facade and worked out by the domain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from app.domain.diary import (
    Comparison,
    Episode,
    EpisodeFigures,
    compare_before_since,
    episode_figures,
    rolling_mean,
    series,
    sick_day_spans,
    sick_episodes,
)
from app.domain.labs import DueItem, Flag, flag_result, labs_due, last_done_by_group
from app.domain.person import conditions_text, next_appointment, standing_cautions
from app.domain.records import (
    Appointment,
    Attachment,
    Caution,
    DiaryEntry,
    Injection,
    LabPanel,
    LabResult,
    LabTest,
    Medication,
    Protocol,
    SiteReaction,
    Zone,
)
from app.domain.schedule import AdherenceSummary, DoseOutcome, adherence, summarize
from app.domain.sites import ZoneUsage, zone_usage
from app.report.options import ReportOptions
from app.report.text import long_day, translate

if TYPE_CHECKING:
    from app.store.diary import Diary

ROLLING_DAYS = 7


def coming_appointment(diary: Diary, now: datetime) -> Appointment | None:
    """The appointment a report is for: the next one from the start of today."""
    tz = diary.timezone()
    start_of_day = datetime.combine(now.astimezone(tz).date(), time(0), tz)
    return next_appointment(diary.appointments(), start_of_day)


def first_record_day(diary: Diary) -> date | None:
    """The first day the diary has anything for: an entry, an injection, a lab panel or the
    start of a course; None for an empty diary."""
    tz = diary.timezone()
    firsts = [p.start for p in diary.protocols()[:1]]
    firsts += [e.day for e in diary.entries()[:1]]
    firsts += [i.taken_at.astimezone(tz).date() for i in diary.injections()[:1]]
    firsts += [p.collected_on for p in diary.panels()[:1]]
    return min(firsts, default=None)


RATINGS: tuple[tuple[str, str], ...] = (
    ("energy", "Energy (0–10, higher is better)"),
    ("fatigue", "Fatigue (0–10, higher is worse)"),
    ("wellbeing", "Well-being (0–10, higher is better)"),
)


@dataclass(frozen=True)
class ProtocolPart:
    """One protocol over the report's range: its doses and how they went."""

    protocol: Protocol
    outcomes: tuple[DoseOutcome, ...]
    summary: AdherenceSummary


@dataclass(frozen=True)
class LabRow:
    """One test: its latest result in the range against the one before it."""

    test: LabTest
    latest: tuple[date, LabResult]
    previous: tuple[date, LabResult] | None
    flagged_in_range: bool  # any result in the range was outside its range


@dataclass(frozen=True)
class Appended:
    """One attached file for the appendix: what it belongs to, and the file itself."""

    caption: str
    attachment: Attachment
    data: bytes


@dataclass(frozen=True)
class PersonPart:
    """Who the report is about, for the doctor: what the protocol is for, allergies, standing
    cautions, other medicines in the range, and the appointment the report is for."""

    conditions: str = ""
    allergies: str = ""
    cautions: frozenset[Caution] = frozenset()
    medications: tuple[Medication, ...] = ()  # taken at some time in the range
    appointment: Appointment | None = None


@dataclass(frozen=True)
class ReportData:
    """The figures behind the report; built by `gather`, drawn by the section writers."""

    options: ReportOptions
    now: datetime
    name: str
    protocols: tuple[ProtocolPart, ...]
    injections: tuple[Injection, ...]  # taken in the range
    reactions: tuple[SiteReaction, ...]  # seen in the range
    zones: tuple[Zone, ...]
    usage: dict[str, ZoneUsage]  # uses within the range only
    entries: tuple[DiaryEntry, ...]  # in the range
    lead_in: tuple[DiaryEntry, ...]  # the week before, so the rolling mean starts on day one
    episodes: tuple[Episode, ...]  # that touch the range
    figures: EpisodeFigures
    comparison: Comparison | None  # before the first protocol and since, up to the range's end
    tests: dict[str, LabTest]
    panels: tuple[LabPanel, ...]  # up to the range's end (charts show the history)
    lab_rows: tuple[LabRow, ...]
    due: tuple[DueItem, ...]
    unit_system: str = "conventional"  # the units lab charts are drawn in
    appendix: tuple[Appended, ...] = ()  # attached reports and photos, when asked for
    person: PersonPart = PersonPart()

    @property
    def adherence(self) -> AdherenceSummary:
        """All protocols' doses in the range, counted together."""
        return summarize([o for part in self.protocols for o in part.outcomes])

    def rating_series(self, field: str) -> tuple[list, list]:
        """Daily values in the range and their 7-day rolling mean (lead-in days feed the mean)."""
        points = series(self.lead_in + self.entries, field)
        rolling = rolling_mean(points, ROLLING_DAYS)
        start = self.options.start
        return [p for p in points if p[0] >= start], [p for p in rolling if p[0] >= start]

    def sick_spans(self) -> list[tuple[date, date]]:
        """Runs of sick days inside the range, for shading the charts."""
        return sick_day_spans(self.entries)

    def injection_days(self) -> list[date]:
        """Local days with an injection, for the ticks under the symptom charts."""
        tz = self.now.tzinfo
        return sorted({i.taken_at.astimezone(tz).date() for i in self.injections})

    def chart_codes(self) -> list[str]:
        """Tests that get a chart: flagged in the range, or asked for; in table order."""
        wanted = self.options.chart_tests
        return [
            row.test.code
            for row in self.lab_rows
            if row.flagged_in_range or row.test.code in wanted
        ] + sorted(code for code in wanted if code in self.tests and not self._has_row(code))

    def _has_row(self, code: str) -> bool:
        return any(row.test.code == code for row in self.lab_rows)


def gather(diary: Diary, options: ReportOptions, now: datetime | None = None) -> ReportData:
    """Read what the report needs for options.start..options.end (both days included)."""
    tz = diary.timezone()
    start, end = options.start, options.end
    end_of_range = datetime.combine(end + timedelta(days=1), time(0), tz)
    now = (now or datetime.now(tz)).astimezone(tz)
    # Doses due at the end of the range are judged as of then, not of today.
    judged_at = min(now, end_of_range)
    first_instant = datetime.combine(start, time(0), tz)

    injections = diary.injections(end=end_of_range)
    protocols = tuple(
        _protocol_part(p, injections, tz, start, end, judged_at) for p in diary.protocols()
    )
    in_range = tuple(i for i in injections if i.taken_at >= first_instant)
    zones = tuple(diary.zones())
    usage = zone_usage(zones, [(i.zone_id, i.taken_at) for i in in_range], judged_at)
    reactions = tuple(r for r in diary.reactions() if first_instant <= r.observed_at < end_of_range)

    all_entries = diary.entries(end=end)
    entries = tuple(e for e in all_entries if e.day >= start)
    lead_in = tuple(e for e in all_entries if start - timedelta(days=ROLLING_DAYS) < e.day < start)
    episodes = tuple(e for e in sick_episodes(all_entries) if e.end >= start)
    figures = episode_figures(episodes, start, end, entries=entries, today=judged_at.date())
    comparison = None
    if protocols:
        first_start = min(part.protocol.start for part in protocols)
        if first_start <= end:
            comparison = compare_before_since(
                sick_episodes(all_entries), all_entries, first_start, end
            )

    tests = {t.code: t for t in diary.lab_tests()}
    panels = tuple(diary.panels(end=end))
    last_done = last_done_by_group(panels, tests.values())
    due = tuple(labs_due(diary.monitoring_groups(), last_done, end))
    profile = diary.profile()
    name = profile.name if options.show_name else ""
    medications = diary.medications()
    person = PersonPart(
        conditions=conditions_text(profile),
        allergies=profile.allergies,
        cautions=standing_cautions(profile, medications, end),
        medications=tuple(
            m for m in medications if (m.started or start) <= end and (m.stopped or end) >= start
        ),
        appointment=coming_appointment(diary, now),
    )
    return ReportData(
        options=options,
        now=now,
        name=name,
        protocols=tuple(p for p in protocols if p.outcomes or _runs_in(p.protocol, start, end)),
        injections=in_range,
        reactions=reactions,
        zones=zones,
        usage=usage,
        entries=entries,
        lead_in=lead_in,
        episodes=episodes,
        figures=figures,
        comparison=comparison,
        tests=tests,
        panels=panels,
        lab_rows=tuple(_lab_rows(panels, tests, start)),
        due=due,
        unit_system=diary.lab_unit_system(),
        appendix=tuple(_appendix(diary, panels, reactions, start, tz))
        if options.attachments
        else (),
        person=person,
    )


def _protocol_part(
    protocol: Protocol,
    injections: list[Injection],
    tz: object,
    start: date,
    end: date,
    now: datetime,
) -> ProtocolPart:
    outcomes = tuple(adherence(protocol, injections, tz, start, end, now))
    return ProtocolPart(protocol, outcomes, summarize(outcomes))


def _runs_in(protocol: Protocol, start: date, end: date) -> bool:
    last = min((d for d in (protocol.planned_end, protocol.ended_on) if d), default=None)
    return protocol.start <= end and (last is None or last >= start)


def _lab_rows(panels: tuple[LabPanel, ...], tests: dict[str, LabTest], start: date) -> list[LabRow]:
    """Tests with a result in the range, in catalogue order."""
    history: dict[str, list[tuple[date, LabResult]]] = {}
    for panel in panels:  # oldest first
        for result in panel.results:
            history.setdefault(result.test_code, []).append((panel.collected_on, result))
    rows: list[LabRow] = []
    for code, test in tests.items():
        results = history.get(code, [])
        inside = [(day, r) for day, r in results if day >= start]
        if not inside:
            continue
        latest = inside[-1]
        before = results[: results.index(latest)]
        flagged = any(flag_result(r) in _OUT_OF_RANGE for _day, r in inside)
        rows.append(LabRow(test, latest, before[-1] if before else None, flagged))
    return rows


_OUT_OF_RANGE = frozenset({Flag.LOW, Flag.HIGH, Flag.ABNORMAL})


def _appendix(
    diary: Diary,
    panels: tuple[LabPanel, ...],
    reactions: tuple[SiteReaction, ...],
    start: date,
    tz: tzinfo,
) -> list[Appended]:
    """The files kept with the period's lab panels and site reactions, oldest first."""
    found: list[Appended] = []
    for panel in panels:
        if panel.collected_on < start or panel.id is None:
            continue
        where = f" ({panel.lab})" if panel.lab else ""
        for attachment in diary.attachments_of(panel_id=panel.id):
            caption = translate("report", "Lab report of {day}{lab}: {name}").format(
                day=long_day(panel.collected_on), lab=where, name=attachment.name
            )
            found.append(Appended(caption, attachment, diary.attachment_data(attachment.id)))
    for reaction in reactions:
        if reaction.id is None:
            continue
        for attachment in diary.attachments_of(reaction_id=reaction.id):
            day = long_day(reaction.observed_at.astimezone(tz).date())
            caption = translate("report", "Site reaction of {day}: {name}").format(
                day=day, name=attachment.name
            )
            found.append(Appended(caption, attachment, diary.attachment_data(attachment.id)))
    return found
