"""Every translation call in app/ is one pyside6-lupdate can read, and looks its text up where
lupdate filed it; every message a person reads on the way out of the pure layers (errors, the
command line) goes through one.

lupdate reads `translate("Context", "text", "comment")` and `self.tr("text")` (context: the
class). It skips a call whose arguments are not literals, and files a bare `tr("text")` under
the empty context, where the runtime never looks (docs/languages.md).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
# Where a text from data is looked up on purpose (its source text was collected elsewhere).
DYNAMIC_LOOKUPS = {
    "app/domain/i18n/__init__.py",
    "app/domain/i18n/seeds.py",
    "app/ui/warnings/labels.py",  # thresholds' labels, marked with QT_TRANSLATE_NOOP
    # Names, reasons and notes of the person's cautions and conditions, marked with
    # QT_TRANSLATE_NOOP where they are declared (app/domain/person.py and the dialogs).
    "app/domain/person.py",
    "app/cli/profile.py",
    "app/report/section_person.py",
    "app/ui/person/texts.py",
    "app/ui/person/first_run.py",
    "app/ui/person/medication_dialog.py",
    "app/ui/person/passphrase_dialog.py",
    "app/ui/person/profile_parts.py",
    "app/ui/person/settings_dialog.py",
}
# Exceptions whose message a person reads.
USER_ERRORS = {"UserError", "ValidationError", "LabInputError", "NotADiary", "ReadFailed",
               "WrongPassphrase"}  # fmt: skip


_HOW_TO = (
    '\n\nWrap each as translate("Context", "Text {name}").format(name=...) (app.domain.i18n'
    " outside Qt code), then run `uv run python -m tools.translations update` and translate the new"
    " entries (docs/languages.md)."
)


def modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(APP.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        name = str(path.relative_to(ROOT))
        yield name, ast.parse(path.read_text(encoding="utf-8"), name)


def _is_literal(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) or node.value is None
    return False


def _callee(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return f"{ast.unparse(func.value)}.{func.attr}"
    return ""


def test_translate_calls_have_literal_arguments() -> None:
    bad = []
    for name, tree in modules():
        if name in DYNAMIC_LOOKUPS:
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            callee = _callee(node)
            if callee in ("translate", "QCoreApplication.translate"):
                args = node.args[:3]
                if len(args) < 2 or not all(_is_literal(a) for a in args) or node.keywords:
                    bad.append(f"{name}:{node.lineno}: {ast.unparse(node)[:90]}")
            elif callee.endswith(".tr") or callee == "tr":
                args = node.args[:2]
                if not args or not all(_is_literal(a) for a in args):
                    bad.append(f"{name}:{node.lineno}: {ast.unparse(node)[:90]}")
    assert not bad, "lupdate cannot read these:\n" + "\n".join(bad)


def test_tr_is_only_called_on_self() -> None:
    bad = []
    for name, tree in modules():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and (callee := _callee(node)) in ("tr", "_tr")
                or (isinstance(node, ast.Call) and callee.endswith(".tr") and callee != "self.tr")
            ):
                bad.append(f"{name}:{node.lineno}: {ast.unparse(node)[:90]}")
            alias = isinstance(node, ast.Assign) and ast.unparse(node.value).endswith(".translate")
            if alias and any(isinstance(t, ast.Name) and t.id != "translate" for t in node.targets):
                bad.append(f"{name}:{node.lineno}: an alias lupdate cannot follow")
    assert not bad, "Filed under another context than the runtime's:\n" + "\n".join(bad)


def _plain_text(node: ast.AST) -> bool:
    """A literal or f-string with words in it (not one wrapped in a translate call)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.isalpha() for c in node.value) and " " in node.value.strip()
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        text = text.removeprefix("dosebook: ")  # the program's name before a message
        return re.search(r"[A-Za-z]{2,}", text) is not None and " " in text.strip()
    if isinstance(node, ast.BinOp):
        return _plain_text(node.left) or _plain_text(node.right)
    return False


def test_messages_for_people_are_translated() -> None:
    """User errors raised anywhere, and what the command line prints, go through a catalogue."""
    bad = []
    for name, tree in modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                error = _callee(node.exc).split(".")[-1]
                if error in USER_ERRORS and node.exc.args and _plain_text(node.exc.args[0]):
                    bad.append(f"{name}:{node.lineno}: {ast.unparse(node.exc)[:90]}")
            printed = name.startswith("app/cli/") and isinstance(node, ast.Call)
            if printed and _callee(node) == "print" and node.args and _plain_text(node.args[0]):
                bad.append(f"{name}:{node.lineno}: {ast.unparse(node)[:90]}")
    assert not bad, "Not wrapped for translation:\n" + "\n".join(bad) + _HOW_TO
