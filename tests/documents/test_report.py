"""Laporan layanan: figures, tables split over pages with their headers, page numbers, charts."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4

from kppn_desktop.documents import render_report
from kppn_desktop.documents.charts import _day_labels, _runs
from kppn_desktop.documents.data import Compliance

from . import samples
from .pdftools import footer_positions, page_texts, reader, render_png, text_of


@pytest.fixture(scope="module")
def short_pdf():
    return render_report(samples.report(12))


@pytest.fixture(scope="module")
def long_pdf():
    return render_report(samples.report(300))


def test_report_shows_its_figures(short_pdf):
    report = samples.report(12)
    text = text_of(short_pdf)
    expected = [
        "KANTOR PELAYANAN PERBENDAHARAAN NEGARA TIPE A2 MAJENE",
        "LAPORAN LAYANAN KONSULTASI STAKEHOLDER", "Periode: 1–30 November 2026",
        "Dibuat pada Kamis, 26 November 2026 15:15 WITA",
        "412", "389", "31", "91,5%", "87,1%", "356 sesuai standar, 33 melebihi standar",
        "27 tepat waktu, 4 melewati batas", "Laporan progres terlewat", "13,4 menit",
        "24,0 menit", "Backlog akhir periode", "23",
        "Jumlah konsultasi per hari", "Kepatuhan 20 menit per hari (%)",
        "Per kanal", "Per kategori layanan", "Per seksi", "Per petugas",
        "Daftar konsultasi melewati batas waktu (12)",
        "Majene, 26 November 2026", "Kepala Kantor", "Dr. Ahmad Syarifuddin, S.E., M.Si.",
        "NIP 197503122000031002",
    ]
    for rows in (report.by_channel, report.by_category, report.by_section, report.by_officer):
        expected += [row.label for row in rows]
    expected += [row.number for row in report.overdue]
    missing = [item for item in expected if item not in text]
    assert not missing, missing


def test_report_is_a4_with_page_x_of_y_on_every_page(short_pdf):
    pdf = reader(short_pdf)
    total = len(pdf.pages)
    assert total >= 2
    for _i, page in enumerate(pdf.pages, 1):
        assert float(page.mediabox.width) == pytest.approx(A4[0], abs=0.05)
        assert float(page.mediabox.height) == pytest.approx(A4[1], abs=0.05)
    for i, text in enumerate(page_texts(short_pdf), 1):
        assert f"Halaman {i} dari {total}" in text
        assert "Dibuat pada 26 November 2026, 15:15 WITA" in text


def test_long_overdue_list_spans_pages_with_its_header_repeated(long_pdf):
    texts = page_texts(long_pdf)
    total = len(texts)
    assert total >= 5
    # every page says which page it is, at the right of its footer
    positions = footer_positions(long_pdf)
    expected = [f"Halaman {i} dari {total}" for i in range(1, total + 1)]
    assert [t for t, _, _ in positions] == expected
    assert all(x > 0.6 * width for _, x, width in positions)
    # each page that carries overdue rows also carries the column header
    row_pages = [t for t in texts if re.search(r"121-202611\d\d-0\d{3}", t)]
    assert len(row_pages) >= 4
    for text in row_pages:
        assert "Batas waktu (WITA)" in text and "Stakeholder" in text
    all_text = " ".join(texts)
    for i in range(1, 301):
        assert f"-{i:04d}" in all_text
    # the signature ends the report, with the list's last rows beside it
    assert "Dr. Ahmad Syarifuddin" in texts[-1]
    assert "-0300" in texts[-1]
    assert "Dr. Ahmad Syarifuddin" not in " ".join(texts[:-1])


def test_empty_period_still_makes_a_tidy_report(tmp_path):
    report = dataclasses.replace(
        samples.report(0), total=0, resolved=0, escalated=0,
        service_compliance=Compliance(0, 0), solution_compliance=Compliance(0, 0),
        missed_progress_updates=0, avg_handling_minutes=None, p90_handling_minutes=None,
        backlog=0, by_channel=(), by_category=(), by_section=(), by_officer=(),
        daily_volume=(), daily_compliance=(), head_name="", head_nip="",
        period_start=date(2026, 3, 17), period_end=date(2026, 3, 17))
    pdf = render_report(report)
    text = text_of(pdf)
    assert "Periode: 17 Maret 2026" in text
    assert "Tidak ada konsultasi yang melewati batas waktu." in text
    assert "Tidak ada data pada periode ini" in text
    assert "Belum ada konsultasi yang dinilai" in text
    assert "Halaman 1 dari" in text
    render_png(pdf, tmp_path)


def test_report_pages_render_to_png(long_pdf, tmp_path):
    pngs = render_png(long_pdf, tmp_path)
    assert len(pngs) == len(reader(long_pdf).pages)


def test_compliance_line_breaks_on_days_without_service():
    assert _runs([90.0, 80.0, None, None, 70.0]) == [
        [90.0, 80.0, None, None, None], [None, None, None, None, 70.0]]
    assert _runs([None, None]) == []


def test_day_labels_stay_readable():
    days = [date(2026, 11, d) for d in range(1, 31)]
    labels = _day_labels(days)
    assert labels[0] == "1" and len([x for x in labels if x]) <= 16
    across = _day_labels([date(2026, 2, 28), date(2026, 3, 1)])
    assert across == ["28/2", "1/3"]
    # A quarter: one label per month, at its first day (they ran together as '6/1013/10').
    from datetime import timedelta
    quarter = [date(2026, 10, 1) + timedelta(days=n) for n in range(92)]
    labels = _day_labels(quarter)
    assert [x for x in labels if x] == ["Okt", "Nov", "Des"]
    assert labels[31] == "Nov" and labels[61] == "Des"
    year = [date(2025, 12, 15) + timedelta(days=n) for n in range(365)]
    assert [x for x in _day_labels(year) if x][:3] == ["Des 25", "Jan 26", "Feb 26"]


def test_table_end_kept_with_signature_repeats_no_header_on_the_same_page(short_pdf):
    texts = page_texts(short_pdf)
    last = texts[-1]
    assert last.count("Batas waktu (WITA)") == 1
    assert "-0012" in last and "Dr. Ahmad Syarifuddin" in last


def test_the_last_section_defines_every_figure(short_pdf):
    from kppn_desktop.documents.report import DEFINITIONS

    pages = page_texts(short_pdf)
    last = " ".join(pages[-1].split())
    assert "Definisi" in last
    for term, _sentence in DEFINITIONS:
        assert " ".join(term.split()) in last, term
    # Every figure of the summary is defined.
    for figure in ("Konsultasi diterima", "Kepatuhan waktu layanan 20 menit", "Backlog akhir periode",
                   "Laporan progres terlewat", "Melewati batas waktu", "Belum dinilai"):
        assert any(term == figure for term, _s in DEFINITIONS), figure
