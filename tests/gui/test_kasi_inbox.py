"""The Kepala Seksi's inbox: only the section's open escalations, nearest deadline first, with
counts that match what the services say about each consultation."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kppn_desktop.gui.pages.kasi_inbox import KasiInboxPage
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import inbox, queries
from kppn_desktop.services.queries import ListFilter
from kppn_desktop.services.records import QuestionInput
from tests.services.helpers import WITA, bendahara, wita

NOW = wita(2026, 3, 16, 10, 0)


def escalated(office, at, section="PDMS", *, name="Nurhayati Saleh", progress_at=None):
    [c] = svc.take_consultation(
        office.cso, channel="tatap_muka", at=at,
        stakeholder=bendahara(name=name, phone=f"0812 77{at.day:02d} {at.hour:02d}00"),
        questions=[QuestionInput(office.categories[0].id, f"Pertanyaan {name}")]).consultations
    c = svc.escalate(office.cso, c.id, section_id=office.sections[section], reason="Konfirmasi",
                     contact_person="Pak Ahmad", contact_phone="0812 3456 7890",
                     expected_version=c.version, at=at + dt.timedelta(minutes=10))
    if progress_at:
        c = svc.record_progress(office.cso, c.id, "Sedang dikonfirmasi", channel="telepon",
                                expected_version=c.version, at=progress_at)
    return c


@pytest.fixture
def cases(office):
    late = escalated(office, wita(2026, 3, 10, 9, 0), name="Ani Terlambat")       # due 13 Mar
    later = escalated(office, wita(2026, 3, 12, 9, 0), name="Budi Lusa",           # due 17 Mar
                      progress_at=wita(2026, 3, 13, 10, 0))
    today = escalated(office, wita(2026, 3, 11, 9, 0), name="Citra Hari Ini")      # due 16 Mar
    last = escalated(office, wita(2026, 3, 13, 9, 0), name="Dedi Akhir")           # due 25 Mar
    escalated(office, wita(2026, 3, 10, 9, 30), "BANK", name="Eko Bank")           # other section
    done = escalated(office, wita(2026, 3, 9, 9, 0), name="Fajar Selesai")
    svc.resolve(office.cso, done.id, "Solusi", expected_version=done.version,
                at=wita(2026, 3, 10, 9, 0))
    return [late, today, later, last]


@pytest.fixture
def page(kasi_session, qtbot, cases):
    widget = KasiInboxPage(kasi_session)
    qtbot.addWidget(widget)
    widget.now = lambda: NOW
    widget.model.now = lambda: NOW
    widget.resize(1366, 768)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.model.loaded and not kasi_session.runner.busy, timeout=10000)
    yield widget
    kasi_session.runner.wait()


def rows(page) -> list[int]:
    return [page.model.consultation_id(r) for r in range(page.model.rowCount())]


def test_only_the_section_escalations_by_deadline(page, cases):
    assert [c.solution_due_at for c in cases] == [
        wita(2026, 3, 13, 15, 0), wita(2026, 3, 16, 15, 0), wita(2026, 3, 17, 15, 0),
        wita(2026, 3, 25, 15, 0)]
    assert rows(page) == [c.id for c in cases]
    model = page.model
    # The solution date in the row itself, with the time left.
    assert model.data(model.index(0, 8)) == "13/03 15:00 · lewat 1 hari kerja"
    assert model.data(model.index(1, 8)) == "16/03 15:00 · sisa 5 jam"
    assert model.headerData(8, Qt.Orientation.Horizontal) == "Batas solusi"
    table, metrics = page.ui.table, page.ui.table.fontMetrics()
    for row in range(model.rowCount()):          # both read whole, not cut to "…"
        for column in (7, 8):
            text = model.data(model.index(row, column))
            assert table.columnWidth(column) > metrics.horizontalAdvance(text), text
    assert page.ui.titleLabel.text() == "Eskalasi Seksi Pencairan Dana dan Manajemen Satker"


def test_counts_match_the_services(page, office, cases):
    every = queries.list_consultations(office.kasi, ListFilter(
        states=("dieskalasi",), section_id=office.sections["PDMS"]), limit=100)
    overdue = [c for c in every if c.solution_due_at < NOW]
    due_today = [c for c in every if NOW <= c.solution_due_at
                 and c.solution_due_at.date() == NOW.date()]
    missed = {c.id: sum(len(cycle.progress.missed_days) for cycle in
                        queries.get_consultation(office.kasi, c.id, now=NOW).clocks
                        if cycle.progress) for c in every}
    assert (len(overdue), len(due_today)) == (1, 1)
    assert sum(missed.values()) > 0 and missed[cases[2].id] < missed[cases[0].id]
    ui = page.ui
    assert ui.dueTodayLabel.text() == "Jatuh tempo hari ini: 1"
    assert ui.overdueLabel.text() == "Terlambat: 1"
    assert ui.missedLabel.text() == f"Progres terlewat: {sum(missed.values())}"
    assert ui.openCountLabel.text() == "Menunggu solusi: 4"
    counts = inbox.section_inbox_counts(office.kasi, now=NOW)
    assert counts.with_missed_updates == sum(1 for n in missed.values() if n)
    # Each row says whether its stakeholder missed an update, and when, or when the next is due.
    model = page.model
    assert model.headerData(7, Qt.Orientation.Horizontal) == "Progres ke stakeholder"
    for row, c in enumerate(cases):
        text = model.data(model.index(row, 7))
        clocks = queries.get_consultation(office.kasi, c.id, now=NOW).clocks
        if missed[c.id]:
            last = max(d for cycle in clocks if cycle.progress for d in cycle.progress.missed_days)
            assert text == f"{missed[c.id]} terlewat (terakhir {last:%d/%m})", text
        else:
            due = clocks[-1].progress.deadline.astimezone(WITA)
            assert text == f"berikutnya {due:%d/%m %H:%M}", text


def test_a_new_escalation_appears_on_data_changed(qtbot, page, office, kasi_session):
    new = escalated(office, wita(2026, 3, 16, 8, 30), name="Gita Baru")   # due 25 Mar, after id
    kasi_session.data_changed.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=10000)
    qtbot.waitUntil(lambda: page.ui.openCountLabel.text() == "Menunggu solusi: 5", timeout=10000)
    assert new.id in rows(page)


def test_double_click_opens(qtbot, page, cases):
    table = page.ui.table
    rect = table.visualRect(page.model.index(1, 0))
    with qtbot.waitSignal(page.open_consultation, timeout=2000) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [cases[1].id]
    with qtbot.waitSignal(page.open_consultation, timeout=2000) as opened:
        qtbot.mouseClick(page.ui.openButton, Qt.MouseButton.LeftButton)
    assert opened.args == [cases[1].id]


@pytest.fixture
def bank_session(office, make_session):
    return make_session(office.kasi_bank)


def test_kasi_of_another_section_sees_only_theirs(qtbot, bank_session, cases):
    widget = KasiInboxPage(bank_session)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.model.loaded and not bank_session.runner.busy, timeout=10000)
    [only] = rows(widget)
    assert queries.summary_of(only).stakeholder == "Eko Bank"
    assert widget.ui.titleLabel.text() == "Eskalasi Seksi Bank"
