"""Issued reports: stored as issued, stamped with a code and the history's head; ``verify`` says
whether the database still yields them (issue 10, "Issued reports"; issue 11, item 9's anchor)."""

from __future__ import annotations

import datetime as dt

import pytest

from kppn_desktop import documents
from kppn_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import issued_reports
from kppn_desktop.services import office as office_service
from kppn_desktop.storage.database import db
from tests.documents.pdftools import text_of

from .helpers import take, wita

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
NOW = wita(2026, 4, 2, 9, 0)


@pytest.fixture
def march(office):
    """March: one answered late across a day (10 minutes Tuesday, 10 Wednesday), one escalated
    and still open at the end of the month."""
    [late] = take(office, wita(2026, 3, 10, 14, 50)).consultations
    late = svc.resolve(office.cso, late.id, "Dijawab.", expected_version=late.version,
                       at=wita(2026, 3, 11, 9, 0))
    [open_] = take(office, wita(2026, 3, 26, 9, 0)).consultations
    open_ = svc.escalate(office.cso, open_.id, section_id=office.sections["BANK"],
                         reason="Konfirmasi", contact_person="Nur", contact_phone="081244556677",
                         expected_version=open_.version, at=wita(2026, 3, 26, 9, 10))
    return late, open_


def test_an_issued_report_verifies_and_stays_verified_while_the_desk_works_on(office, march):
    issued = issued_reports.issue(office.kakan, *MARCH, now=NOW)
    assert issued.notes.previous_code is None
    assert documents.verification_code(issued.pdf) == issued.code
    text = text_of(issued.pdf)
    assert issued.code in text and "Penerbitan" in text and "Hasan Basri" in text
    check = issued_reports.verify(office.kakan, issued.pdf)
    assert check.ok, check.lines

    # April's work on March's consultations does not move March's figures.
    _, open_ = march
    svc.resolve(office.kasi_bank, open_.id, "Solusi", expected_version=open_.version,
                at=wita(2026, 4, 3, 10, 0))
    check = issued_reports.verify(office.kakan, issued.pdf)
    assert check.ok, check.lines
    assert issued_reports.preview(office.kakan, *MARCH, now=NOW).changes == ()


def test_a_correction_shows_as_changed_figures_and_names_the_correction(office, march):
    issued = issued_reports.issue(office.kakan, *MARCH, now=NOW)
    # The office was in fact closed that Wednesday: the late answer was in time after all.
    office_service.set_closure(office.admin, dt.date(2026, 3, 11), "Banjir, kantor tutup")
    office_service.recount_clocks(office.admin)
    check = issued_reports.verify(office.kakan, issued.pdf)
    assert not check.ok
    text = "\n".join(check.lines)
    assert "Kepatuhan waktu layanan 20 menit: 1 sesuai, 1 melebihi → 2 sesuai, 0 melebihi" in text, text
    assert "Berkas sama persis" in text and "masih utuh" in text
    assert "Administrasi" in text                       # the correction, from the history
    notes = issued_reports.preview(office.kakan, *MARCH, now=NOW)
    assert notes.previous_code == issued.code and notes.changes and notes.corrections
    again = issued_reports.issue(office.kakan, *MARCH, now=NOW + dt.timedelta(hours=1))
    assert again.code != issued.code and again.notes.changes == notes.changes
    assert issued_reports.verify(office.kakan, again.pdf).ok


def test_a_rewritten_history_or_an_edited_file_no_longer_verifies(office, database, march):
    issued = issued_reports.issue(office.kakan, *MARCH, now=NOW)
    edited = issued.pdf + b"\n% diubah\n"
    check = issued_reports.verify(office.kakan, edited)
    assert not check.ok and "BERBEDA" in check.lines[1]
    # Someone with the owner's rights drops the guard and rewrites an early event.
    if database.is_sqlite:
        db.execute_sql("DROP TRIGGER event_no_update")
    else:
        db.execute_sql("DROP TRIGGER event_append_only ON event")
    db.execute_sql("UPDATE event SET subject = 'diubah' WHERE seq = 2")
    check = issued_reports.verify(office.kakan, issued.pdf)
    assert not check.ok and any("TELAH DIUBAH" in line for line in check.lines)


def test_only_a_closed_period_is_issued_and_only_by_whom_may(office, march):
    with pytest.raises(ValidationError) as err:
        issued_reports.issue(office.kakan, dt.date(2026, 4, 1), dt.date(2026, 4, 30), now=NOW)
    assert "sudah berakhir" in err.value.errors["date_to"]
    with pytest.raises(PermissionDenied):
        issued_reports.issue(office.cso, *MARCH, now=NOW)
    with pytest.raises(PermissionDenied):
        issued_reports.issue(office.kasi, *MARCH, now=NOW)
    assert issued_reports.issue(office.admin, *MARCH, now=NOW).code


def test_a_paper_not_issued_here_says_so(office, march):
    from kppn_desktop.services import reports

    plain = reports.report_file(office.kakan, *MARCH, "pdf")
    check = issued_reports.verify(office.kakan, plain)
    assert not check.ok and check.code is None and "bukan laporan terbitan" in check.lines[0]
    assert not issued_reports.verify(office.kakan, b"not a pdf").ok
    stranger = documents.render_report(
        __import__("dataclasses").replace(
            reports.service_report(office.kakan, *MARCH, now=NOW),
            stamp=documents.IssueStamp("AAAA-BBBB-CCCC", NOW, "X", 1, "0" * 64)))
    with pytest.raises(NotFound):
        issued_reports.verify(office.kakan, stranger)


def test_an_issued_report_is_read_with_plans_for_its_values(office, march, monkeypatch):
    """An issue makes its report inside a service's transaction, which on PostgreSQL lets
    statements keep one plan for any values (``database.keep_plans``); the report's reads are
    planned for their values again, as the lists and reports are outside a save."""
    from kppn_desktop.services import reports

    if db.obj.__class__.__name__.startswith("Sqlite"):
        pytest.skip("PostgreSQL's plan cache")
    modes, made = [], reports.service_report

    def observed(*args, **kwargs):
        modes.append(db.execute_sql("SHOW plan_cache_mode").fetchone()[0])
        return made(*args, **kwargs)
    monkeypatch.setattr(reports, "service_report", observed)
    issued_reports.issue(office.kakan, *MARCH, now=NOW)
    assert modes == ["force_custom_plan"]
