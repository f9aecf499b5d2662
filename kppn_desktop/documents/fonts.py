"""The fonts the papers are set in: DejaVu Sans, shipped in ``kppn_desktop/resources/fonts`` (package
data, read through ``importlib.resources``: the same in the repository, an installed wheel and the
PyInstaller bundle) and embedded.

An embedded font makes a slip print the same on every workstation and keeps characters such as
the en dash and "≥" that base-14 Helvetica may lack. Registration happens once per process.
"""

from __future__ import annotations

import logging
import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kppn_desktop import resources

log = logging.getLogger(__name__)

#: The fonts' folder inside ``kppn_desktop.resources``.
FONT_DIR = "fonts"

FAMILY = "DejaVuSans"
_FILES = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_fonts: tuple[str, str, str] | None = None  # (regular, bold, italic) once registered


def register_fonts() -> tuple[str, str, str]:
    """Register DejaVu Sans with reportlab (once) and return ``(regular, bold, italic)`` names.

    If the font files are missing (a broken installation), fall back to Helvetica and log a
    warning: a slip in Helvetica is better than no slip at the desk.
    """
    global _fonts
    if _fonts is not None:
        return _fonts
    with _lock:
        if _fonts is None:
            _fonts = _register()
    return _fonts


def _register() -> tuple[str, str, str]:
    if not (resources.exists(FONT_DIR, _FILES["DejaVuSans"])
            and resources.exists(FONT_DIR, _FILES["DejaVuSans-Bold"])):
        log.warning("Font DejaVu tidak ditemukan di %s; memakai Helvetica.",
                    resources.traversable(FONT_DIR))
        return ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
    available = {}
    for name, filename in _FILES.items():
        if resources.exists(FONT_DIR, filename):
            pdfmetrics.registerFont(TTFont(name, str(resources.path(FONT_DIR, filename))))
            available[name] = name
    italic = available.get("DejaVuSans-Oblique", "DejaVuSans")
    bold_italic = available.get("DejaVuSans-BoldOblique", "DejaVuSans-Bold")
    # The mapping lets <b> and <i> inside a Paragraph pick the right face.
    addMapping(FAMILY, 0, 0, "DejaVuSans")
    addMapping(FAMILY, 1, 0, "DejaVuSans-Bold")
    addMapping(FAMILY, 0, 1, italic)
    addMapping(FAMILY, 1, 1, bold_italic)
    return ("DejaVuSans", "DejaVuSans-Bold", italic)
