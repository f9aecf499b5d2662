"""Bukti konsultasi: the slip a stakeholder takes home when the desk records a visit."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from . import _format as fmt
from .data import ConsultationSlip, SlipQuestion
from .paper import Paper, esc, printed_line
from .styles import GRID, LIGHT, NAVY

TITLE = "BUKTI KONSULTASI"
SUBTITLE = "Layanan Konsultasi Stakeholder"


def render_slip(slip: ConsultationSlip, layout: str = "receipt80") -> bytes:
    """The slip as PDF bytes: ``'receipt80'`` (80 mm roll, page as tall as the content),
    ``'a5'`` or ``'a4'`` (a form). The QR code carries ``slip.qr_payload``, the first question's
    consultation number, printed beside it."""
    return SlipRenderer(layout).render(slip)


class SlipRenderer:
    """Draws :class:`ConsultationSlip` in one format. No Qt; returns bytes."""

    def __init__(self, layout: str = "receipt80"):
        self.paper = Paper(layout)

    def render(self, slip: ConsultationSlip) -> bytes:
        h = slip.header
        return self.paper.render(
            lambda: self._story(slip), title=f"{TITLE} {slip.qr_payload}", author=h.office_name,
            footer_left=f"Bukti konsultasi {slip.qr_payload} · {printed_line(slip.printed_at, h)}")

    def _story(self, slip: ConsultationSlip) -> list[Flowable]:
        p = self.paper
        story = p.letterhead(slip.header)
        story += self._title_block(slip)
        story += [] if p.receipt else p.heading("Data konsultasi")
        story.append(p.fields(self._visit_rows(slip)))
        count = len(slip.questions)
        story += p.heading("Pertanyaan" if count == 1 else f"Pertanyaan ({count})")
        story += self._questions(slip)
        follow_up = p.text(esc(slip.follow_up), "small" if p.receipt else "body")
        if p.receipt:
            story += [*p.heading("Standar pelayanan"), *self._standard(slip),
                      *p.heading("Tindak lanjut"), follow_up,
                      *p.heading("Pengaduan layanan"),
                      *p.complaint_channels(slip.complaint_channels),
                      p.rule(),
                      p.text(esc(printed_line(slip.printed_at, slip.header)), "small_center"),
                      p.text("Terima kasih. Layanan ini tidak dipungut biaya.", "small_center")]
        else:
            story += p.closing(p.heading("Standar pelayanan") + self._standard(slip),
                               p.heading("Tindak lanjut") + [follow_up],
                               slip.complaint_channels, "Petugas Layanan", slip.officer_name)
        return story

    def _title_block(self, slip: ConsultationSlip) -> list[Flowable]:
        p, st = self.paper, self.paper.st
        number = slip.qr_payload
        others = len(slip.questions) - 1
        lines = [Paragraph("Nomor konsultasi", st["small"]),
                 Paragraph(esc(number), st["number"]),
                 Paragraph(f"Kunjungan: {esc(slip.visit_number)}", st["small"])]
        if others:
            lines.append(Paragraph(f"+{others} pertanyaan lain pada kunjungan ini (lihat di "
                                   "bawah)", st["small"]))
        if p.receipt:
            size = 25 * mm
            table = Table([[p.qr(number, size), lines]], colWidths=[size + 2 * mm, None])
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            return [Spacer(0, 1), p.text(TITLE, "title"), p.text(SUBTITLE, "subtitle"),
                    Spacer(0, 1.5), table]
        size = 28 * mm if p.spec.name == "a4" else 20 * mm
        box = size + 12 * mm  # room for the number printed under the code
        left = [p.text(TITLE, "title"), Spacer(0, 1), p.text(SUBTITLE, "subtitle"),
                Spacer(0, 3), *lines]
        right = [p.qr(number, size), Paragraph(esc(number), st["small_center"])]
        table = Table([[left, right]], colWidths=[p.width - box, box])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("ALIGN", (1, 0), (1, 0), "CENTER"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        return [table]

    def _visit_rows(self, slip: ConsultationSlip) -> list[tuple]:
        h = slip.header
        rows: list[tuple] = []
        if self.paper.receipt:
            local = fmt.to_local(slip.received_at, h)
            rows += [("Tanggal", fmt.date_long(local.date())),
                     ("Pukul", fmt.time_of(slip.received_at, h))]
        else:
            rows.append(("Diterima", fmt.datetime_long(slip.received_at, h)))
        rows += [("Stakeholder", slip.stakeholder_name, True), ("Jenis", slip.stakeholder_type)]
        if slip.satker_code or slip.satker_name:
            rows.append(("Satker", " – ".join(x for x in (slip.satker_code, slip.satker_name)
                                              if x)))
        rows.append(("Kanal", slip.channel))
        if slip.external_reference:
            rows.append(("Referensi", slip.external_reference))
        rows.append(("Petugas", slip.officer_name))
        return rows

    def _questions(self, slip: ConsultationSlip) -> list[Flowable]:
        p, st = self.paper, self.paper.st
        mixed = len({q.service_target_minutes for q in slip.questions}) > 1
        if p.receipt:
            story: list[Flowable] = []
            for i, q in enumerate(slip.questions, 1):
                if i > 1:
                    story.append(Spacer(0, 3))
                story.append(Paragraph(f"<b>{i}. {esc(q.number)}</b>", st["body"]))
                rows = [("Kategori", q.category), ("Ringkasan", q.summary),
                        ("Status", q.status)]
                if mixed:
                    rows.append(("Standar", f"{q.service_target_minutes} menit"))
                rows += [(label, value) for label, value in self._escalation(q, slip)]
                story.append(p.fields(rows))
            return story
        head = [Paragraph(t, st["cell_head"]) for t in
                ("No.", "Nomor konsultasi", "Kategori dan ringkasan", "Status")]
        data = [head]
        for i, q in enumerate(slip.questions, 1):
            about = f"<b>{esc(q.category)}</b><br/>{esc(q.summary)}"
            if mixed:
                about += f"<br/>Standar waktu: {q.service_target_minutes} menit"
            status = [f"<b>{esc(q.status)}</b>"]
            status += [f"{esc(label)}: {esc(value)}" for label, value in self._escalation(q, slip)]
            data.append([Paragraph(str(i), st["cell"]), Paragraph(esc(q.number), st["cell"]),
                         Paragraph(about, st["cell"]), Paragraph("<br/>".join(status), st["cell"])])
        w = p.width
        cell = st["cell"]
        # The number column is as wide as the longest number: a number broken over two lines
        # is easy to misread when quoted back at the desk.
        number_w = max(stringWidth(q.number, cell.fontName, cell.fontSize)
                       for q in slip.questions) + 14
        table = Table(data, colWidths=[10 * mm, max(number_w, 0.18 * w), None, 0.3 * w],
                      repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), NAVY),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, LIGHT]),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return [table]

    @staticmethod
    def _escalation(q: SlipQuestion, slip: ConsultationSlip) -> list[tuple[str, str]]:
        rows = []
        if q.section:
            rows.append(("Dieskalasi ke", q.section))
        if q.escalation_deadline is not None:
            rows.append(("Batas solusi", fmt.datetime_long(q.escalation_deadline, slip.header)))
        if q.contact_person:
            rows.append(("Kontak", q.contact_person))
        return rows

    def _standard(self, slip: ConsultationSlip) -> list[Flowable]:
        p = self.paper
        style = "small" if p.receipt else "body"
        targets = sorted({q.service_target_minutes for q in slip.questions})
        minutes = (f"{targets[0]}" if len(targets) == 1 else f"{targets[0]}–{targets[-1]}")
        lines = [f"<b>Standar waktu layanan:</b> {minutes} menit per jenis layanan",
                 "<b>Biaya:</b> tidak dipungut biaya (gratis)",
                 "<b>Produk:</b> tanggapan dengan status penyelesaian \u201cResolved\u201d"]
        if any(q.escalation_deadline for q in slip.questions):
            lines.append("Pertanyaan yang dieskalasi dijawab paling lambat pada batas solusi; "
                         "sampai saat itu petugas menyampaikan perkembangannya secara berkala.")
        return [p.text(line, style) for line in lines]
