"""The body-map SVG holds one closed shape per seed zone, on the right view and the right side."""

from __future__ import annotations

import math
import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "bodymap.svg"
SHAPES = {"path", "rect", "ellipse", "circle", "polygon"}
# The figure is about 570 SVG units tall for about 170 cm, so 5 cm is about 16.7 units.
FIVE_CM = 16.7
NAVEL = (0.0, 268.0)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _seed_zones() -> list[dict[str, str]]:
    return tomllib.loads((ROOT / "seeds" / "zones.toml").read_text(encoding="utf-8"))["zone"]


def _elements_with_view() -> dict[str, tuple[ET.Element, str]]:
    """Every element with an id, and the view group (front/back) it sits in."""
    found: dict[str, tuple[ET.Element, str]] = {}

    def walk(node: ET.Element, view: str) -> None:
        for child in node:
            child_view = view
            if child.get("id") in ("view-front", "view-back"):
                child_view = child.get("id", "").removeprefix("view-")
            if child.get("id"):
                assert child.get("id") not in found, f"duplicate id {child.get('id')}"
                found[child.get("id", "")] = (child, child_view)
            walk(child, child_view)

    walk(ET.parse(SVG).getroot(), "")
    return found


def _points(element: ET.Element) -> list[tuple[float, float]]:
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", element.get("d", ""))]
    return list(zip(numbers[::2], numbers[1::2], strict=False))


ZONES = _seed_zones()
ELEMENTS = _elements_with_view()


def test_there_are_fourteen_seed_zones() -> None:
    assert len(ZONES) == 14
    assert len({z["id"] for z in ZONES}) == 14


@pytest.mark.parametrize("zone", ZONES, ids=[z["id"] for z in ZONES])
def test_each_zone_is_one_closed_shape_in_its_view(zone: dict[str, str]) -> None:
    assert zone["id"] in ELEMENTS, "the map cannot show a zone the SVG does not draw"
    element, view = ELEMENTS[zone["id"]]
    assert _local(element.tag) in SHAPES
    if _local(element.tag) == "path":
        assert element.get("d", "").rstrip().upper().endswith("Z"), "zone outline must be closed"
    assert view == zone["view"]
    # Zones are painted by the app; a stroke would make the renderer's bounds larger than the shape.
    assert element.get("stroke") in (None, "none")


@pytest.mark.parametrize("zone", ZONES, ids=[z["id"] for z in ZONES])
def test_sides_follow_the_anatomical_convention(zone: dict[str, str]) -> None:
    # Each view is drawn around x = 0. From the front the person's left is on our right;
    # from behind it is on our left.
    xs = [x for x, _ in _points(ELEMENTS[zone["id"]][0])]
    mean_x = sum(xs) / len(xs)
    on_viewer_right = mean_x > 0
    person_left = zone["side"] == "left"
    assert on_viewer_right == (person_left if zone["view"] == "front" else not person_left)


@pytest.mark.parametrize("zone_id", [z["id"] for z in ZONES if z["area"] == "abdomen"])
def test_abdomen_quarters_keep_five_cm_clear_of_the_navel(zone_id: str) -> None:
    for x, y in _points(ELEMENTS[zone_id][0]):
        assert math.dist((x, y), NAVEL) >= FIVE_CM


def test_views_are_labelled_front_and_back_with_left_and_right_marks() -> None:
    for view, title, viewer_left in (("front", "Front", "R"), ("back", "Back", "L")):
        texts = {
            t.text: float(t.get("x", "0"))
            for t in ELEMENTS[f"view-{view}"][0].iter()
            if _local(t.tag) == "text"
        }
        assert title in texts
        viewer_right = "L" if viewer_left == "R" else "R"
        assert texts[viewer_left] < 0 < texts[viewer_right]
