"""CSV and XLSX carry the report's figures, readable by csv and openpyxl."""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import date, datetime

import openpyxl

from kppn_desktop.documents import export_report_csv, export_report_xlsx

from . import samples

SECTIONS = ["Ringkasan", "Per kanal", "Per kategori", "Per seksi", "Solusi per seksi",
            "Per petugas", "Daftar terlambat", "Harian"]


def _csv_sections(data: bytes) -> dict[str, list[list[str]]]:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    sections, current = {}, None
    for row in rows:
        if not row:
            current = None
        elif current is None:
            current = sections.setdefault(row[0], [])
        else:
            current.append(row)
    return sections


def test_csv_carries_every_section_and_figure():
    report = samples.report(12)
    sections = _csv_sections(export_report_csv(report))
    assert list(sections) == SECTIONS
    summary = {row[0]: row[1] for row in sections["Ringkasan"][1:]}
    assert summary["Konsultasi diterima"] == "412"
    assert summary["Kepatuhan waktu layanan 20 menit (%)"] == "91.5"
    assert summary["Kepatuhan penyelesaian 3 hari kerja (%)"] == "87.1"
    assert summary["Laporan progres terlewat"] == "6"
    assert summary["Waktu penanganan persentil ke-90 (menit)"] == "24.0"
    assert summary["Backlog akhir periode"] == "23"
    assert summary["Periode awal"] == "2026-11-01"
    channel = sections["Per kanal"]
    assert channel[0][:2] == ["Uraian", "Jumlah"]
    first = report.by_channel[0]
    assert channel[1][:6] == [first.label, str(first.total), str(first.resolved),
                              str(first.escalated), str(first.met), str(first.breached)]
    assert channel[-1][0] == "Jumlah"
    assert int(channel[-1][1]) == sum(r.total for r in report.by_channel)
    assert len(sections["Per kategori"]) == 1 + len(report.by_category) + 1
    overdue = sections["Daftar terlambat"]
    assert len(overdue) == 1 + 12
    assert overdue[1][1] == report.overdue[0].number
    assert overdue[1][2] == "2026-11-02 08:00"  # office time
    assert overdue[1][-1] == str(report.overdue[0].overdue_minutes)
    assert len(sections["Harian"]) == 1 + 30


def test_csv_defuses_formulas_typed_by_people():
    report = samples.report(1)
    row = dataclasses.replace(report.overdue[0], stakeholder="=HYPERLINK(\"http://x\")")
    data = export_report_csv(dataclasses.replace(report, overdue=(row,)))
    overdue = _csv_sections(data)["Daftar terlambat"]
    assert overdue[1][3] == "'=HYPERLINK(\"http://x\")"


def test_xlsx_has_a_sheet_per_section_with_real_values():
    report = samples.report(12)
    book = openpyxl.load_workbook(io.BytesIO(export_report_xlsx(report)))
    assert book.sheetnames == SECTIONS
    summary = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(min_row=2, values_only=True)}
    assert summary["Konsultasi diterima"] == 412
    assert summary["Kepatuhan waktu layanan 20 menit (%)"] == 91.5
    assert summary["Waktu penanganan rata-rata (menit)"] == 13.4
    assert summary["Melewati batas waktu"] == 12
    officers = list(book["Per petugas"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in officers[:-1]] == [r.label for r in report.by_officer]
    assert officers[-1][0] == "Jumlah"
    overdue = list(book["Daftar terlambat"].iter_rows(min_row=2, values_only=True))
    assert len(overdue) == 12
    assert overdue[0][1] == report.overdue[0].number
    assert overdue[0][2] == datetime(2026, 11, 2, 8, 0)
    assert book["Daftar terlambat"].freeze_panes == "A2"
    daily = list(book["Harian"].iter_rows(min_row=2, values_only=True))
    assert daily[0][0] == datetime(2026, 11, 1) or daily[0][0] == date(2026, 11, 1)


def test_xlsx_keeps_formula_like_text_as_text():
    report = samples.report(1)
    row = dataclasses.replace(report.overdue[0], stakeholder="=1+1")
    book = openpyxl.load_workbook(io.BytesIO(export_report_xlsx(
        dataclasses.replace(report, overdue=(row,)))))
    cell = book["Daftar terlambat"]["D2"]
    assert cell.value == "=1+1" and cell.data_type == "s"
