"""Write docs/warning-rules.md from seeds/rules.toml, so the document cannot drift from the rules.

Run: uv run python tools/rules_doc.py          (rewrites docs/warning-rules.md)
     uv run python tools/rules_doc.py --check  (exit 1 when the file is out of date)
A test (tests/unit/test_rules_doc.py) fails when the committed file differs from what this writes.
"""

from __future__ import annotations

import argparse
import inspect
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.rules import CONDITIONS, PARAMS, Rule, default_rules, setting_key, words  # noqa: E402
from app.rules.facts import BASELINE_DAYS_BEFORE_START  # noqa: E402

DOC = ROOT / "docs" / "warning-rules.md"
_SEVERITY = {"urgent": "Urgent", "warning": "Warning", "info": "Note (info)"}

INTRO = f"""# Warning rules

Generated from `seeds/rules.toml` by `tools/rules_doc.py`: do not edit by hand. Run
`uv run python tools/rules_doc.py` after changing the rules; a test fails while this file is out of
date.

Every warning is a prompt to talk to a doctor, with the data that raised it and the source the rule
rests on. Dosebook never diagnoses and never suggests a dose. `dosebook warnings --json` prints
each warning with its rule's id (below), which stays the same across versions
(docs/warnings-json.md).

## How the rules work together

- **Severity.** Urgent: talk to your doctor soon. Warning: talk to your doctor about it. Note
  (`info`): mention it at the next visit.
- **Once per thing seen.** Rules run most severe first, then in the order of the file. Evidence a
  rule has shown (one lab result, one day, one reaction) is left out of the rules after it, so each
  result outside its range is mentioned once.
- **Lab results at the severity their grade gives.** Grades follow NCI CTCAE v5.0 against the
  range printed with the result: grade 3 or 4 is urgent (`lab_grade_severe`), grade 2 a warning
  (`liver_grade`, `blood_count_low`), and grade 1, or a test CTCAE does not grade (a high white
  count, CD8, IgG, IL-6, a word result that is not the expected one), a note
  (`lab_out_of_range`), from the first panel on.
- **CTCAE boundaries as written.** "> 3.0 - 5.0 x ULN" is more than 3.0 times and up to 5.0
  times: exactly 3.0 times the upper limit is still the grade below. Falls work the same way
  ("< 3.0 - 2.0": exactly 3.0 is grade 1).
- **An abnormal baseline.** For ALT, AST, ALP, GGT and total bilirubin, when the result before the
  course (the last one in the {BASELINE_DAYS_BEFORE_START} days up to its start) was above its own
  upper limit, CTCAE v5 grades in multiples of that baseline: grade 1 from 1.5× (ALT, AST) or 2.0×
  (ALP, GGT) the baseline, or above 1.0× it (bilirubin), then more than 3×, 5×, 20× (ALT, AST),
  2.5×, 5×, 20× (ALP, GGT) or 1.5×, 3×, 10× (bilirubin). A result during the course is never a
  baseline. A result above its range but below that grade-1 start is a note, "not graded".
- **Back in range.** When newer results of every test a warning saw are back within their range
  (or a reaction was marked settled), the warning steps down to a note, says "back in range since
  …", and shows its settled message instead.
- **A change inside the range** (a bilirubin from 0.3 to 0.6) is a note at most (`liver_rise`).
- **Hy's law window.** The FDA guidance sets no number of days between the ALT or AST and the
  bilirubin; Dosebook counts a bilirubin collected within `pair_days` (30) days of the ALT or AST,
  before or after, and looks at the ALP nearest in time to the ALT or AST within the same window.
- **Only for a condition.** A rule may carry `only_for` (e.g. `hepatitis_b`): it is shown only when
  the person's profile names that condition. No shipped rule uses it yet.
- **Grades in words.** A grade reads "grade 2 of 5 on the CTCAE scale"; CTCAE's name for a grade is
  never printed beside a person's value. The data dialog and Help → Warning signs and emergencies
  explain the scale.
- **Thresholds are the person's to change** (Settings → Warning rules, with their doctor); changed
  values are kept in the encrypted diary under the setting keys listed below. The values here are
  the defaults.
"""


def _looks_at(rule: Rule) -> str:
    doc = inspect.getdoc(CONDITIONS[rule.condition].check) or ""
    return " ".join(doc.split("\n\n")[0].split())


def _rule(rule: Rule) -> str:
    severity = _SEVERITY[rule.severity]
    settles = CONDITIONS[rule.condition].settles
    if settles and rule.severity != "info":
        severity += "; a note once everything it saw has settled"
    lines = [
        f"### `{rule.id}`: {rule.title}",
        "",
        f"- **Severity:** {severity}",
        f"- **Looks at** (`{rule.condition}`): {_looks_at(rule)}",
    ]
    if rule.only_for:
        lines.append(f"- **Only for:** `{rule.only_for}` in the profile")
    lines += [f"- **Says:** {rule.message_text()}"]
    if settles:
        lines.append(f"- **Once settled, says:** {rule.settled_message}")
    lines += [f"- **Source:** {rule.source}", ""]
    if rule.params:
        lines += ["| Threshold | Default | Setting key |", "| --- | --- | --- |"]
        for name, value in rule.params.items():
            spec = PARAMS[name]
            key = f"`{setting_key(rule.id, name)}`" if spec.editable else "fixed"
            lines.append(f"| {spec.label} (`{name}`) | {words.threshold(value)} | {key} |")
        lines.append("")
    return "\n".join(lines)


def render() -> str:
    """The whole document for the rules as shipped."""
    rules = default_rules()
    index = ["## The rules", "", "| Id | Severity | Title |", "| --- | --- | --- |"]
    index += [f"| `{r.id}` | {r.severity} | {r.title} |" for r in rules]
    body = "\n".join(_rule(r) for r in rules)
    return f"{INTRO}\n" + "\n".join(index) + "\n\n" + body


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is up to date")
    args = parser.parse_args()
    text = render()
    if args.check:
        current = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
        if current != text:
            print(f"{DOC.relative_to(ROOT)} is out of date: run tools/rules_doc.py")
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    print(f"Wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
