"""Building blocks shared by the papers, drawn to suit the format (thermal roll or A4/A5 form).

A renderer says *what* goes on the paper (a letterhead, a list of fields, a paragraph); a
:class:`Paper` knows *how* that looks on an 80 mm roll or on a form, and turns a story into bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from . import _format as fmt
from .data import OfficeHeader
from .styles import GRID, LIGHT, NAVY, paper_spec, stylesheet

# Taller than any receipt will be; the measuring pass lays the story out on a page this high.
_PROBE_HEIGHT = 5000 * mm
_FIT_SLACK = 3  # points added to a fitted page so rounding never pushes the last line off


def esc(text: object) -> str:
    """Plain text made safe for Paragraph markup (stakeholder names may contain '&' or '<')."""
    return escape(str(text)).replace("\n", "<br/>")


def numbered_canvas(draw_footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas class that knows the page count when it draws each page's footer.

    Pages are kept until ``save``; only then is the total known ("Halaman 2 dari 7"). The usual
    two-pass trick, as in pretix's invoice renderer.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                draw_footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class Paper:
    """One paper format with its styles; see :mod:`kppn_desktop.documents.styles` for formats."""

    def __init__(self, layout: str):
        self.spec = paper_spec(layout)
        self.st = stylesheet(layout)

    @property
    def receipt(self) -> bool:
        return self.spec.receipt

    @property
    def width(self) -> float:
        return self.spec.content_width

    # --- blocks ---------------------------------------------------------------------------

    def letterhead(self, header: OfficeHeader) -> list[Flowable]:
        """Ministry, directorate, Kanwil and office, with address and contacts."""
        st = self.st
        office = header.office_name if self.receipt else header.office_full_name
        contacts = [x for x in (header.phone and f"Telp. {header.phone}", header.email,
                                _bare_url(header.website)) if x]
        items = [
            self._one_line(header.ministry.upper(), st["org"]),
            self._one_line(header.directorate.upper(), st["org"]),
            self._one_line(header.kanwil_name.upper(), st["org"]),
            self._one_line(office.upper(), st["office"]),
            Spacer(0, 1.2),
            Paragraph(esc(header.address), st["address"]),
        ]
        if contacts:
            items.append(Paragraph(" · ".join(esc(c) for c in contacts), st["address"]))
        if self.receipt:
            items.append(self.rule())
        else:
            # The double rule under a Kemenkeu letterhead: thick, then thin.
            items += [Spacer(0, 2.5), HRFlowable(width="100%", thickness=1.6, color=NAVY,
                                                 spaceBefore=0, spaceAfter=1.2),
                      HRFlowable(width="100%", thickness=0.5, color=NAVY, spaceAfter=6)]
        return items

    def _one_line(self, text: str, style: ParagraphStyle) -> Paragraph:
        """A letterhead line, shrunk (by at most 20 %) if that keeps it on one line.

        'KANTOR PELAYANAN PERBENDAHARAAN NEGARA TIPE A2 / MAJENE' broken before its last word is
        the kind of thing that makes a letterhead look home-made. A line that would not fit even
        then wraps at full size rather than shrinking and wrapping.
        """
        width = stringWidth(text, style.fontName, style.fontSize)
        if self.width < width <= self.width / 0.8:
            size = style.fontSize * self.width / width * 0.99
            style = ParagraphStyle(f"{style.name}_fit", parent=style, fontSize=size,
                                   leading=style.leading * size / style.fontSize)
        return Paragraph(esc(text), style)

    def rule(self, space: float = 3.5) -> Flowable:
        """A separator: dashed on the roll (as receipts do), a hairline on forms."""
        if self.receipt:
            return HRFlowable(width="100%", thickness=0.6, color=colors.black, dash=(2, 1.6),
                              spaceBefore=space, spaceAfter=space)
        return HRFlowable(width="100%", thickness=0.4, color=GRID, spaceBefore=space,
                          spaceAfter=space)

    def heading(self, text: str) -> list[Flowable]:
        """A section heading; on the roll preceded by a dashed rule, on forms underlined."""
        if self.receipt:
            items = [self.rule(), Paragraph(esc(text.upper()), self.st["value_bold"]),
                     Spacer(0, 1.5)]
        else:
            items = [Paragraph(esc(text), self.st["heading"]),
                     HRFlowable(width="100%", thickness=0.6, color=NAVY, spaceBefore=0,
                                spaceAfter=3)]
        # A heading alone at the foot of a page, its content overleaf, looks like a mistake.
        for item in items:
            item.keepWithNext = True
        return items

    def columns(self, left: list[Flowable], right: list[Flowable], gap: float = 6 * mm) -> Table:
        """Two blocks side by side (forms only; the roll is too narrow for it)."""
        half = (self.width - gap) / 2
        table = Table([[left, "", right]], colWidths=[half, gap, half], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return table

    def text(self, markup: str, style: str = "body") -> Paragraph:
        """A paragraph of (already escaped) markup."""
        return Paragraph(markup, self.st[style])

    def fields(self, rows: Sequence[tuple[str, str] | tuple[str, str, bool]]) -> Table:
        """Label/value rows; plain text, a third item True sets the value in bold."""
        st = self.st
        data = []
        for row in rows:
            label, value = row[0], row[1]
            strong = len(row) > 2 and row[2]
            data.append([Paragraph(esc(label), st["label"]),
                         Paragraph(esc(value), st["value_bold" if strong else "value"])])
        if self.receipt:
            label_w = 19 * mm
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                     ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6)]
        else:
            label_w = min(40 * mm, self.width * 0.27)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("BACKGROUND", (0, 0), (0, -1), LIGHT),
                     ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                     ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                     ("TOPPADDING", (0, 0), (-1, -1), 0.25 * self.spec.base_size),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 0.33 * self.spec.base_size)]
        # splitInRow: a value longer than a page (people do paste whole letters) flows on.
        table = Table(data, colWidths=[label_w, self.width - label_w], hAlign="LEFT",
                      splitInRow=1)
        table.setStyle(TableStyle(style))
        return table

    def qr(self, payload: str, size: float) -> Drawing:
        """A QR code of ``size`` points square, quiet zone included (level M survives smudges)."""
        widget = QrCodeWidget(payload, barLevel="M", barBorder=4)
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
        drawing.add(widget)
        return drawing

    def complaint_channels(self, channels: Sequence[tuple[str, str]]) -> list[Flowable]:
        """Where to complain about the service (standard: on every printed paper)."""
        intro = self.text("Pengaduan, saran, dan masukan atas layanan dapat disampaikan melalui:",
                          "small")
        items = [Paragraph(f"<b>{esc(name)}</b>: {esc(where)}", self.st["bullet"],
                           bulletText="•") for name, where in channels]
        return [intro, Spacer(0, 1), *items]

    def closing(self, left: list[Flowable], right: list[Flowable],
                channels: Sequence[tuple[str, str]], officer_role: str,
                officer_name: str) -> list[Flowable]:
        """The foot of a form: two notes side by side, then complaint channels beside the
        officer's signature. Side by side so that a usual slip fits one A5 sheet."""
        sign = self.officer_sign(officer_role, officer_name, width=self.width / 2 - 6 * mm)
        return [Spacer(0, 2 * mm), self.columns(left, right), Spacer(0, 2.5 * mm),
                self.columns(self.heading("Pengaduan layanan") + self.complaint_channels(channels),
                             [Spacer(0, 4 * mm), sign])]

    def officer_sign(self, role: str, name: str, width: float = 60 * mm) -> Table:
        """'Petugas Layanan,' with room to sign above the officer's name (forms).

        One table cell, so the block never splits across pages or columns.
        """
        cell = [Paragraph(esc(role) + ",", self.st["body"]), Spacer(0, self.spec.base_size * mm),
                Paragraph(f"<b>{esc(name)}</b>", self.st["body"])]
        block = Table([[cell]], colWidths=[width], hAlign="RIGHT")
        block.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3 * mm)]))
        return block

    # --- output ---------------------------------------------------------------------------

    def render(self, make_story: Callable[[], list[Flowable]], *, title: str, author: str,
               footer_left: str = "", keywords: str = "") -> bytes:
        """The story as a PDF. ``make_story`` is called anew for each layout pass.

        The roll gets one page exactly as tall as its content; forms get as many pages as needed,
        each with ``footer_left`` and "Halaman X dari Y".
        """
        if self.receipt:
            return self._render_fitted(make_story, title=title, author=author)
        return self._render_pages(make_story(), title=title, author=author,
                                  footer_left=footer_left, keywords=keywords)

    def _render_fitted(self, make_story, *, title: str, author: str) -> bytes:
        spec = self.spec
        # Pass 1: lay the story out on a very tall scratch page and see where it ended.
        probe = Canvas(io.BytesIO(), pagesize=(spec.width, _PROBE_HEIGHT))
        frame = _frame(spec.margin_x, 0, self.width, _PROBE_HEIGHT)
        story = make_story()
        frame.addFromList(story, probe)
        if story:
            raise ValueError("Isi bukti terlalu panjang untuk satu gulungan kertas")
        used = _PROBE_HEIGHT - frame._y + _FIT_SLACK
        # Pass 2: a page of exactly that height.
        height = used + spec.margin_top + spec.margin_bottom
        buf = io.BytesIO()
        canvas = Canvas(buf, pagesize=(spec.width, height), pageCompression=1)
        _metadata(canvas, title, author)
        story = make_story()
        _frame(spec.margin_x, spec.margin_bottom, self.width, used).addFromList(story, canvas)
        if story:  # cannot happen unless measuring and drawing disagree; never drop content
            raise RuntimeError("Bukti tidak muat pada tinggi yang diukur")
        canvas.showPage()
        canvas.save()
        return buf.getvalue()

    def _render_pages(self, story, *, title: str, author: str, footer_left: str,
                      keywords: str = "") -> bytes:
        spec = self.spec
        buf = io.BytesIO()
        doc = BaseDocTemplate(
            buf, pagesize=(spec.width, spec.height), leftMargin=spec.margin_x,
            rightMargin=spec.margin_x, topMargin=spec.margin_top,
            bottomMargin=spec.margin_bottom, title=title, author=author, subject=title,
            creator="KPPN Desktop", keywords=keywords)
        # A frame without reportlab's default 6 pt padding, so blocks are exactly self.width.
        doc.addPageTemplates(PageTemplate("page", [_frame(
            spec.margin_x, spec.margin_bottom, self.width,
            spec.height - spec.margin_top - spec.margin_bottom)]))
        footer_style = self.st["footer"]

        def draw_footer(canvas: Canvas, page: int, total: int) -> None:
            y = spec.margin_bottom * 0.5
            canvas.saveState()
            canvas.setStrokeColor(GRID)
            canvas.setLineWidth(0.4)
            canvas.line(spec.margin_x, y + footer_style.fontSize + 2,
                        spec.width - spec.margin_x, y + footer_style.fontSize + 2)
            canvas.setFillColor(footer_style.textColor)
            right = f"Halaman {page} dari {total}"
            font, size = footer_style.fontName, footer_style.fontSize
            canvas.setFont(font, size)
            canvas.drawRightString(spec.width - spec.margin_x, y, right)
            room = self.width - stringWidth(right, font, size) - 6 * mm
            canvas.drawString(spec.margin_x, y, _fit_text(footer_left, font, size, room))
            canvas.restoreState()

        doc.build(story, canvasmaker=numbered_canvas(draw_footer))
        return buf.getvalue()


def _frame(x: float, y: float, width: float, height: float) -> Frame:
    return Frame(x, y, width, height, leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0, showBoundary=0)


def _metadata(canvas: Canvas, title: str, author: str) -> None:
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(title)
    canvas.setCreator("KPPN Desktop")


def _fit_text(text: str, font: str, size: float, room: float) -> str:
    """``text`` shortened with an ellipsis to fit ``room`` points (footers on A5 are narrow)."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip(" ·") + "…"


def _bare_url(url: str) -> str:
    """'https://djpb.kemenkeu.go.id/kppn/majene/id/' -> 'djpb.kemenkeu.go.id/kppn/majene/id'."""
    for prefix in ("https://", "http://"):
        if url.startswith(prefix):
            url = url[len(prefix):]
    return url.rstrip("/")


def printed_line(moment, header: OfficeHeader) -> str:
    """'Dicetak: Selasa, 17 Maret 2026 10:06 WITA'."""
    return f"Dicetak: {fmt.datetime_long(moment, header)}"
