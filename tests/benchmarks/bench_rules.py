"""How long all warning rules take on 1, 3 and 10 years of data.

Run: uv run python -m tests.benchmarks.bench_rules [years ...]. Ten years of a twice-weekly protocol: ~1,040 injections (each with its vial), 3,650 diary days,
40 lab panels, a few site reactions. Prints milliseconds per evaluation (target: under 50 ms).
Not a test: timings depend on the machine, so nothing here asserts.
"""

from __future__ import annotations

import random
import statistics
import sys
import time as clock
from datetime import date, datetime, time, timedelta

from app.domain.records import DiaryEntry, Injection, Profile, SiteReaction, Vial
from app.rules import default_rules, evaluate
from tests.support.snapshots import TZ, catalogue, monitoring, panel, protocol, result, snapshot

ROUNDS = 30
AS_OF = date(2036, 1, 1)


def years_of_data(years: int):
    rng = random.Random(6)
    start = AS_OF - timedelta(days=365 * years)
    start -= timedelta(days=start.weekday())
    shots, vials, entries, panels, reactions = [], [], [], [], []
    day = start
    while day <= AS_OF:
        if day.weekday() in (0, 3) and rng.random() > 0.03:
            taken = datetime.combine(day, time(20, rng.randint(0, 59)), TZ)
            vial_id = len(vials) + 1
            vials.append(Vial(vial_id, "TA1", f"L{vial_id}", expiry=day + timedelta(days=300),
                              reconstituted_at=taken - timedelta(minutes=5), beyond_use_hours=24,
                              finished_on=day))  # fmt: skip
            shots.append(Injection(len(shots) + 1, taken, 1, 1.6, "mg", "abd_l", vial_id=vial_id))
            if rng.random() < 0.01:
                reactions.append(SiteReaction(len(reactions) + 1, len(shots), "abd_l",
                                              taken + timedelta(hours=12), "redness", 1,
                                              taken + timedelta(hours=40)))  # fmt: skip
        entries.append(
            DiaryEntry(day, energy=rng.randint(4, 8), fatigue=rng.randint(1, 5),
                       wellbeing=rng.randint(4, 8), sick=rng.random() < 0.03,
                       sickness_kind=rng.choice(["cold", "flu", "stomach"]))
        )  # fmt: skip
        day += timedelta(days=1)
    for n in range(4 * years):
        collected = start + timedelta(days=91 * n)
        panels.append(
            panel(collected, *(result(code, value * rng.uniform(0.8, 1.3), low, high)
                               for code, value, low, high in (
                                   ("alt", 35, 7, 55), ("ast", 30, 8, 48), ("bili", 0.6, 0.1, 1.0),
                                   ("ggt", 25, 9, 48), ("wbc", 6, 4.5, 11), ("plt", 240, 150, 450),
                                   ("lymph", 1.9, 1.0, 4.8), ("hbvdna", 400, None, None))))
        )  # fmt: skip
    return snapshot(
        as_of=AS_OF,
        now=datetime.combine(AS_OF, time(12), TZ),
        profile=Profile(),
        protocols=(protocol(start=start),),
        injections=tuple(shots),
        vials=tuple(vials),
        entries=tuple(entries),
        panels=tuple(panels),
        reactions=tuple(reactions),
        lab_tests=catalogue(),
        monitoring=monitoring(),
    )


def main() -> None:
    """Time every rule on each span of data and print ms per evaluation."""
    for years in [int(a) for a in sys.argv[1:]] or [1, 3, 10]:
        measure(years)


def measure(years: int) -> None:
    snap = years_of_data(years)
    rules = default_rules()
    print(
        f"data: {len(snap.injections)} injections, {len(snap.entries)} diary days, "
        f"{len(snap.panels)} panels, {len(snap.reactions)} reactions; {len(rules)} rules"
    )
    evaluate(snap, rules)  # warm-up
    times = []
    for _ in range(ROUNDS):
        started = clock.perf_counter()
        found = evaluate(snap, rules)
        times.append((clock.perf_counter() - started) * 1000)
    print(f"warnings raised: {len(found)} ({', '.join(w.rule for w in found) or 'none'})")
    print(
        f"all rules, {years} years: median {statistics.median(times):.1f} ms, "
        f"worst {max(times):.1f} ms over {ROUNDS} runs (target < 50 ms)"
    )


if __name__ == "__main__":
    main()
