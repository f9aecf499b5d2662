"""Compile every ``ui/*.ui`` into ``kppn_desktop/gui/forms/ui_<name>.py`` with pyside6-uic.

``python -m kppn_desktop.gui.forms.build`` writes them; ``--check`` only reports stale ones (the test
suite runs the check).

uic imports the same long list of Qt classes into every form, used or not; the names a form does
not use are left out (``prune_imports``). Each Qt class a module imports is set up with all of
its enums on first access (QGradient's 169 presets, QIcon's 151 theme icons, QPainter, QImage,
...), which cost the main window and the intake page about 10 ms of start-up for nothing."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
UI_DIR = ROOT / "ui"
OUT_DIR = Path(__file__).resolve().parent


def _uic() -> str:
    found = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    return found


def _normalise(text: str) -> str:
    # The header names the uic version; the rest is what matters.
    return "\n".join(line for line in text.splitlines()
                     if not line.startswith("## Created by:") and "Qt User Interface Compiler" not in line)


_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def prune_imports(text: str) -> str:
    """``text`` without the names its PySide6 ``from ... import (...)`` lines bring in but the
    rest of the module never uses (a line left with no name goes)."""
    body = _IMPORT.sub("", text)

    def keep(match: re.Match) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{n}\b", body)]
        if not used:
            return ""
        lines, line = [], f"from {match.group(1)} import ("
        for i, name in enumerate(used):
            piece = name + (")" if i == len(used) - 1 else ",")
            if len(line) + 1 + len(piece) > 100 and not line.endswith("("):
                lines.append(line)
                line = "    " + piece
            else:
                line += ("" if line.endswith("(") else " ") + piece
        lines.append(line)
        return "\n".join(lines) + "\n"

    return _IMPORT.sub(keep, text)


def compile_one(ui_file: Path) -> str:
    result = subprocess.run([_uic(), "-g", "python", "--from-imports", str(ui_file)],
                            capture_output=True, text=True, check=True)
    return prune_imports(result.stdout)


def targets() -> list[tuple[Path, Path]]:
    return [(ui, OUT_DIR / f"ui_{ui.stem}.py") for ui in sorted(UI_DIR.glob("*.ui"))]


def stale() -> list[str]:
    """Names of generated modules that differ from what their .ui file compiles to (or are missing)."""
    out = []
    for ui, py in targets():
        if not py.exists() or _normalise(py.read_text(encoding="utf-8")) != _normalise(compile_one(ui)):
            out.append(py.name)
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--check" in argv:
        names = stale()
        for name in names:
            print(f"stale: {name}")
        return 1 if names else 0
    for ui, py in targets():
        py.write_text(compile_one(ui), encoding="utf-8")
        print(f"{ui.name} -> {py.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
