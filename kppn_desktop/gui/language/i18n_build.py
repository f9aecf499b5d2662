"""Keep the translation files current: ``python -m kppn_desktop.gui.language.i18n_build``.

1. Texts lupdate cannot see are listed in ``kppn_desktop/resources/translations/marked_strings.py`` (never
   imported; lupdate reads it): texts marked with ``N_("…")`` (context ``Messages``); below gui/
   also the literal messages that reach the screen unmarked (a raised error's message, a field's
   message in a ``ValidationError`` or ``errors[...] = "…"``, ``validation._fail``'s message and
   the labels given to the validation helpers); and calls of a gui module's own helper such as
   ``_tr("…")`` defined as ``return QCoreApplication.translate("Context", text)``.
2. ``pyside6-lupdate`` reads ``ui/*.ui``, every module of gui/ (not the compiled forms: the
   ``u"…"`` strings there are invisible to it) and that list, into ``kppn_en.ts``.
3. ``pyside6-lrelease`` builds every ``.ts`` there (``kppn_en``, and ``qtbase_id`` written by hand)
   into its ``.qm``.

``--check`` changes nothing and reports what is missing or stale (the test suite runs it).
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "kppn_desktop"
TRANSLATIONS = ROOT / "kppn_desktop" / "resources" / "translations"
MARKED = TRANSLATIONS / "marked_strings.py"
OURS = TRANSLATIONS / "kppn_en.ts"
MESSAGES = "Messages"
#: Where ``N_`` marks texts the screen shows (the papers in documents/ stay Indonesian).
MARKED_LAYERS = ("domain", "storage", "services", "gui")


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def _literal(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _gui_modules() -> list[Path]:
    gui = PACKAGE / "gui"
    return sorted(p for p in gui.rglob("*.py") if "forms" not in p.relative_to(gui).parts)


def _helpers(tree: ast.Module) -> dict[str, str]:
    """A module's own ``def name(text): ... QCoreApplication.translate("Ctx", text) ...``."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        for call in ast.walk(node):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate" and len(call.args) >= 2
                    and _literal(call.args[0]) is not None
                    and isinstance(call.args[1], ast.Name)
                    and call.args[1].id == node.args.args[0].arg):
                found[node.name] = _literal(call.args[0])
    return found


def marked_strings() -> list[tuple[str, str, str]]:
    """(context, text, where) of every text lupdate cannot find by itself."""
    out: list[tuple[str, str, str]] = []
    for path in _gui_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = _helpers(tree)
        if not helpers:
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in helpers and node.args and _literal(node.args[0]) is not None):
                out.append((helpers[node.func.id], _literal(node.args[0]),
                            f"{path.relative_to(ROOT)}:{node.lineno}"))
    for layer in MARKED_LAYERS:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            where = str(path.relative_to(ROOT))
            for node in ast.walk(tree):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id == "N_" and node.args):
                    text = _literal(node.args[0])
                    if text is None:
                        raise SystemExit(f"{path}:{node.lineno}: N_ takes a literal text")
                    out.append((MESSAGES, text, f"{where}:{node.lineno}"))
            if layer != "gui":
                out += [(MESSAGES, text, f"{where}:{line}") for text, line in _messages_of(tree)]
    return out


#: The errors the rules raise (domain/errors.py): their messages are shown on screen.
_ERRORS = {"KppnError", "ValidationError", "TransitionError", "PermissionDenied", "ConflictError",
           "NotFound", "AuthenticationError", "SessionEnded"}
#: Validation helpers and the position of their ``label`` (the field's name in a message).
_LABELLED = {"clean_text": 2, "clean_text_into": 3, "required": 2, "_digit_code": 2,
             "Key": 2}    # services/settings.py: a setting's label


def _name(func) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _messages_of(tree: ast.Module):
    """Literal messages below gui/ that reach the screen without a mark: the message of a
    raised error, a field's message in a ``ValidationError`` or an ``errors[...]`` dict, the
    message of ``validation._fail``, and the labels given to the validation helpers."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if name in _ERRORS and node.args:
                first = node.args[0]
                if isinstance(first, ast.Dict):
                    for value in first.values:
                        yield from _literals(value)
                else:
                    yield from _literals(first)
            elif name == "_fail" and len(node.args) > 1:
                yield from _literals(node.args[1])
            elif name in _LABELLED:
                label = next((k.value for k in node.keywords if k.arg == "label"), None)
                if label is None and len(node.args) > _LABELLED[name]:
                    label = node.args[_LABELLED[name]]
                if label is not None:
                    yield from _literals(label)
        elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name)
                and t.value.id in ("errors", "problems") for t in node.targets):
            yield from _literals(node.value)


def _literals(node):
    """The literal texts ``node`` evaluates to: a literal, either side of a conditional."""
    if _literal(node) is not None:
        yield _literal(node), node.lineno
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)


def marked_source() -> str:
    lines = ['"""Generated by ``python -m kppn_desktop.gui.language.i18n_build``: the texts lupdate cannot',
             'find by itself (marked with N_ below gui/, or passed to a module\'s own helper).',
             'Never imported; lupdate reads it."""', "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    seen = set()
    for context, text, where in sorted(marked_strings(), key=lambda m: (m[0], m[1])):
        if (context, text) in seen:
            continue
        seen.add((context, text))
        lines.append(f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})"
                     f"  # {where.split(':')[0]}")
    return "\n".join(lines) + "\n"


def suspicious_calls() -> list[str]:
    """tr() calls a translation can never reach: a text that is not a literal (an f-string, a
    variable: lupdate cannot list it) or ``other.tr("…")`` (lupdate files it under the variable's
    name, Qt looks it up under the object's class)."""
    out = []
    for path in _gui_modules():
        if path.name == "i18n.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr" and node.args):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if _literal(node.args[0]) is None:
                out.append(f"{where}: tr() of something other than a literal text")
            elif not (isinstance(node.func.value, ast.Name) and node.func.value.id in ("self", "cls")):
                out.append(f"{where}: tr() called on another object than self")
    return out


def lupdate(ts: Path) -> str:
    sources = [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]
    sources += [str(p) for p in _gui_modules()] + [str(MARKED)]
    result = subprocess.run(
        [_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-source-language", "id_ID",
         "-target-language", "en_US", *sources, "-ts", str(ts)],
        capture_output=True, text=True, check=True, cwd=ROOT)
    return result.stdout + result.stderr


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, its type attribute) of a .ts file."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            out[(name, message.findtext("source"))] = (
                translation.text or "" if translation is not None else "",
                translation.get("type") if translation is not None else None)
    return out


_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d|%n")


def problems() -> list[str]:
    """What ``--check`` reports: stale files, texts missing from the .ts, unfinished or empty
    English, placeholders that differ between a text and its translation."""
    out = []
    if not MARKED.exists() or MARKED.read_text(encoding="utf-8") != marked_source():
        out.append(f"stale: {MARKED.relative_to(ROOT)}")
    out += suspicious_calls()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / OURS.name
        shutil.copy(OURS, fresh)
        lupdate(fresh)
        now, committed = messages(fresh), messages(OURS)
        for key in sorted(now.keys() - committed.keys()):
            out.append(f"missing from {OURS.name}: [{key[0]}] {key[1]!r}")
        for key in sorted(committed.keys() - now.keys()):
            out.append(f"obsolete in {OURS.name}: [{key[0]}] {key[1]!r}")
        for ts in sorted(TRANSLATIONS.glob("*.ts")):
            for (context, source), (text, kind) in messages(ts).items():
                if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
                    out.append(f"unfinished in {ts.name}: [{context}] {source!r}")
                elif set(_PLACEHOLDER.findall(source)) != set(_PLACEHOLDER.findall(text)):
                    out.append(f"placeholders differ in {ts.name}: [{context}] {source!r}")
            built = Path(tmp) / (ts.stem + ".qm")
            lrelease(ts, built)
            qm = ts.with_suffix(".qm")
            if not qm.exists() or qm.read_bytes() != built.read_bytes():
                out.append(f"stale: {qm.relative_to(ROOT)}")
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--check" in argv:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    MARKED.write_text(marked_source(), encoding="utf-8")
    print(lupdate(OURS).strip())
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{ts.name} -> {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
