"""The layer rules of ARCHITECTURE.md, as import-linter contracts (pyproject.toml)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout or "KEPT" in result.stdout


def test_migrations_are_frozen():
    """A migration does what it did when it was written: it imports the standard library, peewee,
    the other migrations and ``storage.schema`` (to ask for derived figures to be counted again
    by today's code once the schema is whole), never the live code around it."""
    import ast

    folder = Path(__file__).parents[1] / "kppn_desktop" / "storage" / "migrations"
    offenders = []
    for path in sorted(folder.glob("0*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kppn_desktop"):
                names = {a.name for a in node.names}
                if not (node.module == "kppn_desktop.storage" and names == {"schema"}):
                    offenders.append(f"{path.name}: from {node.module} import "
                                     f"{', '.join(a.name for a in node.names)}")
            elif isinstance(node, ast.Import):
                offenders += [f"{path.name}: import {a.name}" for a in node.names
                              if a.name.startswith("kppn_desktop")]
            elif (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module"
                  and node.args and isinstance(node.args[0], ast.Constant)
                  and not node.args[0].value.startswith("kppn_desktop.storage.migrations.")):
                offenders.append(f"{path.name}: import_module({node.args[0].value!r})")
    assert not offenders, "migrations importing live code:\n" + "\n".join(offenders)


def test_ruff_finds_nothing():
    """The linter's rules (pyproject.toml, [tool.ruff]) hold everywhere; a rule broken on purpose
    says why on its line (``# noqa: CODE - reason``), and an unneeded ``noqa`` is itself found."""
    root = Path(__file__).parents[1]
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "kppn_desktop",
                           "tests", "benchmarks", "build_spec"], cwd=root, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stdout + done.stderr


#: Reads of an office's own data that take ``office_id`` (None would be the database's first
#: office): the screens must always say which, the office of the session's actor.
_OFFICE_READS = {"list_categories", "list_sections", "ready_calendar", "office_calendar",
                 "service_standard", "get_office", "weekly_hours", "list_closures",
                 "list_hours_overrides", "get_many", "find_stakeholders", "size_problem",
                 "changes_since"}
_SETTINGS_GET = "settings.get"


def test_the_screens_name_the_office_whose_data_they_read():
    """Several KPPNs share one database: a page that read the first office's categories or
    calendar would show them to another office's desk. Every such read in gui/ passes an
    argument naming ``office_id``."""
    import ast

    missing = []
    for path in sorted((ROOT / "kppn_desktop" / "gui").rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            name = node.func.attr
            owner = node.func.value.id if isinstance(node.func.value, ast.Name) else ""
            if name not in _OFFICE_READS and f"{owner}.{name}" != _SETTINGS_GET:
                continue
            said = [ast.unparse(a) for a in node.args] + [kw.arg or "" for kw in node.keywords] \
                + [ast.unparse(kw.value) for kw in node.keywords]
            if not any("office_id" in s for s in said):
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(node)}")
    assert missing == []
