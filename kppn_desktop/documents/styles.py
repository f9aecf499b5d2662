"""Page formats, colours and paragraph styles of the papers, built once per format."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import register_fonts

# The A4/A5 papers use one dark blue for headings and rules, the colour of Kemenkeu letterheads;
# the thermal receipt is pure black, since a thermal head dithers grey into noise.
NAVY = colors.HexColor("#1F3864")
LIGHT = colors.HexColor("#E9EDF4")
GRID = colors.HexColor("#A7B1C2")
MUTED = colors.HexColor("#555555")
GOOD = colors.HexColor("#2E7D32")  # within standard
BAD = colors.HexColor("#C62828")  # beyond standard


def hex_of(colour: colors.Color) -> str:
    """'#2E7D32', for <font color=...> inside Paragraph markup."""
    return "#" + colour.hexval()[2:].upper()


@dataclass(frozen=True)
class PaperSpec:
    """A paper format. ``height`` None: the page is as tall as its content (receipt roll)."""

    name: str
    width: float
    height: float | None
    margin_x: float
    margin_top: float
    margin_bottom: float
    base_size: float

    @property
    def receipt(self) -> bool:
        return self.height is None

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin_x


LAYOUTS: dict[str, PaperSpec] = {
    # 80 mm roll; printers put 72 mm of it under the head, hence the 4 mm margins.
    "receipt80": PaperSpec("receipt80", 80 * mm, None, 4 * mm, 4 * mm, 6 * mm, 7.5),
    "a5": PaperSpec("a5", A5[0], A5[1], 11 * mm, 9 * mm, 14 * mm, 8),
    "a4": PaperSpec("a4", A4[0], A4[1], 18 * mm, 14 * mm, 18 * mm, 9),
}


def paper_spec(layout: str) -> PaperSpec:
    """The format called ``layout`` ('receipt80', 'a5', 'a4'); ValueError for anything else."""
    try:
        return LAYOUTS[layout]
    except KeyError:
        raise ValueError(f"Format kertas tidak dikenal: {layout!r} "
                         f"(pilihan: {', '.join(LAYOUTS)})") from None


@lru_cache(maxsize=None)
def stylesheet(layout: str) -> dict[str, ParagraphStyle]:
    """Paragraph styles for ``layout``, built once per process and shared (do not mutate)."""
    spec = paper_spec(layout)
    regular, bold, _italic = register_fonts()
    b = spec.base_size
    ink = colors.black if spec.receipt else NAVY
    label_colour = colors.black if spec.receipt else MUTED

    def style(name, size=b, font=regular, lead=1.28, **kw):
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=round(size * lead, 2),
                              **kw)

    return {
        "body": style("body"),
        "body_center": style("body_center", alignment=TA_CENTER),
        "small": style("small", b - 1),
        "small_center": style("small_center", b - 1, alignment=TA_CENTER),
        "bullet": style("bullet", b - 1, leftIndent=b * 0.9, bulletIndent=0,
                        bulletFontName=regular, bulletFontSize=b - 1),
        "label": style("label", textColor=label_colour),
        "value": style("value"),
        "value_bold": style("value_bold", font=bold),
        "org": style("org", b - 0.5, bold, alignment=TA_CENTER, lead=1.2),
        "office": style("office", b + 1.5, bold, alignment=TA_CENTER, lead=1.2, spaceBefore=1),
        "address": style("address", b - 1, alignment=TA_CENTER, lead=1.25),
        "title": style("title", b + 3.5, bold, lead=1.2, textColor=ink,
                       alignment=TA_CENTER if spec.receipt else TA_LEFT),
        "subtitle": style("subtitle", alignment=TA_CENTER if spec.receipt else TA_LEFT),
        "heading": style("heading", b + 0.5, bold, textColor=ink, spaceBefore=b * 0.9,
                         spaceAfter=b * 0.35),
        "number": style("number", b + 2.5, bold, lead=1.2),
        "number_center": style("number_center", b + 1, bold, alignment=TA_CENTER),
        "cell": style("cell", b - 1.5, lead=1.22),
        "cell_bold": style("cell_bold", b - 1.5, bold, lead=1.22),
        "cell_right": style("cell_right", b - 1.5, alignment=TA_RIGHT, lead=1.22),
        "cell_head": style("cell_head", b - 1.5, bold, lead=1.2, textColor=colors.white),
        "cell_head_right": style("cell_head_right", b - 1.5, bold, lead=1.2,
                                 textColor=colors.white, alignment=TA_RIGHT),
        "tile_value": style("tile_value", b + 6, bold, lead=1.15, alignment=TA_CENTER,
                            textColor=NAVY),
        "tile_label": style("tile_label", b - 2, alignment=TA_CENTER, textColor=MUTED,
                            lead=1.2),
        "footer": style("footer", b - 2, textColor=MUTED),
        "sign": style("sign", b, alignment=TA_LEFT, lead=1.35),
    }
