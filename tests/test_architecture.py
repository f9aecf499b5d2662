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
