"""Daftar konsultasi driven through its widgets; every list is checked against what the services
hold, counted here independently."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest
from PySide6.QtCore import QDate, Qt

from kppn_desktop.domain.workflow import OPEN_STATES, State
from kppn_desktop.gui.lists.consultation_model import COL_NUMBER, PLACEHOLDER
from kppn_desktop.gui.pages.queue import QueuePage
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import queries
from kppn_desktop.services.queries import ListFilter
from kppn_desktop.services.records import QuestionInput
from tests.gui.test_consultation_model import make_consultations
from tests.services.helpers import WITA, bendahara, wita

NOW = wita(2026, 3, 10, 12, 0)


@pytest.fixture
def made(office):
    return make_consultations(office, 30)


@pytest.fixture
def page(cso_session, qtbot, made):
    widget = QueuePage(cso_session)
    qtbot.addWidget(widget)
    widget.now = lambda: NOW
    widget.model.now = lambda: NOW
    widget.resize(1366, 768)
    widget.show()
    wait_loaded(qtbot, widget)
    yield widget
    cso_session.runner.wait()


def wait_loaded(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.model.loaded and not page.session.runner.busy, timeout=10000)


def everything(office) -> list:
    """All consultations, straight from the services."""
    return queries.list_consultations(office.cso, ListFilter(), limit=1000)


def shown_ids(qtbot, page) -> list[int]:
    model = page.model
    for row in range(model.rowCount()):
        model.data(model.index(row, 0))
    qtbot.waitUntil(lambda: all(model.consultation_id(r) is not None
                                for r in range(model.rowCount())), timeout=10000)
    return [model.consultation_id(r) for r in range(model.rowCount())]


def click_list(qtbot, page, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, page)


def is_overdue(c, now) -> bool:
    if c.state == State.RESOLVED:
        return False
    due = c.solution_due_at if c.state == State.ESCALATED else c.service_due_at
    return due is not None and due < now


def test_each_list_shows_what_it_promises(qtbot, page, office):
    every = everything(office)
    ui = page.ui
    expected = {   # 'Semua' first: 'Hari ini' is already chosen, with the real date
        ui.allButton: every,
        ui.todayButton: [c for c in every if c.received_at.astimezone(WITA).date() == NOW.date()],
        ui.mineButton: [c for c in every if c.officer_id == office.cso.user_id],
        ui.waitingButton: [c for c in every if c.state == State.WAITING_DOCUMENTS],
        ui.escalatedButton: [c for c in every if c.state == State.ESCALATED],
        ui.overdueButton: [c for c in every if is_overdue(c, NOW)],
    }
    for button, rows in expected.items():
        click_list(qtbot, page, button)
        assert rows, button.text()
        assert sorted(shown_ids(qtbot, page)) == sorted(c.id for c in rows), button.text()
        assert ui.countLabel.text() == f"{len(rows)} konsultasi"
    # The lists really differ (the test would be blind otherwise).
    assert len({len(rows) for rows in expected.values()}) >= 4


def test_lists_grey_out_the_filters_they_decide(qtbot, page):
    ui = page.ui
    click_list(qtbot, page, ui.escalatedButton)
    assert not ui.stateCombo.isEnabled() and ui.officerCombo.isEnabled()
    click_list(qtbot, page, ui.mineButton)
    assert ui.stateCombo.isEnabled() and not ui.officerCombo.isEnabled()
    click_list(qtbot, page, ui.todayButton)
    assert not ui.dateCheck.isEnabled()


@pytest.mark.parametrize("what", ["number", "stakeholder", "satker", "question"])
def test_search(qtbot, page, made, what):
    target = made[7]
    text = {"number": target.number, "stakeholder": "stakeholder 07 prat",
            "satker": target.kode_satker, "question": "SP2D 77"}[what]
    click_list(qtbot, page, page.ui.allButton)
    qtbot.keyClicks(page.ui.searchEdit, text)
    qtbot.waitUntil(lambda: page.model.filter.text == text and page.model.loaded, timeout=5000)
    assert shown_ids(qtbot, page) == [target.id]
    assert page.ui.countLabel.text() == "1 konsultasi"
    page.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: page.model.filter.text == "" and page.model.loaded, timeout=5000)
    assert page.model.rowCount() == 30


def test_search_finds_answer_text(qtbot, page, made):
    click_list(qtbot, page, page.ui.allButton)
    qtbot.keyClicks(page.ui.searchEdit, "Jawaban 13")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)     # Enter: no waiting for the delay
    wait_loaded(qtbot, page)
    assert shown_ids(qtbot, page) == [made[13].id]


def test_filters_combine(qtbot, page, office):
    ui = page.ui
    click_list(qtbot, page, ui.allButton)
    category = office.categories[1]
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(category.id))
    wait_loaded(qtbot, page)
    assert sorted(shown_ids(qtbot, page)) == sorted(
        c.id for c in everything(office) if c.category_id == category.id)
    ui.categoryCombo.setCurrentIndex(0)
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("whatsapp"))
    ui.officerCombo.setCurrentIndex(ui.officerCombo.findData(office.cso.user_id))
    ui.stateCombo.setCurrentIndex(ui.stateCombo.findData("open"))
    wait_loaded(qtbot, page)
    expected = [c.id for c in everything(office) if c.channel == "whatsapp"
                and c.officer_id == office.cso.user_id and c.state in OPEN_STATES]
    assert expected and sorted(shown_ids(qtbot, page)) == sorted(expected)
    ui.channelCombo.setCurrentIndex(0)
    ui.officerCombo.setCurrentIndex(0)
    ui.stateCombo.setCurrentIndex(0)
    ui.sectionCombo.setCurrentIndex(ui.sectionCombo.findData(office.sections["BANK"]))
    wait_loaded(qtbot, page)
    assert sorted(shown_ids(qtbot, page)) == sorted(
        c.id for c in everything(office) if c.section_id == office.sections["BANK"])


def test_date_range(qtbot, page, office):
    ui = page.ui
    click_list(qtbot, page, ui.allButton)
    ui.dateCheck.setChecked(True)
    ui.fromEdit.setDate(QDate(2026, 3, 4))
    ui.toEdit.setDate(QDate(2026, 3, 6))
    wait_loaded(qtbot, page)
    expected = [c.id for c in everything(office)
                if dt.date(2026, 3, 4) <= c.received_at.astimezone(WITA).date() <= dt.date(2026, 3, 6)]
    assert expected and sorted(shown_ids(qtbot, page)) == sorted(expected)


def test_bad_date_range_is_shown_beside_the_dates(qtbot, page):
    ui = page.ui
    click_list(qtbot, page, ui.allButton)
    before = page.model.filter
    ui.toEdit.setDate(QDate(2026, 3, 1))
    ui.fromEdit.setDate(QDate(2026, 3, 31))
    qtbot.mouseClick(ui.dateCheck, Qt.MouseButton.LeftButton)
    assert ui.dateCheck.isChecked()
    assert "sebelum tanggal awal" in ui.date_toError.text() and ui.date_toError.isVisible()
    assert ui.fromEdit.date() == QDate(2026, 3, 31) and ui.toEdit.date() == QDate(2026, 3, 1)
    assert page.model.filter == before and page.model.filter.date_from is None
    ui.toEdit.setDate(QDate(2026, 4, 30))
    wait_loaded(qtbot, page)
    assert not ui.date_toError.isVisible()
    assert page.model.filter.date_from == dt.date(2026, 3, 31)


def test_change_from_another_workstation_appears(qtbot, page, office, cso_session):
    click_list(qtbot, page, page.ui.allButton)
    assert page.model.rowCount() == 30
    page.ui.table.selectRow(3)
    chosen = page.model.consultation_id(3)
    result = svc.take_consultation(office.cso2, channel="telepon", stakeholder=bendahara(
        name="Pendatang Baru", kode_satker="654321", phone="0813 9999 0000"),
        questions=[QuestionInput(office.categories[2].id, "Pertanyaan baru")])
    new_id = result.consultations[0].id
    cso_session.data_changed.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 31, timeout=10000)
    assert new_id in shown_ids(qtbot, page)
    assert page.ui.countLabel.text() == "31 konsultasi"
    # The new one is the newest: the chosen row moved down one and stays chosen.
    assert page.model.consultation_id(page.ui.table.currentIndex().row()) == chosen
    assert page.ui.table.currentIndex().row() == 4


def test_double_click_and_enter_open_the_consultation(qtbot, page):
    click_list(qtbot, page, page.ui.allButton)
    table, model = page.ui.table, page.model
    qtbot.waitUntil(lambda: model.data(model.index(2, COL_NUMBER)) != PLACEHOLDER, timeout=5000)
    rect = table.visualRect(model.index(2, COL_NUMBER))
    emitted = []
    page.open_consultation.connect(emitted.append)
    with qtbot.waitSignal(page.open_consultation, timeout=2000) as opened:
        # As a real double click arrives: a click, then the double-click event.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [model.consultation_id(2)]
    qtbot.wait(20)
    assert emitted == [model.consultation_id(2)]       # once, not once per click
    table.setFocus()
    table.selectRow(4)
    with qtbot.waitSignal(page.open_consultation, timeout=2000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [model.consultation_id(4)]


def test_focus_search_and_down_arrow(qtbot, page):
    page.ui.searchEdit.setText("abc")
    page.focus_search()
    assert page.ui.searchEdit.hasFocus() and page.ui.searchEdit.selectedText() == "abc"
    page.ui.searchEdit.clear()
    wait_loaded(qtbot, page)
    click_list(qtbot, page, page.ui.allButton)
    page.focus_search()
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)
    assert page.ui.table.hasFocus() and page.ui.table.currentIndex().row() == 0


def test_a_failed_load_says_so_and_f5_tries_again(qtbot, page, office, monkeypatch, shown_errors,
                                                  cso_session):
    from kppn_desktop.gui.lists import consultation_model as cm

    def broken(actor, flt, **_page):
        raise peewee.OperationalError("server closed the connection unexpectedly")

    real = cm.queries.list_consultations
    monkeypatch.setattr(cm.queries, "list_consultations", broken)
    qtbot.mouseClick(page.ui.escalatedButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown_errors) == 1, timeout=5000)
    assert shown_errors[0][0] == "Basis data tidak terjangkau"
    assert "gagal dimuat" in page.ui.countLabel.text()
    monkeypatch.setattr(cm.queries, "list_consultations", real)
    cso_session.changed()          # what F5 (Muat ulang) does
    wait_loaded(qtbot, page)
    expected = [c.id for c in everything(office) if c.state == State.ESCALATED]
    assert sorted(shown_ids(qtbot, page)) == sorted(expected)
    assert page.ui.countLabel.text() == f"{len(expected)} konsultasi"


def test_a_list_starts_clean_and_active_filters_are_shown(qtbot, page, made, office):
    """A search left in 'Semua' no longer empties 'Terlambat' unseen: choosing a list clears
    the search and filters, and whatever narrows a list is named beside its count."""
    ui = page.ui
    click_list(qtbot, page, ui.allButton)
    assert not page.filterLabel.isVisible()
    qtbot.keyClicks(ui.searchEdit, "tidak ada yang cocok")
    qtbot.waitUntil(lambda: page.model.filter.text == "tidak ada yang cocok"
                    and page.model.loaded, timeout=5000)
    assert page.model.rowCount() == 0
    assert page.filterLabel.isVisible() and "tidak ada yang cocok" in page.filterLabel.text()
    click_list(qtbot, page, ui.overdueButton)
    assert ui.searchEdit.text() == "" and not page.filterLabel.isVisible()
    expected = [c for c in everything(office) if is_overdue(c, NOW)]
    assert expected and page.model.rowCount() == len(expected)
    category = office.categories[1]
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(category.id))
    wait_loaded(qtbot, page)
    assert page.filterLabel.isVisible() and category.name in page.filterLabel.text()


def test_on_a_day_off_the_page_opens_on_every_consultation(cso_session, qtbot, made):
    saturday = wita(2026, 3, 14, 10, 0)
    widget = QueuePage(cso_session)
    qtbot.addWidget(widget)
    widget.now = lambda: saturday
    widget.model.now = lambda: saturday
    widget.show()
    wait_loaded(qtbot, widget)
    qtbot.waitUntil(widget.ui.allButton.isChecked, timeout=5000)
    wait_loaded(qtbot, widget)
    assert widget.model.rowCount() == 30
