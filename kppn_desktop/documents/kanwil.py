"""Laporan gabungan: the Kanwil's consolidated report of its KPPNs (A4 landscape-free, paged) and
its figures as XLSX. One table per office (its headline figures), the ranking, the totals, and
the escalations past their solution deadline across the offices."""

from __future__ import annotations

import io
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from kppn_desktop.domain.formatting import round_half_up

from . import _format as fmt
from .data import KanwilReport, OfficeFigures
from .paper import Paper, esc
from .report import ReportRenderer

DEFINITIONS = (
    ("Angka per KPPN", "Angka ringkasan laporan layanan konsultasi masing-masing KPPN untuk "
                       "periode yang sama, dihitung dengan kalender dan zona waktu KPPN itu "
                       "sendiri, per akhir periode (atau saat laporan dibuat bila periode "
                       "mencakup hari ini)."),
    ("Jumlah", "Penjumlahan angka seluruh KPPN; persentase dihitung dari jumlah jam yang "
               "dinilai, rata-rata waktu penanganan atas seluruh siklus. Persentil ke-90 tidak "
               "dapat dijumlahkan dan hanya ditampilkan per KPPN."),
    ("Eskalasi melewati batas waktu", "Eskalasi yang masih terbuka pada batas data KPPN-nya dan "
                                      "batas waktu solusinya (3 hari kerja) sudah lewat."),
)


def _pct(c) -> str:
    return fmt.pct(c.pct)


def _rows(f: OfficeFigures) -> list[list[str]]:
    sc, so = f.service_compliance, f.solution_compliance
    return [
        ["Konsultasi diterima", fmt.number(f.total)],
        ["Selesai (Resolved)", fmt.number(f.resolved)],
        ["Dieskalasi", fmt.number(f.escalated)],
        ["Kepatuhan waktu layanan 20 menit",
         f"{_pct(sc)} ({fmt.number(sc.met)} dari {fmt.number(sc.judged)}; belum dinilai "
         f"{fmt.number(sc.pending)})"],
        ["Kepatuhan penyelesaian 3 hari kerja",
         f"{_pct(so)} ({fmt.number(so.met)} dari {fmt.number(so.judged)}; belum dinilai "
         f"{fmt.number(so.pending)})"],
        ["Selesai pada kontak pertama", fmt.number(f.first_contact)],
        ["Laporan progres terlewat", fmt.number(f.missed_progress_updates)],
        ["Waktu penanganan rata-rata", fmt.minutes(f.avg_handling_minutes)],
        ["Waktu penanganan persentil ke-90", fmt.minutes(f.p90_handling_minutes)],
        ["Backlog akhir periode", fmt.number(f.backlog)],
    ]


class KanwilRenderer(ReportRenderer):
    """Draws :class:`KanwilReport` on A4 with the service report's table style."""

    def render(self, report: KanwilReport) -> bytes:  # type: ignore[override]
        period = fmt.period(report.period_start, report.period_end)
        footer = (f"Laporan gabungan {period} · Dibuat pada "
                  f"{fmt.datetime_short(report.generated_at, report.header)}")
        return self.paper.render(lambda: self._kanwil_story(report),
                                 title=f"Laporan gabungan layanan konsultasi {period}",
                                 author=report.header.office_name, footer_left=footer)

    def _kanwil_story(self, r: KanwilReport) -> list[Flowable]:
        p: Paper = self.paper
        h = r.header
        story = p.letterhead(h)
        story += [p.text(esc(r.title), "title"), Spacer(0, 2),
                  p.text(f"{esc(r.kanwil_name)} · Periode: "
                         f"<b>{esc(fmt.period(r.period_start, r.period_end))}</b>"),
                  p.text(f"Dibuat pada {esc(fmt.datetime_long(r.generated_at, h))}; "
                         f"{fmt.number(len(r.offices))} KPPN", "small"), Spacer(0, 3 * mm)]
        story += p.heading("Peringkat KPPN")
        header = ["No.", "KPPN", "Diterima", "Selesai", "Eskalasi", "Layanan 20 mnt",
                  "Solusi 3 hari", "Backlog", "Terlambat"]
        overdue = {}
        for row in r.overdue:
            overdue[row.office_code] = overdue.get(row.office_code, 0) + 1
        body = [[str(o.rank), f"{o.code} {o.name}", fmt.number(o.figures.total),
                 fmt.number(o.figures.resolved), fmt.number(o.figures.escalated),
                 _pct(o.figures.service_compliance), _pct(o.figures.solution_compliance),
                 fmt.number(o.figures.backlog), fmt.number(overdue.get(o.code, 0))]
                for o in r.offices]
        t = r.totals
        body.append(["", "Jumlah", fmt.number(t.total), fmt.number(t.resolved),
                     fmt.number(t.escalated), _pct(t.service_compliance),
                     _pct(t.solution_compliance), fmt.number(t.backlog),
                     fmt.number(len(r.overdue))])
        story.append(self._table(header, body, [0.05, 0.23, 0.09, 0.09, 0.09, 0.12, 0.12, 0.1,
                                                0.11], numeric={0, 2, 3, 4, 5, 6, 7, 8},
                                 total_row=True))
        if r.ranking_rule:
            story.append(p.text(esc(r.ranking_rule), "footer"))
        story += p.heading("Jumlah seluruh KPPN")
        story.append(self._table(["Angka", "Nilai"], _rows(r.totals), [0.45, 0.55]))
        for o in r.offices:
            story.append(KeepTogether(p.heading(f"{o.rank}. {o.code} {o.name}")
                                      + [self._table(["Angka", "Nilai"], _rows(o.figures),
                                                     [0.45, 0.55])]))
        story += p.heading("Eskalasi melewati batas waktu solusi "
                           f"({fmt.number(len(r.overdue))})")
        if r.overdue:
            zone = h.zone_abbrev
            rows = [[str(i), x.office_code, x.overdue.number,
                     fmt.datetime_short(x.overdue.received_at, h), x.overdue.stakeholder,
                     x.overdue.section or x.overdue.category,
                     fmt.datetime_short(x.overdue.deadline, h),
                     fmt.hours_minutes(x.overdue.overdue_minutes)]
                    for i, x in enumerate(r.overdue, 1)]
            story.append(self._table(
                ["No.", "KPPN", "Nomor", f"Diterima ({zone})", "Stakeholder", "Seksi",
                 f"Batas solusi ({zone})", "Terlambat (jam:mnt)"], rows,
                [0.05, 0.07, 0.18, 0.12, 0.17, 0.17, 0.12, 0.12], numeric={0, 7}))
        else:
            story.append(p.text("Tidak ada eskalasi yang melewati batas waktu solusi."))
        story += p.heading("Definisi")
        story.append(self._table(["Angka", "Artinya"], [list(d) for d in DEFINITIONS],
                                 [0.3, 0.7]))
        return story


def render_kanwil_report(report: KanwilReport) -> bytes:
    return KanwilRenderer().render(report)


_HEAD_FONT = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="1F3864")
_FIGURES = ("Diterima", "Selesai", "Eskalasi", "Layanan dinilai", "Layanan sesuai",
            "Layanan melebihi", "Layanan belum dinilai", "Kepatuhan 20 menit (%)",
            "Solusi dinilai", "Solusi sesuai", "Solusi melebihi", "Solusi belum dinilai",
            "Kepatuhan 3 hari kerja (%)", "Kontak pertama", "Progres terlewat",
            "Rata-rata penanganan (menit)", "Persentil ke-90 (menit)", "Backlog")


def _figures(f: OfficeFigures) -> list:
    sc, so = f.service_compliance, f.solution_compliance

    def r(v):
        return None if v is None else round_half_up(v, 1)
    return [f.total, f.resolved, f.escalated, sc.judged, sc.met, sc.breached, sc.pending,
            r(sc.pct), so.judged, so.met, so.breached, so.pending, r(so.pct), f.first_contact,
            f.missed_progress_updates, r(f.avg_handling_minutes), r(f.p90_handling_minutes),
            f.backlog]


def export_kanwil_xlsx(report: KanwilReport) -> bytes:
    """Sheets: the ranking with every office's figures and the totals; the overdue escalations
    (times naive, in the Kanwil's zone, named in the header)."""
    h = report.header

    def local(moment: datetime) -> datetime:
        return fmt.to_local(moment, h).replace(tzinfo=None)
    sheets = [
        ("Peringkat", ("Peringkat", "Kode KPPN", "KPPN", *_FIGURES),
         [[o.rank, o.code, o.name, *_figures(o.figures)] for o in report.offices]
         + [[None, None, "Jumlah", *_figures(report.totals)]]),
        ("Eskalasi terlambat", ("Kode KPPN", "KPPN", "Nomor", f"Diterima ({h.zone_abbrev})",
                                "Stakeholder", "Kategori", "Seksi",
                                f"Batas solusi ({h.zone_abbrev})", "Terlambat (menit kerja)"),
         [[x.office_code, x.office_name, x.overdue.number, local(x.overdue.received_at),
           x.overdue.stakeholder, x.overdue.category, x.overdue.section,
           local(x.overdue.deadline), x.overdue.overdue_minutes] for x in report.overdue]),
        ("Keterangan", ("Angka", "Artinya"),
         [["Periode", fmt.period(report.period_start, report.period_end)],
          ["Dibuat", local(report.generated_at)], ["Peringkat", report.ranking_rule],
          *[list(d) for d in DEFINITIONS]]),
    ]
    book = Workbook()
    book.remove(book.active)
    for name, header, rows in sheets:
        sheet = book.create_sheet(name)
        sheet.append(list(header))
        for row in rows:
            sheet.append(row)
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
                elif isinstance(cell.value, datetime):
                    cell.number_format = "dd/mm/yyyy hh:mm"
                elif isinstance(cell.value, float):
                    cell.number_format = "0.0"
        for cell in sheet[1]:
            cell.font, cell.fill = _HEAD_FONT, _HEAD_FILL
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.freeze_panes = "A2"
        for col, title in enumerate(header, 1):
            width = max([len(str(title))] + [len(str(r[col - 1] or "")) for r in rows])
            sheet.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 8), 60)
    book.properties.title = f"Laporan gabungan {report.kanwil_name}"
    book.properties.creator = "KPPN Desktop"
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()
