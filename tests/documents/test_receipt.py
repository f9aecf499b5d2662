"""Tanda terima penyelesaian: the answer, status "Resolved" and time taken against the standard."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from reportlab.lib.units import mm

from kppn_desktop.documents import render_receipt
from kppn_desktop.documents.data import DEFAULT_COMPLAINT_CHANNELS
from kppn_desktop.documents.receipt import service_time_verdict, solution_verdict

from . import samples
from .pdftools import reader, render_png, text_of

LAYOUTS = ("receipt80", "a5", "a4")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_field_is_on_the_receipt(layout):
    receipt = samples.receipt()
    text = text_of(render_receipt(receipt, layout))
    expected = [
        "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA", "TANDA TERIMA PENYELESAIAN KONSULTASI",
        receipt.number, "Resolved", receipt.stakeholder_name, receipt.stakeholder_type,
        "999062", receipt.satker_name, receipt.channel, receipt.external_reference,
        receipt.category, " ".join(receipt.question_summary.split()),
        " ".join(receipt.answer.split()), " ".join(receipt.regulation.split()),
        receipt.officer_name, "12 menit dari standar 20 menit — sesuai standar",
    ]
    if layout == "receipt80":
        expected += ["Selasa, 17 Maret 2026 10:05 WITA", "Selasa, 17 Maret 2026 10:17 WITA"]
    else:
        expected.append("Selasa, 17 Maret 2026 10:05–10:17 WITA")
    for name, where in DEFAULT_COMPLAINT_CHANNELS:
        expected += [name, where]
    missing = [item for item in expected if item not in text]
    assert not missing, f"missing on {layout}: {missing}"


def test_late_service_says_so():
    receipt = samples.receipt(met=False)
    assert service_time_verdict(receipt) == "34 menit dari standar 20 menit — melebihi standar"
    assert "34 menit dari standar 20 menit — melebihi standar" in text_of(render_receipt(receipt))


def test_verdict_is_the_clock_s_not_a_comparison():
    # The clock may have paused for documents: 25 wall-clock-looking minutes can still be "met".
    receipt = dataclasses.replace(samples.receipt(), handling_minutes=25, met=True)
    assert service_time_verdict(receipt).endswith("sesuai standar")


def test_escalated_receipt_is_judged_by_the_solution_deadline():
    receipt = samples.receipt(met=True, escalated=True)
    assert solution_verdict(receipt) == ("Batas solusi Jumat, 27 Maret 2026 15:00 WITA — "
                                         "sesuai standar 3 hari kerja")
    text = text_of(render_receipt(receipt, "a4"))
    assert "sesuai standar 3 hari kerja" in text
    assert "Seksi Pencairan Dana dan MSKI" in text
    late = samples.receipt(met=False, escalated=True)
    assert "melewati batas 3 hari kerja" in text_of(render_receipt(late))


def test_receipt_roll_is_80_mm_wide():
    pages = reader(render_receipt(samples.receipt())).pages
    assert len(pages) == 1
    assert float(pages[0].mediabox.width) == pytest.approx(80 * mm, abs=0.05)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_receipt_renders_to_png(layout, tmp_path):
    render_png(render_receipt(samples.receipt(met=False, escalated=True), layout), tmp_path)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_answer_longer_than_a_page_flows_on(layout):
    answer = " ".join(f"Langkah {i}: perbaiki data supplier pada SAKTI." for i in range(400))
    receipt = dataclasses.replace(samples.receipt(), answer=answer)
    text = text_of(render_receipt(receipt, layout))
    assert "Langkah 0:" in text and "Langkah 399:" in text


def test_an_answer_on_another_day_shows_both_dates():
    receipt = samples.receipt(met=True, escalated=True)
    receipt = dataclasses.replace(receipt, resolved_at=receipt.received_at + timedelta(days=3))
    text = text_of(render_receipt(receipt, "a5"))
    assert "Selasa, 17 Maret 2026 10:05 WITA" in text
    assert "Jumat, 20 Maret 2026 10:05 WITA" in text


def test_usual_receipt_fits_one_a5_sheet():
    assert len(reader(render_receipt(samples.receipt(), "a5")).pages) == 1
