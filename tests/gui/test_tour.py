"""The tour drives the whole lifecycle through the real windows: offscreen at 1366x768, and in a
real X window (Xvfb, xcb platform) at 1920x1080, saving a screenshot of each main page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"
MAIN_PAGES = ["konsultasi-baru-diisi", "konsultasi-baru-tersimpan", "selesaikan",
              "konsultasi-dieskalasi", "daftar-konsultasi", "eskalasi-seksi",
              "tanggapan-kepala-seksi", "laporan", "administrasi-1", "administrasi-5",
              "layar-terkunci", "penyiapan-profil-kantor", "masuk-rina"]


def _run_tour(out: Path, size: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kppn_desktop", "tour", "--out", str(out),
                           "--size", size], env=env, capture_output=True, text=True, timeout=600)


def _check_screens(out: Path, width: int, height: int) -> None:
    from PySide6.QtGui import QImage

    shots = {p.stem.split("-", 1)[1]: p for p in out.glob("[0-9][0-9]-*.png")}
    missing = [name for name in MAIN_PAGES if name not in shots]
    assert not missing, f"no screenshot of {missing}"
    main = QImage(str(shots["daftar-konsultasi"]))
    assert (main.width(), main.height()) == (width, height)
    for name, path in shots.items():
        image = QImage(str(path))
        assert not image.isNull(), name
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        assert len(colours) > 8, f"{name} looks blank"
    for paper in ("bukti-konsultasi-80mm.pdf", "tanda-terima-a5.pdf", "laporan-bulanan.pdf"):
        assert (out / paper).stat().st_size > 5000


def test_tour_offscreen_1366(tmp_path, qapp):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = _run_tour(tmp_path, "1366x768", env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Tur selesai" in result.stdout
    _check_screens(tmp_path, 1366, 768)


@pytest.fixture
def xvfb_display(xvfb):
    return xvfb("1920x1080")


def test_tour_in_a_real_window_1920(tmp_path, xvfb_display, qapp):
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=xvfb_display)
    result = _run_tour(tmp_path, "1920x1080", env)
    assert result.returncode == 0, result.stdout + result.stderr
    _check_screens(tmp_path, 1920, 1080)
