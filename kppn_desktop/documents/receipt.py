"""Tanda terima penyelesaian: the answer given to a consultation, status "Resolved", time taken."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from . import _format as fmt
from .data import ResolutionReceipt
from .paper import Paper, esc, printed_line
from .styles import BAD, GOOD, GRID, LIGHT, hex_of

TITLE = "TANDA TERIMA PENYELESAIAN KONSULTASI"


def render_receipt(receipt: ResolutionReceipt, layout: str = "receipt80") -> bytes:
    """The resolution receipt as PDF bytes, in ``'receipt80'``, ``'a5'`` or ``'a4'``."""
    return ReceiptRenderer(layout).render(receipt)


def service_time_verdict(receipt: ResolutionReceipt) -> str:
    """'12 menit dari standar 20 menit — sesuai standar' (or '— melebihi standar').

    The verdict is ``receipt.met`` as the service clock decided it, not a comparison of the two
    numbers here: pauses and "a breach is final" are the clock's business.
    """
    verdict = "sesuai standar" if receipt.met else "melebihi standar"
    return (f"{fmt.number(receipt.handling_minutes)} menit dari standar "
            f"{receipt.target_minutes} menit — {verdict}")


def solution_verdict(receipt: ResolutionReceipt) -> str | None:
    """For an escalated consultation: the 3-working-day deadline and whether it was kept."""
    if receipt.solution_deadline is None:
        return None
    deadline = fmt.datetime_long(receipt.solution_deadline, receipt.header)
    if receipt.solution_met is None:
        return f"Batas solusi {deadline}"
    verdict = ("sesuai standar 3 hari kerja" if receipt.solution_met
               else "melewati batas 3 hari kerja")
    return f"Batas solusi {deadline} — {verdict}"


class ReceiptRenderer:
    """Draws :class:`ResolutionReceipt` in one format. No Qt; returns bytes."""

    def __init__(self, layout: str = "receipt80"):
        self.paper = Paper(layout)

    def render(self, receipt: ResolutionReceipt) -> bytes:
        h = receipt.header
        return self.paper.render(
            lambda: self._story(receipt), title=f"Tanda terima {receipt.number}",
            author=h.office_name,
            footer_left=f"Tanda terima {receipt.number} · "
                        f"{printed_line(receipt.printed_at, h)}")

    def _story(self, r: ResolutionReceipt) -> list[Flowable]:
        p = self.paper
        small = "small" if p.receipt else "body"
        story = p.letterhead(r.header)
        # On the roll the title breaks where a person would break it, not before its last word.
        title = "TANDA TERIMA<br/>PENYELESAIAN KONSULTASI" if p.receipt else TITLE
        story += [Spacer(0, 1), p.text(title, "title"), Spacer(0, 3)]
        if p.receipt:
            story += [p.text(f"Nomor {esc(r.number)}", "number_center"),
                      p.text(f"Status: <b>{esc(r.status)}</b>", "body_center"), p.rule()]
        else:
            story += p.heading("Data konsultasi")
        story.append(p.fields(self._rows(r)))
        if p.receipt:
            story += [*p.heading("Pertanyaan"), p.text(esc(r.question_summary), small),
                      *p.heading("Jawaban / solusi"), self._answer(r)]
        else:
            story += [*p.heading("Pertanyaan dan jawaban"),
                      p.text(f"<b>Pertanyaan:</b> {esc(r.question_summary)}"), Spacer(0, 4),
                      self._answer(r)]
        cited = r.regulation or fmt.DASH
        if r.regulation and r.regulation_title:
            cited = f"{r.regulation} tentang {r.regulation_title}"
        regulation = [p.text(esc(cited), small)]
        if p.receipt:
            if r.regulation:
                story += [*p.heading("Dasar peraturan"), *regulation]
            story += [*p.heading("Waktu penyelesaian"), *self._timing(r),
                      *p.heading("Pengaduan layanan"),
                      *p.complaint_channels(r.complaint_channels),
                      p.rule(),
                      p.text(esc(printed_line(r.printed_at, r.header)), "small_center"),
                      p.text("Terima kasih atas kepercayaan Anda.", "small_center")]
        else:
            story += p.closing(p.heading("Waktu penyelesaian") + self._timing(r),
                               p.heading("Dasar peraturan") + regulation,
                               r.complaint_channels, "Petugas Layanan", r.officer_name)
        return story

    def _rows(self, r: ResolutionReceipt) -> list[tuple]:
        h = r.header
        rows: list[tuple] = []
        if not self.paper.receipt:
            rows += [("Nomor konsultasi", r.number, True), ("Status", r.status, True)]
        rows += [("Stakeholder", r.stakeholder_name, True)]
        if r.stakeholder_type:
            rows.append(("Jenis", r.stakeholder_type))
        if r.satker_code or r.satker_name:
            rows.append(("Satker", " – ".join(x for x in (r.satker_code, r.satker_name) if x)))
        rows.append(("Kanal", r.channel))
        if r.external_reference:
            rows.append(("Referensi", r.external_reference))
        rows.append(("Kategori", r.category))
        received, resolved = fmt.to_local(r.received_at, h), fmt.to_local(r.resolved_at, h)
        if not self.paper.receipt and received.date() == resolved.date():
            # One row for a same-day answer keeps the usual receipt on one A5 sheet.
            rows.append(("Diterima – selesai", f"{fmt.date_long(received.date())} "
                         f"{received:%H:%M}–{resolved:%H:%M} {h.zone_abbrev}"))
        else:
            rows += [("Diterima", fmt.datetime_long(r.received_at, h)),
                     ("Diselesaikan", fmt.datetime_long(r.resolved_at, h))]
        if r.escalated_to:
            rows.append(("Dieskalasi ke", r.escalated_to))
        rows.append(("Petugas", r.officer_name))
        return rows

    def _answer(self, r: ResolutionReceipt) -> Flowable:
        p = self.paper
        if p.receipt:
            return p.text(esc(r.answer), "body")
        # On a form the answer is the point of the paper: set it apart in a light box.
        box = Table([[p.text(f"<b>Jawaban:</b> {esc(r.answer)}", "body")]], colWidths=[p.width],
                    splitInRow=1)
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                                 ("BOX", (0, 0), (-1, -1), 0.4, GRID),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                                 ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm)]))
        return box

    def _timing(self, r: ResolutionReceipt) -> list[Flowable]:
        p = self.paper
        # Minutes are office minutes (the service clock skips closed hours); say so once.
        lines = [p.text(f"Waktu layanan (jam kantor): "
                        f"{self._verdict(service_time_verdict(r), r.met)}")]
        solution = solution_verdict(r)
        if solution:
            lines.append(p.text(f"Penyelesaian eskalasi: "
                                f"{self._verdict(solution, r.solution_met is not False)}"))
        return lines

    def _verdict(self, text: str, good: bool) -> str:
        """'34 menit dari standar 20 menit — <b>melebihi standar</b>', coloured on forms."""
        figures, _, verdict = text.rpartition(" — ")
        if not figures:
            return esc(text)
        colour = "" if self.paper.receipt else f' color="{hex_of(GOOD if good else BAD)}"'
        return f"{esc(figures)} — <b><font{colour}>{esc(verdict)}</font></b>"
