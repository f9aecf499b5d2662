"""Build the PyInstaller one-folder bundle and check it as a user would meet it.

    python build_spec/bundle.py [--skip-build]      (./dev.sh bundle runs it)

1. ``pyinstaller build_spec/kppn_desktop.spec`` into ``dist/kppn-desktop/``;
2. the bundle's own ``kppn-desktop-cli sla deadline`` and its ``tour`` offscreen, in a temporary
   home (the bundle never sees the repository or the user's folders);
3. checks: every step's screenshot is a real PNG, every paper is a PDF that embeds DejaVu Sans
   (a bundle without its fonts falls back to Helvetica silently).

Prints the times and the size; exits non-zero with what failed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "kppn-desktop"
#: The tour's screenshots and papers; fewer means a step did not run.
MIN_SCREENSHOTS = 15
PAPERS = ("bukti-konsultasi-80mm.pdf", "bukti-konsultasi-a4.pdf", "tanda-terima-a5.pdf",
          "laporan-bulanan.pdf")


def program(name: str) -> Path:
    return BUNDLE / (f"{name}.exe" if os.name == "nt" else name)


def fonts_of_pdf(data: bytes) -> set[str]:
    """The base font names a PDF names (subset prefixes removed); font dictionaries are not
    compressed by reportlab, so the bytes are enough."""
    names = re.findall(rb"/BaseFont\s*/([A-Za-z0-9+\-]+)", data)
    return {name.split(b"+")[-1].decode() for name in names}


def build() -> float:
    start = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(ROOT / "build_spec" / "kppn_desktop.spec")], check=True, cwd=ROOT)
    return time.monotonic() - start


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 1e6


def check(out: Path, home: Path) -> list[str]:
    problems = []
    home.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "KPPN_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), XDG_CONFIG_HOME=str(home / "config"),
               LOCALAPPDATA=str(home / "appdata"))
    deadline = subprocess.run([str(program("kppn-desktop-cli")), "sla", "deadline", "--start",
                               "2026-03-17T10:00", "--kind", "escalation"], env=env, cwd=home,
                              capture_output=True, text=True, timeout=300)
    if deadline.stdout.splitlines()[:1] != ["2026-03-27T15:00:00+08:00"]:
        problems.append(f"sla deadline: exit {deadline.returncode}, {deadline.stdout!r} "
                        f"{deadline.stderr[-2000:]}")
    tour = subprocess.run([str(program("kppn-desktop-cli")), "tour", "--out", str(out), "--size",
                           "1366x768"], env=env, cwd=home, capture_output=True, text=True,
                          timeout=1200)
    if tour.returncode != 0:
        problems.append(f"tour: exit {tour.returncode}\n{tour.stdout[-2000:]}\n"
                        f"{tour.stderr[-4000:]}")
    shots = sorted(out.glob("*.png"))
    if len(shots) < MIN_SCREENSHOTS:
        problems.append(f"tour: {len(shots)} screenshots, expected at least {MIN_SCREENSHOTS}")
    for shot in shots:
        data = shot.read_bytes()
        if not data.startswith(b"\x89PNG") or len(data) < 5000:
            problems.append(f"{shot.name}: not a real screenshot ({len(data)} bytes)")
    for name in PAPERS:
        path = out / name
        if not path.is_file():
            problems.append(f"{name}: not written")
            continue
        fonts = fonts_of_pdf(path.read_bytes())
        if not {"DejaVuSans", "DejaVuSans-Bold"} <= fonts:
            problems.append(f"{name}: fonts {sorted(fonts)}, DejaVu Sans not embedded")
    if not problems:
        print(f"tour: {len(shots)} screenshots, papers {', '.join(PAPERS)} embed DejaVu Sans")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="check the bundle in dist/")
    args = parser.parse_args(argv)
    if not args.skip_build:
        took = build()
        print(f"bundle built in {took:.0f} s: {BUNDLE} ({size_mb(BUNDLE):.0f} MB)", flush=True)
    out = ROOT / "build" / "bundle-tour"
    shutil.rmtree(out, ignore_errors=True)
    home = Path(tempfile.mkdtemp(prefix="kppn-bundle-home-"))
    try:
        start = time.monotonic()
        problems = check(out, home)
        print(f"bundle checked in {time.monotonic() - start:.0f} s; its tour is in {out}")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    if problems:
        print("BUNDLE CHECK FAILED:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
