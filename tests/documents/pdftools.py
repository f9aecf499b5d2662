"""Reading the papers back the way a person would: text, rendered pages, a scanned QR code."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

IN_CI = os.environ.get("CI", "").lower() == "true"


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text with whitespace collapsed, so a value wrapped over two lines still reads
    as one string."""
    return [" ".join(page.extract_text().split()) for page in reader(pdf).pages]


def text_of(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def tool(name: str) -> str:
    """The path of a command-line tool; a missing tool skips the test, except in CI."""
    path = shutil.which(name)
    if path is None:
        if IN_CI:
            pytest.fail(f"{name} is not installed (CI must run every paper check)")
        pytest.skip(f"{name} is not installed")
    return path


def render_png(pdf: bytes, folder: Path, dpi: int = 80, stem: str = "page") -> list[Path]:
    """Render every page with pdftoppm; fail if it fails or writes no PNG."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"{stem}.pdf"
    source.write_bytes(pdf)
    result = subprocess.run([tool("pdftoppm"), "-png", "-r", str(dpi), str(source),
                             str(folder / stem)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    pngs = sorted(folder.glob(f"{stem}*.png"))
    assert pngs, "pdftoppm wrote no PNG"
    assert all(p.stat().st_size > 1000 for p in pngs), "a rendered page is (nearly) empty"
    return pngs


def decode_qr(png: Path) -> str:
    """What a scanner reads from the page: zbarimg's raw output."""
    result = subprocess.run([tool("zbarimg"), "--raw", "-q", str(png)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, f"no code found: {result.stderr}"
    return result.stdout.strip()


def footer_positions(pdf: bytes, prefix: str = "Halaman") -> list[tuple[str, float, float]]:
    """(text, x, page width) of every text run starting with ``prefix``, page by page."""
    found = []
    for page in reader(pdf).pages:
        width = float(page.mediabox.width)

        def visit(text, cm, tm, font, size, _width=width):
            if text.strip().startswith(prefix):
                found.append((text.strip(), tm[4] * cm[0] + cm[4], _width))

        page.extract_text(visitor_text=visit)
    return found


def font_names(pdf: bytes) -> set[str]:
    names = set()
    for page in reader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names
