"""The administrator's personal-data tab (UU 27/2022): the record of processing, the anonymisation
run with its count and confirmation, and a person's data export; the work runs on the worker."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from kppn_desktop.gui.pages import admin_privacy
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import privacy
from kppn_desktop.storage import history, replay
from kppn_desktop.storage.models import Consultation
from tests.gui.conftest import finish_work
from tests.gui.test_admin import click, page, retype, settle  # noqa: F401 (page: a fixture)
from tests.services.helpers import take, wita


@pytest.fixture
def tab(page, qtbot):  # noqa: F811 - the fixture imported above
    page.ui.tabs.setCurrentWidget(page.ui.privacyTab)
    settle(qtbot, page)
    return page.privacy


def _old_consultation(office):
    [c] = take(office, wita(2019, 3, 5, 9, 0)).consultations
    return svc.resolve(office.cso, c.id, "Jawaban lama.", expected_version=c.version,
                       at=wita(2019, 3, 5, 9, 5))


def test_the_record_of_processing_is_shown_read_only(tab):
    text = tab.ui.recordView.toPlainText()
    assert "Pasal 31" in text and "Tujuan pemrosesan" in text and "5 tahun" in text
    assert "belum pernah dijalankan" in text
    assert tab.ui.recordView.isReadOnly()


def test_anonymising_counts_first_asks_then_runs_on_the_worker(tab, office, qtbot):
    old = _old_consultation(office)
    click(qtbot, tab.ui.anonymiseButton)
    box = tab.confirmation
    assert box is not None and "Akan dianonimkan: 1 konsultasi" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()      # cancelled: nothing happens
    finish_work(qtbot)
    assert Consultation.get_by_id(old.id).anonymised_at is None
    click(qtbot, tab.ui.anonymiseButton)
    tab.confirmation.button(QMessageBox.StandardButton.Yes).click()
    finish_work(qtbot)
    qtbot.waitUntil(lambda: "Dianonimkan: 1 konsultasi" in tab.ui.anonymiseStatus.text())
    assert Consultation.get_by_id(old.id).anonymised_at is not None
    assert history.verify_chain().ok and replay.verify_rows().ok
    qtbot.waitUntil(lambda: "oleh Admin Kantor: 1 konsultasi" in tab.ui.recordView.toPlainText())
    # Nothing left: said at once, no question asked.
    click(qtbot, tab.ui.anonymiseButton)
    assert tab.confirmation is None and "Tidak ada data pribadi" in tab.ui.anonymiseStatus.text()


def test_a_person_s_data_is_exported_to_the_folder_chosen(tab, office, qtbot, tmp_path,
                                                          monkeypatch):
    _old_consultation(office)
    out = tmp_path / "akses"
    out.mkdir()
    monkeypatch.setattr(admin_privacy, "ask_folder", lambda parent: str(out))
    click(qtbot, tab.ui.exportButton)                        # nothing typed: said beside the name
    assert tab.ui.nameError.isVisible() and not list(out.iterdir())
    retype(qtbot, tab.ui.phoneEdit, "12")
    click(qtbot, tab.ui.exportButton)
    assert tab.ui.phoneError.isVisible() and tab.ui.phoneEdit.text() == "12"
    retype(qtbot, tab.ui.phoneEdit, "0812 4455 6677")
    click(qtbot, tab.ui.exportButton)
    qtbot.waitUntil(lambda: "Disimpan" in tab.ui.exportStatus.text())
    [found] = out.glob("*.json")
    assert json.loads(found.read_text())["stakeholder"][0]["nama"] == "Nurhayati Saleh"
    assert found.with_suffix(".pdf").exists()
    assert "1 data stakeholder dan 1 konsultasi" in tab.ui.exportStatus.text()


def test_the_tab_s_work_never_runs_on_the_gui_thread(tab, office, qtbot, monkeypatch):
    import threading

    main = threading.main_thread()
    seen = []
    for name in ("plan_anonymisation", "anonymise", "processing_record"):
        real = getattr(privacy, name)

        def spy(*args, _real=real, **kwargs):
            seen.append(threading.current_thread() is main)
            return _real(*args, **kwargs)
        monkeypatch.setattr(privacy, name, spy)
    _old_consultation(office)
    tab.refresh()
    click(qtbot, tab.ui.anonymiseButton)
    tab.confirmation.button(QMessageBox.StandardButton.Yes).click()
    finish_work(qtbot)
    assert len(seen) >= 3 and not any(seen)
