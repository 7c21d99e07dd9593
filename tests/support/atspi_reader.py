"""Read an application's accessibility tree from the AT-SPI bus, as a screen reader would.

Runs under the system's Python (it needs `gi` and Atspi from Debian: python3-gi,
gir1.2-atspi-2.0), not the project's: `/usr/bin/python3 atspi_reader.py APP_NAME [SECONDS]`.
Prints the tree as JSON lines, one node per line: path ("/application[0]/frame[0]/…", roles
with the index among siblings), role, name, description, states, value and actions. Exit 2 when the application does not show up in time.
"""

from __future__ import annotations

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

MAX_DEPTH = 40


def find_app(name: str, seconds: float) -> Atspi.Accessible | None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            if app is not None and app.get_name() == name and app.get_child_count() > 0:
                return app
        time.sleep(0.3)
    return None


def node(accessible: Atspi.Accessible, path: str) -> dict:
    states = accessible.get_state_set()
    out = {
        "path": path,
        "role": accessible.get_role_name(),
        "name": accessible.get_name(),
        "description": accessible.get_description(),
        "states": sorted(
            s.value_nick for s in Atspi.StateType.__enum_values__.values() if states.contains(s)
        ),
    }
    value = accessible.get_value_iface() if hasattr(accessible, "get_value_iface") else None
    if value is not None:
        out["value"] = [
            value.get_current_value(),
            value.get_minimum_value(),
            value.get_maximum_value(),
        ]
    action = accessible.get_action_iface() if hasattr(accessible, "get_action_iface") else None
    if action is not None:
        out["actions"] = [action.get_action_name(i) for i in range(action.get_n_actions())]
    return out


def walk(accessible: Atspi.Accessible, path: str = "", depth: int = 0, index: int = 0) -> None:
    here = f"{path}/{accessible.get_role_name()}[{index}]"
    print(json.dumps(node(accessible, here)), flush=True)
    if depth >= MAX_DEPTH:
        return
    for index in range(accessible.get_child_count()):
        child = accessible.get_child_at_index(index)
        if child is not None:
            walk(child, here, depth + 1, index)


def main() -> int:
    import warnings

    warnings.simplefilter("ignore", DeprecationWarning)  # get_*_iface, fine on Debian 12
    name = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
    app = find_app(name, seconds)
    if app is None:
        print(f"{name} did not appear on the accessibility bus", file=sys.stderr)
        return 2
    walk(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
