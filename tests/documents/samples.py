"""Sample papers for the document tests (and for looking at the output by hand)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from kppn_desktop.documents.data import (
    BreakdownRow,
    Compliance,
    ConsultationSlip,
    OfficeHeader,
    OverdueRow,
    ResolutionReceipt,
    ServiceReport,
    SlipQuestion,
)

WITA = ZoneInfo("Asia/Makassar")


def header() -> OfficeHeader:
    return OfficeHeader(
        office_name="KPPN Tipe A2 Majene",
        office_full_name="Kantor Pelayanan Perbendaharaan Negara Tipe A2 Majene",
        kanwil_name="Kantor Wilayah Direktorat Jenderal Perbendaharaan Provinsi Sulawesi Barat",
        address="Jl. Jend. Sudirman No. 96, Majene 91412",
        phone="081356270283",
        website="https://djpb.kemenkeu.go.id/kppn/majene/id/",
        email="kppnmajene@kemenkeu.go.id",
    )


def slip(questions: int = 2, escalated: bool = True) -> ConsultationSlip:
    received = datetime(2026, 3, 17, 10, 5, tzinfo=WITA)
    items = [
        SlipQuestion(
            number="121-20260317-0007",
            category="Pencairan dana / SPM–SP2D",
            summary="SPM LS kontrak ditolak karena data supplier & nomor rekening tidak sesuai; "
                    "mohon penjelasan langkah perbaikan <segera>.",
            status="Diterima"),
        SlipQuestion(
            number="121-20260317-0008",
            category="Retur / koreksi / ralat SP2D",
            summary="Retur SP2D gaji bulan Februari atas nama pegawai pindah tugas.",
            status="Dieskalasi",
            escalation_deadline=datetime(2026, 3, 27, 15, 0, tzinfo=WITA) if escalated else None,
            contact_person="Andi Rahmawati (0812-4455-6677)" if escalated else None,
            section="Seksi Pencairan Dana dan MSKI" if escalated else None),
        SlipQuestion(
            number="121-20260317-0009",
            category="Aplikasi (SAKTI, OM SPAN/MyIntress, user/OTP)",
            summary="Reset OTP user operator SAKTI modul komitmen.",
            service_target_minutes=30),
    ]
    return ConsultationSlip(
        header=header(), visit_number="KJ-121-20260317-004", received_at=received,
        stakeholder_name="Andi Rahmawati & Rekan",
        stakeholder_type="Satker K/L – Bendahara Pengeluaran",
        satker_code="999062", satker_name="Kantor Kementerian Agama Kabupaten Majene",
        channel="Tatap muka", external_reference="", officer_name="Nurul Hidayah, S.E.",
        questions=tuple(items[:questions]),
        printed_at=received + timedelta(minutes=1))


def receipt(met: bool = True, escalated: bool = False) -> ResolutionReceipt:
    received = datetime(2026, 3, 17, 10, 5, tzinfo=WITA)
    minutes = 12 if met else 34
    extra = {}
    if escalated:
        extra = dict(escalated_to="Seksi Pencairan Dana dan MSKI",
                     solution_deadline=datetime(2026, 3, 27, 15, 0, tzinfo=WITA),
                     solution_met=met)
    return ResolutionReceipt(
        header=header(), number="121-20260317-0007", stakeholder_name="Andi Rahmawati",
        stakeholder_type="Satker K/L – Bendahara Pengeluaran", satker_code="999062",
        satker_name="Kantor Kementerian Agama Kabupaten Majene",
        channel="HAI CSO (OM SPAN/MyIntress)", external_reference="HAI-2026-031700123",
        category="Pencairan dana / SPM–SP2D",
        question_summary="SPM LS kontrak ditolak karena data supplier tidak sesuai.",
        answer="Perbarui data supplier pada modul Komitmen SAKTI (nomor rekening sesuai "
               "referensi bank), lalu ajukan ulang SPM LS dengan ADK yang baru. Setelah data "
               "supplier disetujui KPPN, SPM dapat diproses pada hari yang sama.",
        regulation="PER-1/PB/2025 tentang Petunjuk Teknis Pengelolaan Data Supplier, Pasal 7",
        officer_name="Nurul Hidayah, S.E.",
        received_at=received, resolved_at=received + timedelta(minutes=minutes),
        handling_minutes=minutes, target_minutes=20, met=met,
        printed_at=received + timedelta(minutes=minutes + 1), **extra)


def _rows(labels, seed):
    out = []
    for i, label in enumerate(labels):
        total = 10 + (i * 7 + seed) % 40
        breached = (i + seed) % 4
        out.append(BreakdownRow(label=label, total=total, resolved=total - (i % 3),
                                met=total - (i % 3) - breached, breached=breached,
                                escalated=i % 3, avg_minutes=9.5 + (i * 3.1 + seed) % 12))
    return tuple(out)


def report(overdue: int = 12) -> ServiceReport:
    start, end = date(2026, 11, 1), date(2026, 11, 30)
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    volume = tuple((d, 0 if d.weekday() >= 5 else 8 + (d.day * 7) % 13) for d in days)
    compliance = tuple((d, None if d.weekday() >= 5 else 70.0 + (d.day * 11) % 31)
                       for d in days)
    rows = []
    for i in range(overdue):
        day = date(2026, 11, 2) + timedelta(days=(i // 12) % 5 + 7 * ((i // 60) % 4))
        received = datetime(day.year, day.month, day.day, 8, tzinfo=WITA) + timedelta(
            minutes=(i * 37) % 400)
        rows.append(OverdueRow(
            number=f"121-202611{2 + i % 25:02d}-{i + 1:04d}", received_at=received,
            stakeholder=f"Bendahara Satker {999000 + i}", category="Retur / koreksi / ralat SP2D",
            officer="Muhammad Fadli" if i % 2 else "Nurul Hidayah, S.E.",
            deadline=received + timedelta(days=5), overdue_minutes=35 + i * 17,
            section="Seksi Pencairan Dana dan MSKI"))
    return ServiceReport(
        header=header(), period_start=start, period_end=end,
        generated_at=datetime(2026, 11, 26, 7, 15, tzinfo=timezone.utc), city="Majene",
        total=412, resolved=389, escalated=31,
        service_compliance=Compliance(met=356, breached=33, clocks=412),
        solution_compliance=Compliance(met=27, breached=4, clocks=31),
        missed_progress_updates=6, avg_handling_minutes=13.4, p90_handling_minutes=24.0,
        backlog=23,
        by_channel=_rows(["Tatap muka", "HAI CSO (OM SPAN/MyIntress)", "WhatsApp", "Telepon",
                          "E-mail"], 1),
        by_category=_rows(["Pencairan dana / SPM–SP2D", "Data supplier & kontrak",
                           "Retur / koreksi / ralat SP2D", "UP/TUP, KKP, Digipay", "Gaji & SKPP",
                           "LPJ bendahara", "Rekonsiliasi & laporan keuangan",
                           "Aplikasi (SAKTI, OM SPAN/MyIntress, user/OTP)", "Lainnya"], 2),
        by_section=_rows(["Seksi Pencairan Dana dan MSKI", "Seksi Bank", "Seksi Verifikasi "
                          "Akuntansi dan Kepatuhan Internal", "Subbagian Umum"], 3),
        by_officer=_rows(["Nurul Hidayah, S.E.", "Muhammad Fadli", "Sitti Aminah, A.Md.",
                          "Rahmat Hidayat"], 4),
        overdue=tuple(rows), daily_volume=volume, daily_compliance=compliance,
        head_name="Dr. Ahmad Syarifuddin, S.E., M.Si.", head_nip="197503122000031002",
        signed_on=date(2026, 11, 26))
