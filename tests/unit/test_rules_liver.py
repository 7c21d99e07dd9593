"""Hy's law at its boundaries (FDA guidance on drug-induced liver injury, 2009)."""

from __future__ import annotations

import pytest

from tests.support.snapshots import days_ago, panel, result, snapshot
from tests.unit.test_rules_labs import fired, lab_warnings

# Hy's law (FDA 2009): ALT or AST > 3x ULN, total bilirubin > 2x ULN, ALP < 2x ULN; the bilirubin
# within 30 days of the ALT or AST. ULNs here: ALT 55, AST 48, bilirubin 1.0, ALP 115.
HYS_LAW = [
    # alt, ast, bili, alp, days between the enzyme and the bilirubin, fires
    (165.1, None, 2.01, 100, 0, True),
    (165, None, 2.01, 100, 0, False),  # exactly 3x the ULN is not above it
    (165.1, None, 2.0, 100, 0, False),  # exactly 2x the ULN is not above it
    (None, 144.1, 2.5, 100, 0, True),  # AST counts as ALT does
    (None, 144, 2.5, 100, 0, False),
    (200, None, 2.5, 229.9, 0, True),  # ALP just under 2x its ULN
    (200, None, 2.5, 230, 0, False),  # ALP at 2x: blocked bile flow, not this pattern
    (200, None, 2.5, 600, 0, False),  # the ALP of 2.6x the ULN that used to fire
    (200, None, 2.5, None, 0, True),  # no ALP measured: still the pattern
    (200, None, 2.5, 100, 30, True),  # bilirubin 30 days after the ALT
    (200, None, 2.5, 100, -30, True),  # or 30 days before it
    (200, None, 2.5, 100, 31, False),
]


@pytest.mark.parametrize(("alt", "ast", "bili", "alp", "apart", "fires"), HYS_LAW)
def test_hys_law_boundaries(
    alt: float | None, ast: float | None, bili: float, alp: float | None, apart: int, fires: bool
) -> None:
    enzymes = [result("alt", alt, 7, 55)] if alt else [result("ast", ast, 8, 48)]
    if alp is not None:
        enzymes.append(result("alp", alp, 45, 115))
    enzyme_day = days_ago(40)
    bili_day = days_ago(40 - apart)
    if apart == 0:
        panels = (panel(enzyme_day, *enzymes, result("bili", bili, 0.1, 1.0)),)
    else:
        panels = tuple(
            sorted(
                (panel(enzyme_day, *enzymes), panel(bili_day, result("bili", bili, 0.1, 1.0))),
                key=lambda p: p.collected_on,
            )
        )
    assert bool(fired(snapshot(panels=panels), "hys_law")) is fires


def test_hys_law_claims_its_results_so_they_show_once() -> None:
    snap = snapshot(
        panels=(
            panel(
                days_ago(4),
                result("alt", 200, 7, 55),
                result("bili", 2.5, 0.1, 1.0),
                result("alp", 100, 45, 115),
            ),
        )
    )
    found = lab_warnings(snap)
    assert (found[0].rule, found[0].severity) == ("hys_law", "urgent")
    assert found[0].evidence == (
        "On 20 Nov: ALT 200 U/L (3.6× the upper limit) with TBIL 2.5 mg/dL (2.5× the upper "
        "limit); ALP 100 U/L (0.9× the upper limit)",
    )
    assert not any("ALT 200" in e or "TBIL 2.5" in e for w in found[1:] for e in w.evidence)


def test_hys_law_on_different_days_and_without_alp_says_so() -> None:
    snap = snapshot(
        panels=(
            panel(days_ago(20), result("alt", 200, 7, 55)),
            panel(days_ago(6), result("bili", 2.5, 0.1, 1.0)),
        )
    )
    assert fired(snap, "hys_law") == [
        "ALT 200 U/L on 4 Nov (3.6× the upper limit) with TBIL 2.5 mg/dL on 18 Nov (2.5× the "
        "upper limit); no ALP measured within 30 days"
    ]


def test_hys_law_back_in_range_steps_down() -> None:
    snap = snapshot(
        panels=(
            panel(days_ago(60), result("alt", 200, 7, 55), result("bili", 2.5, 0.1, 1.0)),
            panel(days_ago(5), result("alt", 40, 7, 55), result("bili", 0.8, 0.1, 1.0)),
        )
    )
    hys = next(w for w in lab_warnings(snap) if w.rule == "hys_law")
    assert hys.severity == "info"
    assert hys.evidence[0].endswith(
        "; no ALP measured within 30 days; all back in range since 19 Nov"
    )
