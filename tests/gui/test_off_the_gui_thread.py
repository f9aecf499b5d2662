"""The desk's work reaches the database only from a worker: every public function of the
services is wrapped to record a call made on the GUI thread, then a CSO takes a visit, finds it
in the list and works it through the consultation window and its dialogs."""

from __future__ import annotations

import functools
import inspect
import threading

import pytest
from PySide6.QtCore import Qt

from kppn_desktop.gui.consultation.window import ConsultationWindow
from kppn_desktop.gui.pages.intake import IntakePage
from kppn_desktop.gui.pages.queue import QueuePage
from kppn_desktop.services import (
    attachments,
    consultations,
    inbox,
    library,
    library_import,
    office,
    papers,
    queries,
    reports,
    settings,
    stakeholders,
    system,
    users,
)
from tests.gui.test_intake import choose, type_new_stakeholder, type_question

SERVICES = (attachments, consultations, inbox, library, library_import, office, papers, queries,
            reports, settings, stakeholders, system, users)


@pytest.fixture
def on_gui_thread(monkeypatch):
    """Names of service functions called on the GUI thread (filled while the test runs)."""
    seen: list[str] = []
    main = threading.main_thread()
    for module in SERVICES:
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != module.__name__:
                continue

            def wrapper(*args, __fn=fn, __name=f"{module.__name__}.{name}", **kwargs):
                if threading.current_thread() is main:
                    seen.append(__name)
                return __fn(*args, **kwargs)

            monkeypatch.setattr(module, name, functools.wraps(fn)(wrapper))
    return seen


def test_a_visit_taken_and_worked_without_database_work_on_the_gui_thread(
        qtbot, office, cso_session, on_gui_thread):
    page = IntakePage(cso_session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.calendar is not None and bool(page.categories), timeout=5000)
    type_new_stakeholder(qtbot, page)
    type_question(qtbot, page.rows[0], office.categories[0], "SPM LS ditolak.")
    with qtbot.waitSignal(page.saved, timeout=10000):
        qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    number_id = page.outcome.result.consultations[0].id

    queue = QueuePage(cso_session)
    qtbot.addWidget(queue)
    queue.show()
    qtbot.waitUntil(lambda: queue.model.loaded and not cso_session.runner.busy, timeout=10000)
    qtbot.mouseClick(queue.ui.allButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.model.loaded and queue.model.rowCount() == 1, timeout=10000)

    window = ConsultationWindow(cso_session, number_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    def act(code: str, field: str, text: str, then: str, section: str | None = None) -> None:
        dialog = window.open_action(code)
        qtbot.keyClicks(getattr(dialog.ui, field), text)
        if section:
            choose(dialog.ui.sectionCombo, office.sections[section])
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.detail.summary.state == then and not window.loading,
                        timeout=5000)

    act("request_documents", "descriptionEdit", "Surat keterangan bank", "menunggu_dokumen")
    act("receive_documents", "noteEdit", "Diterima lengkap", "dilayani")
    act("escalate", "reasonEdit", "Perlu konfirmasi Kasi.", "dieskalasi", section="PDMS")
    act("resolve", "answerEdit", "Sudah dijelaskan.", "selesai")
    cso_session.runner.wait()
    assert on_gui_thread == []


def test_the_administrator_saves_without_database_work_on_the_gui_thread(
        qtbot, office, admin_session, on_gui_thread):
    from PySide6.QtCore import QTime

    from kppn_desktop.gui.pages.admin import AdminPage
    from tests.gui.conftest import finish_work

    page = AdminPage(admin_session)
    qtbot.addWidget(page)
    page.show()
    finish_work(qtbot)
    page.calendar.editor.closes[4].setTime(QTime(11, 30))
    qtbot.mouseClick(page.calendar.ui.saveHoursButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.calendar.ui.closureReasonEdit, "Keputusan Kepala Kantor")
    qtbot.mouseClick(page.calendar.ui.addClosureButton, Qt.MouseButton.LeftButton)
    page.ui.tabs.setCurrentIndex(page.tabs.index(page.profile))
    finish_work(qtbot)
    page.profile.form.ui.phoneEdit.setText("0422 21234")
    qtbot.mouseClick(page.profile.ui.saveButton, Qt.MouseButton.LeftButton)
    finish_work(qtbot)
    assert page.profile.ui.savedLabel.text() == "Profil kantor tersimpan."
    assert on_gui_thread == []


def test_the_main_window_and_a_conflict_without_database_work_on_the_gui_thread(
        qtbot, office, make_session, on_gui_thread):
    """The main window (idle lock, notices, reports page) and a refused save that loads the other
    workstation's change: all of it on the worker."""
    import dataclasses

    from kppn_desktop.gui.pages.admin import AdminPage
    from kppn_desktop.gui.shell.main_window import MainWindow
    from kppn_desktop.services import office as office_service
    from tests.gui.conftest import finish_work

    window = MainWindow(make_session(office.kasi))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "leave_confirmed", True))
    window.show()
    window.show_page("reports")
    window.notices.look()
    finish_work(qtbot)
    assert window.idle_minutes == 10 and window.pages["reports"].tz is not None

    page = AdminPage(make_session(office.admin))
    qtbot.addWidget(page)
    page.show()
    finish_work(qtbot)
    page.ui.tabs.setCurrentIndex(page.tabs.index(page.profile))
    finish_work(qtbot)
    page.profile.form.ui.phoneEdit.setText("0422 21234")

    def elsewhere():          # another workstation (not this GUI thread) saves first
        latest = office_service.get_office()
        office_service.save_office(office.admin,
                                   dataclasses.replace(latest, website="https://kppn.example.id"))
    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join()
    qtbot.mouseClick(page.profile.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.profile.form.ui.websiteEdit.text() == "https://kppn.example.id",
                    timeout=5000)
    finish_work(qtbot)
    assert on_gui_thread == []


def test_the_library_page_works_without_database_work_on_the_gui_thread(
        qtbot, office, kasi_session, on_gui_thread, tmp_path):
    from kppn_desktop.gui.pages.library import LibraryPage
    from tests import library_files as files
    from tests.gui.conftest import finish_work

    (tmp_path / "pmk62.txt").write_bytes(files.PMK_62.encode())
    page = LibraryPage(kasi_session)
    qtbot.addWidget(page)
    page.show()
    page.import_paths([str(tmp_path / "pmk62.txt")])
    qtbot.waitUntil(lambda: page.ui.regulationsTable.rowCount() == 1, timeout=10000)
    qtbot.keyClicks(page.ui.searchEdit, "pencairan")
    qtbot.waitUntil(lambda: bool(page.results.hits), timeout=5000)
    page.ui.tabs.setCurrentWidget(page.ui.faqTab)
    page.ui.questionEdit.setPlainText("Berapa lama SP2D terbit?")
    page.ui.answerEdit.setPlainText("Satu jam.")
    page.ui.citationsEdit.setText("PMK 62 Tahun 2023 Pasal 12")
    qtbot.mouseClick(page.ui.saveFaqButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.faqTable.rowCount() == 1, timeout=5000)
    finish_work(qtbot)
    assert on_gui_thread == []
