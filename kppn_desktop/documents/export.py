"""The service report's figures as CSV and XLSX, for people who want to compute with them.

Both carry the same sections as the PDF (ringkasan, per kanal, per kategori, per seksi, per
petugas, daftar terlambat, plus the daily series). Figures stay machine-readable: integers,
decimal points, ISO dates, times in the office's zone; no thousands separators.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from kppn_desktop.domain.formatting import round_half_up

from . import _format as fmt
from .data import BreakdownRow, ServiceReport
from .report import breakdown_total

Cell = str | int | float | date | datetime | None


@dataclass(frozen=True)
class Section:
    """One table of the export: a sheet in XLSX, a block in CSV."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


_BREAKDOWN_HEADER = ("Uraian", "Jumlah", "Selesai", "Eskalasi", "Sesuai 20 menit",
                     "Melebihi 20 menit", "Kepatuhan 20 menit (%)", "Rata-rata (menit)")


def _round(value: float | None, places: int = 1) -> float | None:
    return None if value is None else round_half_up(value, places)


def _breakdown(name: str, rows: tuple[BreakdownRow, ...], avg: float | None) -> Section:
    lines = [*rows, breakdown_total(rows, avg)] if rows else []
    return Section(name, _BREAKDOWN_HEADER, tuple(
        (r.label, r.total, r.resolved, r.escalated, r.met, r.breached, _round(r.pct),
         _round(r.avg_minutes)) for r in lines))


def report_sections(report: ServiceReport) -> list[Section]:
    """The report as tables. Datetimes are naive, in the office's zone (named in the header)."""
    h = report.header
    zone = h.zone_abbrev

    def local(moment: datetime) -> datetime:
        return fmt.to_local(moment, h).replace(tzinfo=None)

    sc, so = report.service_compliance, report.solution_compliance
    summary = Section("Ringkasan", ("Indikator", "Nilai", "Keterangan"), (
        ("Kantor", h.office_name, h.office_full_name),
        ("Periode awal", report.period_start, ""),
        ("Periode akhir", report.period_end, ""),
        (f"Dibuat pada ({zone})", local(report.generated_at), ""),
        ("Konsultasi diterima", report.total, ""),
        ("Diselesaikan (Resolved)", report.resolved, ""),
        ("Dieskalasi ke Kepala Seksi", report.escalated, ""),
        (f"Keadaan data per ({zone})", local(report.state_at), "batas data laporan"),
        ("Sesuai standar 20 menit", sc.met, ""),
        ("Melebihi standar 20 menit", sc.breached, ""),
        ("Waktu layanan belum dinilai", sc.pending, "masih berjalan"),
        ("Kepatuhan waktu layanan 20 menit (%)", _round(sc.pct), f"dari {sc.judged} dinilai"),
        ("Selesai pada kontak pertama", report.first_contact,
         "dijawab dalam target tanpa eskalasi"),
        ("Solusi tepat waktu (3 hari kerja)", so.met, ""),
        ("Solusi melewati batas 3 hari kerja", so.breached, ""),
        ("Solusi belum dinilai", so.pending, "masih berjalan"),
        ("Kepatuhan penyelesaian 3 hari kerja (%)", _round(so.pct), f"dari {so.judged} dinilai"),
        ("Laporan progres terlewat", report.missed_progress_updates, "hari kerja"),
        ("Waktu penanganan rata-rata (menit)", _round(report.avg_handling_minutes),
         "jam layanan kantor"),
        ("Waktu penanganan persentil ke-90 (menit)", _round(report.p90_handling_minutes),
         "jam layanan kantor"),
        ("Backlog akhir periode", report.backlog, "belum selesai"),
        ("Melewati batas waktu", len(report.overdue), "lihat Daftar terlambat"),
    ))
    overdue = Section(
        "Daftar terlambat",
        ("No.", "Nomor", f"Diterima ({zone})", "Stakeholder", "Kategori", "Seksi", "Petugas",
         f"Batas waktu ({zone})", "Terlambat (menit jam kantor)"),
        tuple((i, r.number, local(r.received_at), r.stakeholder, r.category, r.section,
               r.officer, local(r.deadline), r.overdue_minutes)
              for i, r in enumerate(report.overdue, 1)))
    compliance = dict(report.daily_compliance)
    daily = Section("Harian", ("Tanggal", "Jumlah konsultasi", "Kepatuhan 20 menit (%)"),
                    tuple((day, count, _round(compliance.get(day)))
                          for day, count in report.daily_volume))
    solution = Section(
        "Solusi per seksi",
        ("Seksi", "Eskalasi", "Tepat waktu", "Melewati batas", "Belum dinilai",
         "Kepatuhan 3 hari kerja (%)", "Progres terlewat"),
        tuple((r.label, r.solution.clocks, r.solution.met, r.solution.breached, r.solution.pending,
               _round(r.solution.pct), r.missed) for r in report.solution_by_section))
    avg = report.avg_handling_minutes
    extra = []
    if report.library is not None:
        lib = report.library
        extra.append(Section("Perpustakaan", ("Uraian", "Peraturan / kategori", "Jumlah", "Dari"), (
            ("Jawaban mengutip perpustakaan", "", lib.cited, lib.answers),
            *(("Pasal paling sering dikutip: " + c, t, n, None) for c, t, n in lib.top_articles),
            *(("Tidak menemukan pasal atau FAQ", name, none, asked)
              for name, asked, none in lib.nothing_found))))
    return [summary,
            _breakdown("Per kanal", report.by_channel, avg),
            _breakdown("Per kategori", report.by_category, avg),
            _breakdown("Per seksi", report.by_section, avg),
            solution,
            _breakdown("Per petugas", report.by_officer, avg),
            overdue, daily, *extra]


# A spreadsheet runs a cell that starts with one of these as a formula. Stakeholder names and
# summaries are typed by people, so text is defused (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_value(value: Cell) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export_report_csv(report: ServiceReport) -> bytes:
    """All sections in one UTF-8 CSV (with BOM, so Excel shows 'Jumlah' and '–' correctly).

    Each section is a title row, a header row, its rows, and a blank row.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for section in report_sections(report):
        writer.writerow([section.name])
        writer.writerow(section.header)
        for row in section.rows:
            writer.writerow([_csv_value(v) for v in row])
        writer.writerow([])
    return buf.getvalue().encode("utf-8-sig")


_HEAD_FONT = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="1F3864")


def export_report_xlsx(report: ServiceReport) -> bytes:
    """One sheet per section, header row frozen, dates as real Excel dates."""
    book = Workbook()
    book.remove(book.active)
    for section in report_sections(report):
        sheet = book.create_sheet(section.name[:31])  # Excel's limit for a sheet name
        sheet.append(list(section.header))
        for row in section.rows:
            sheet.append(list(row))
            for cell in sheet[sheet.max_row]:
                # openpyxl stores a str starting with '=' as a formula; keep text as text.
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
        for cell in sheet[1]:
            cell.font, cell.fill = _HEAD_FONT, _HEAD_FILL
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.freeze_panes = "A2"
        for col, title in enumerate(section.header, 1):
            width = max([len(str(title))] + [len(str(_csv_value(r[col - 1])))
                                             for r in section.rows])
            sheet.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 8), 60)
            for (cell,) in sheet.iter_rows(min_row=2, min_col=col, max_col=col):
                if isinstance(cell.value, datetime):
                    cell.number_format = "dd/mm/yyyy hh:mm"
                elif isinstance(cell.value, date):
                    cell.number_format = "dd/mm/yyyy"
                elif isinstance(cell.value, float):
                    cell.number_format = "0.0"
    book.properties.title = f"Laporan layanan konsultasi {report.header.office_name}"
    book.properties.creator = "KPPN Desktop"
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()
