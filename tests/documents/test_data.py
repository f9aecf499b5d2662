"""The input dataclasses, the fonts, and the Indonesian formatting of the papers."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone

import pytest

from kppn_desktop import resources
from kppn_desktop.documents import _format as fmt
from kppn_desktop.documents import fonts
from kppn_desktop.documents.data import DEFAULT_COMPLAINT_CHANNELS, BreakdownRow, Compliance, SlipQuestion

from . import samples
from .samples import WITA


def test_fonts_are_shipped_with_their_licence():
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                 "LICENSE-DejaVu.txt"):
        assert resources.exists(fonts.FONT_DIR, name), name
    assert b"Bitstream" in resources.read_bytes(fonts.FONT_DIR, "LICENSE-DejaVu.txt")


def test_fonts_register_once():
    first = fonts.register_fonts()
    assert first == ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique")
    assert fonts.register_fonts() is first


def test_slip_refuses_naive_datetimes():
    slip = samples.slip(1)
    with pytest.raises(ValueError, match="zona waktu"):
        dataclasses.replace(slip, received_at=datetime(2026, 3, 17, 10, 5))
    with pytest.raises(ValueError, match="zona waktu"):
        SlipQuestion("121-20260317-0001", "Lainnya", "x",
                     escalation_deadline=datetime(2026, 3, 27, 15))


def test_slip_needs_a_question_and_its_qr_carries_the_first_number():
    slip = samples.slip(3)
    assert slip.qr_payload == slip.questions[0].number == "121-20260317-0007"
    with pytest.raises(ValueError):
        dataclasses.replace(slip, questions=())


def test_data_is_frozen_and_defaults_carry_the_complaint_channels():
    slip = samples.slip(1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        slip.stakeholder_name = "x"  # type: ignore[misc]
    assert slip.complaint_channels == DEFAULT_COMPLAINT_CHANNELS
    names = " ".join(name for name, _ in DEFAULT_COMPLAINT_CHANNELS)
    for channel in ("SP4N-LAPOR!", "WISE", "SIPANDU", "HAI DJPb", "KPPN"):
        assert channel in names
    places = " ".join(where for _, where in DEFAULT_COMPLAINT_CHANNELS)
    for site in ("wise.kemenkeu.go.id", "pengaduandjpb.kemenkeu.go.id", "hai.kemenkeu.go.id"):
        assert site in places


def test_compliance_has_no_percentage_without_judged_consultations():
    assert Compliance(0, 0).pct is None
    assert Compliance(7, 1).pct == pytest.approx(87.5)
    assert BreakdownRow("Tatap muka", 10, 9, 9, 0).pct == 100.0


def test_report_period_must_run_forward():
    with pytest.raises(ValueError):
        dataclasses.replace(samples.report(0), period_start=date(2026, 12, 1))


def test_zone_abbreviation_follows_the_office_zone():
    header = samples.header()
    assert header.zone_abbrev == "WITA"
    assert dataclasses.replace(header, timezone="Asia/Jakarta").zone_abbrev == "WIB"
    assert dataclasses.replace(header, timezone="Asia/Jayapura").zone_abbrev == "WIT"
    assert dataclasses.replace(header, timezone_abbrev="WITA*").zone_abbrev == "WITA*"


def test_indonesian_formatting():
    header = samples.header()
    moment = datetime(2026, 3, 17, 2, 5, tzinfo=timezone.utc)  # 10:05 in Makassar
    assert fmt.date_long(date(2026, 3, 17)) == "Selasa, 17 Maret 2026"
    assert fmt.time_of(moment, header) == "10:05 WITA"
    assert fmt.datetime_long(moment, header) == "Selasa, 17 Maret 2026 10:05 WITA"
    assert fmt.datetime_short(moment, header) == "17/03/2026 10:05"
    assert fmt.period(date(2026, 11, 1), date(2026, 11, 30)) == "1–30 November 2026"
    assert fmt.period(date(2026, 2, 28), date(2026, 3, 3)) == "28 Februari – 3 Maret 2026"
    assert fmt.period(date(2025, 12, 29), date(2026, 1, 2)) == "29 Desember 2025 – 2 Januari 2026"
    assert fmt.period(date(2026, 3, 17), date(2026, 3, 17)) == "17 Maret 2026"
    assert fmt.number(12345) == "12.345"
    assert fmt.pct(91.54) == "91,5%"
    assert fmt.pct(None) == fmt.DASH
    assert fmt.minutes(1234.5) == "1.234,5 menit"
    assert fmt.hours_minutes(35) == "0:35"
    assert fmt.hours_minutes(1038) == "17:18"


def test_a_datetime_in_another_zone_prints_in_office_time():
    header = samples.header()
    jakarta = datetime(2026, 3, 17, 9, 5, tzinfo=WITA).astimezone(timezone.utc)
    assert fmt.time_of(jakarta, header) == "09:05 WITA"
