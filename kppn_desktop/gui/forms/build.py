"""Compile every ``ui/*.ui`` into ``kppn_desktop/gui/forms/ui_<name>.py`` with pyside6-uic.

``python -m kppn_desktop.gui.forms.build`` writes them; ``--check`` only reports stale ones (the test
suite runs the check)."""

from __future__ import annotations

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


def compile_one(ui_file: Path) -> str:
    result = subprocess.run([_uic(), "-g", "python", "--from-imports", str(ui_file)],
                            capture_output=True, text=True, check=True)
    return result.stdout


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
