"""The wheel works where the repository is not: it is built from a copy of the project, installed
with its dependencies into a fresh virtualenv in a temporary folder, and its `kppn-desktop`
command is run from there; a slip it prints embeds DejaVu Sans (a wheel without its fonts falls
back to Helvetica silently).

About 45 s on a quiet machine (build 10 s, install 30 s from pip's cache; the first run on a
machine downloads the dependencies, about 150 MB), 95 s on a busy one. Skipped when the package
index cannot be reached.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(args, *, cwd, env=None, stdin=None, timeout=600):
    return subprocess.run(args, cwd=cwd, env=env, input=stdin, capture_output=True, text=True,
                          timeout=timeout)


def _pip_failed_offline(result) -> bool:
    text = result.stdout + result.stderr
    return any(s in text for s in ("Could not find a version", "No matching distribution",
                                   "NewConnectionError", "Temporary failure in name resolution"))


def pdf_font_names(data: bytes) -> set[str]:
    """The base names of the fonts a PDF's pages use, subset prefixes ("ABCDEF+") removed."""
    import io

    from pypdf import PdfReader

    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {}).get_object()
        for ref in fonts.values():
            base = str(ref.get_object().get("/BaseFont", ""))
            names.add(base.lstrip("/").split("+")[-1])
    return names


@pytest.fixture
def installed(tmp_path):
    """``(bin folder, environment)`` of a fresh virtualenv holding the wheel; removed after."""
    # No PYTHONPATH for pip either: with a checkout on it (its editable install's egg-info), pip
    # took kppn_desktop for installed already and put nothing in the new environment.
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    src = tmp_path / "src"
    shutil.copytree(ROOT / "kppn_desktop", src / "kppn_desktop",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    dist = tmp_path / "dist"
    built = _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist),
                  str(src)], cwd=tmp_path, env=clean)
    if built.returncode != 0 and _pip_failed_offline(built):
        pytest.skip("the package index is out of reach: " + built.stderr[-300:])
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("kppn_desktop-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    done = _run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                 str(wheel)], cwd=tmp_path, env=clean)
    if done.returncode != 0 and _pip_failed_offline(done):
        pytest.skip("the package index is out of reach: " + done.stderr[-300:])
    assert done.returncode == 0, done.stderr
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "KPPN_", "VIRTUAL_ENV"))}
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "home/data"),
               XDG_STATE_HOME=str(tmp_path / "home/state"),
               XDG_CONFIG_HOME=str(tmp_path / "home/config"), QT_QPA_PLATFORM="offscreen")
    yield python.parent, env
    shutil.rmtree(tmp_path, ignore_errors=True)


@pytest.mark.slow
def test_the_installed_wheel_runs_and_embeds_its_fonts(installed, tmp_path):
    bin_dir, env = installed
    work = tmp_path / "elsewhere"
    work.mkdir()
    where = _run([str(bin_dir / "python"), "-c",
                  "import kppn_desktop, kppn_desktop.resources as r; print(kppn_desktop.__file__);"
                  "print(r.path('fonts', 'DejaVuSans.ttf')); print(r.path('icons', 'kppn-desktop.png'))"],
                 cwd=work, env=env)
    assert where.returncode == 0, where.stderr
    package, font, icon = where.stdout.split()
    assert Path(package).is_relative_to(tmp_path / "venv"), package
    assert Path(font).is_file() and Path(icon).is_file()

    cli = str(bin_dir / "kppn-desktop")
    deadline = _run([cli, "sla", "deadline", "--start", "2026-03-17T10:00", "--kind",
                     "escalation"], cwd=work, env=env)
    assert deadline.returncode == 0, deadline.stderr
    assert deadline.stdout.splitlines()[0] == "2026-03-27T15:00:00+08:00"

    office = f"sqlite:///{work}/kantor.sqlite3"
    setup = _run([cli, "--db", office, "setup", "--password-stdin"], cwd=work, env=env,
                 stdin="sandi-admin-1\n")
    assert setup.returncode == 0, setup.stderr
    assert (work / "kantor.sqlite3").is_file()

    sample = f"sqlite:///{work}/contoh.sqlite3"
    made = _run([cli, "--db", sample, "sample-data", "--consultations", "5", "--months", "1"],
                cwd=work, env=env)
    assert made.returncode == 0, made.stderr
    kakan_password = next(line.split()[1] for line in made.stdout.splitlines()
                          if line.split()[:1] == ["kakan"])
    with sqlite3.connect(work / "contoh.sqlite3") as db:
        (number,) = db.execute("SELECT number FROM consultation ORDER BY id LIMIT 1").fetchone()
    slip = _run([cli, "--db", sample, "--as", "kakan", "slip", number, "--out",
                 str(work / "bukti.pdf")], cwd=work, env={**env, "KPPN_PASSWORD": kakan_password})
    assert slip.returncode == 0, slip.stderr
    fonts = pdf_font_names((work / "bukti.pdf").read_bytes())
    # reportlab lists its initial Helvetica on every page; the text is set in DejaVu.
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts, fonts
