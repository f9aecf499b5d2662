"""Bukti konsultasi: every field on the paper, the 80 mm roll, the QR code a scanner reads."""

from __future__ import annotations

import dataclasses

import pytest
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm

from kppn_desktop.documents import render_slip
from kppn_desktop.documents.data import DEFAULT_COMPLAINT_CHANNELS, SlipQuestion

from . import samples
from .pdftools import decode_qr, font_names, page_texts, reader, render_png, text_of

LAYOUTS = ("receipt80", "a5", "a4")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_field_is_on_the_slip(layout):
    slip = samples.slip(3)
    text = text_of(render_slip(slip, layout))
    expected = [
        "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA", "DIREKTORAT JENDERAL PERBENDAHARAAN",
        "PROVINSI SULAWESI BARAT", "MAJENE", "Jl. Jend. Sudirman No. 96, Majene 91412",
        "081356270283", "djpb.kemenkeu.go.id/kppn/majene/id",
        "BUKTI KONSULTASI", slip.visit_number,
        "Selasa, 17 Maret 2026", "10:05 WITA",
        "Andi Rahmawati & Rekan", "Satker K/L – Bendahara Pengeluaran",
        "999062", "Kantor Kementerian Agama Kabupaten Majene", "Tatap muka",
        "Nurul Hidayah, S.E.",
        "Standar waktu layanan: 20–30 menit per jenis layanan",
        "Biaya: tidak dipungut biaya (gratis)", "Resolved",
        # the escalated question: deadline, contact, section
        "Jumat, 27 Maret 2026 15:00 WITA", "Andi Rahmawati (0812-4455-6677)",
        "Seksi Pencairan Dana dan MSKI", "30 menit",
        " ".join(slip.follow_up.split()),
        "Dicetak",
    ]
    for q in slip.questions:
        expected += [q.number, q.category, " ".join(q.summary.split()), q.status]
    for name, where in DEFAULT_COMPLAINT_CHANNELS:
        expected += [name, where]
    missing = [item for item in expected if item not in text]
    assert not missing, f"missing on {layout}: {missing}"


def test_uniform_targets_read_like_the_standard():
    text = text_of(render_slip(samples.slip(1)))
    assert "Standar waktu layanan: 20 menit per jenis layanan" in text
    assert "Biaya: tidak dipungut biaya (gratis)" in text


def test_markup_in_user_text_is_printed_not_interpreted():
    slip = samples.slip(1)
    question = dataclasses.replace(slip.questions[0], summary="Nilai <b>SPM</b> & 5 < 6")
    text = text_of(render_slip(dataclasses.replace(slip, questions=(question,))))
    assert "Nilai <b>SPM</b> & 5 < 6" in text


def test_roll_is_80_mm_wide_and_as_tall_as_its_content():
    short = reader(render_slip(samples.slip(1)))
    long = reader(render_slip(samples.slip(3)))
    for pdf in (short, long):
        assert len(pdf.pages) == 1
        assert float(pdf.pages[0].mediabox.width) == pytest.approx(80 * mm, abs=0.05)
        assert float(pdf.pages[0].mediabox.width) == pytest.approx(226.77, abs=0.05)
    short_h = float(short.pages[0].mediabox.height)
    long_h = float(long.pages[0].mediabox.height)
    assert 100 * mm < short_h < long_h


def test_a_very_long_visit_still_prints_on_one_roll_page():
    slip = samples.slip(1)
    questions = tuple(dataclasses.replace(slip.questions[0], number=f"121-20260317-{i:04d}")
                      for i in range(1, 16))
    pdf = render_slip(dataclasses.replace(slip, questions=questions))
    assert len(reader(pdf).pages) == 1
    assert "121-20260317-0015" in text_of(pdf)


@pytest.mark.parametrize("layout, size", [("a4", A4), ("a5", A5)])
def test_forms_have_their_paper_size_and_a_usual_slip_fits_one_sheet(layout, size):
    pdf = render_slip(samples.slip(1, escalated=False), layout)
    pages = reader(pdf).pages
    assert len(pages) == 1
    assert float(pages[0].mediabox.width) == pytest.approx(size[0], abs=0.05)
    assert float(pages[0].mediabox.height) == pytest.approx(size[1], abs=0.05)
    assert "Halaman 1 dari 1" in page_texts(pdf)[0]


def test_a_full_visit_fits_one_a4_sheet():
    pdf = render_slip(samples.slip(3), "a4")
    assert len(reader(pdf).pages) == 1


def test_fonts_are_embedded():
    names = font_names(render_slip(samples.slip(1)))
    assert any(name.endswith("+DejaVuSans") for name in names)
    assert any(name.endswith("+DejaVuSans-Bold") for name in names)


def test_unknown_layout_is_refused():
    with pytest.raises(ValueError, match="Format kertas"):
        render_slip(samples.slip(1), "letter")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_slip_renders_to_png(layout, tmp_path):
    render_png(render_slip(samples.slip(2), layout), tmp_path, dpi=80)


@pytest.mark.parametrize("layout", ["receipt80", "a5", "a4"])
def test_qr_code_scans_to_the_consultation_number(layout, tmp_path):
    slip = samples.slip(2)
    png = render_png(render_slip(slip, layout), tmp_path, dpi=200)[0]
    assert decode_qr(png) == slip.qr_payload == "121-20260317-0007"


def test_single_question_without_escalation_has_no_deadline_line():
    slip = samples.slip(1)
    assert slip.questions[0] == SlipQuestion(slip.questions[0].number, slip.questions[0].category,
                                             slip.questions[0].summary)
    text = text_of(render_slip(slip))
    assert "Batas solusi" not in text
    assert "dieskalasi" not in text.lower()


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_summary_longer_than_a_page_flows_on(layout):
    slip = samples.slip(2)
    summary = " ".join(f"Butir {i} dari permasalahan SPM." for i in range(500))
    question = dataclasses.replace(slip.questions[0], summary=summary)
    pdf = render_slip(dataclasses.replace(slip, questions=(question, slip.questions[1])), layout)
    text = text_of(pdf)
    assert "Butir 0 dari" in text and "Butir 499 dari" in text
    assert "121-20260317-0008" in text
