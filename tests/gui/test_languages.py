"""The two languages of the screen (issue 13): the translation files are current and complete,
and every page, dialog and the consultation window show no English in Indonesian and no
Indonesian in English.

The walk collects what a user reads as the interface: labels, buttons, titles, tool tips,
placeholders, tab and group titles, menu items, column headers and the items of the choice lists
(not lists of sections, categories or officers: their items are the office's data). Table cells
and the texts typed by users are data, not interface, and are left out."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from kppn_desktop.gui.language import i18n, i18n_build
from kppn_desktop.services import consultations
from tests.gui.conftest import finish_work
from tests.services.helpers import take

#: Words of the interface that must not show in the other language (whole words, any case).
#: Proper names (KPPN, CSO, SP2D, SAKTI, FAQ), words both languages use (Status, Stakeholder,
#: Administrator, OK, E-mail) and words of the office's own data (Seksi, in its sections' names)
#: are not listed.
ENGLISH_WORDS = {
    "File", "Edit", "Cancel", "Open", "Save", "Print", "Close", "Copy", "Paste", "Select All",
    "Undo", "Redo", "Delete", "Yes", "Help", "Back", "Next", "Finish", "Search", "Name",
    "Size", "Type", "Date", "Look in", "Files", "Zoom in", "Zoom out", "Page", "Portrait",
    "Landscape", "Apply", "Reset", "Details", "Cu&t", "Cut", "Loading", "Error", "Warning",
    "Question", "Answer", "Consultation", "Consultations", "Report", "Reports", "Library",
    "Users", "User", "Section", "Category", "Received", "Resolved", "Escalated", "Escalate",
    "Reopen", "Remove", "Add", "Choose", "Log out", "Log in", "Password", "the", "and", "of",
    "to", "with", "from", "minutes", "left", "over",
}
INDONESIAN_WORDS = {
    "Simpan", "Batal", "Tutup", "Buka", "Konsultasi", "Cetak", "Selesaikan", "Cari", "Hapus",
    "Ubah", "Tambah", "Pilih", "Masuk", "Keluar", "Kembali", "Lanjut", "Pengguna", "Laporan",
    "Perpustakaan", "Daftar", "Pertanyaan", "Jawaban", "Berkas", "Lampiran", "Tanggal", "Waktu",
    "Sisa", "lewat", "Semua", "Belum", "Sedang", "Diterima", "Dieskalasi", "Selesai", "Eskalasi",
    "Kategori", "Kanal", "Petugas", "Riwayat", "Jam", "Hari", "menit", "hari", "kerja",
    "Muat", "ulang", "Kata", "sandi", "Nama", "Peran", "Aktif", "Salin", "Tempel", "Urungkan",
    "Ulangi", "Potong", "Pratinjau", "Halaman", "untuk", "yang", "atau", "tidak",
}
#: Where a text of the other language is right: the language choice names each language in its
#: own words.
ALLOWED = {"English", "Bahasa Indonesia", "&Bahasa / Language"}
#: Terms the Indonesian screen keeps in English on purpose: the status the service standard
#: names "Resolved" (KEP-57/PB/2023, DOMAIN.md), and SAKTI's own "reset OTP".
TERMS = {i18n.INDONESIAN: ("(Resolved)", "reset OTP"), i18n.ENGLISH: ()}


def _words_pattern(words: set[str]) -> re.Pattern:
    alternatives = sorted((re.escape(w.replace("&", "")) for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


FOREIGN = {i18n.INDONESIAN: _words_pattern(ENGLISH_WORDS),
           i18n.ENGLISH: _words_pattern(INDONESIAN_WORDS)}


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text or "")
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def texts_of(root: QWidget, where: str) -> list[tuple[str, str]]:
    """(place, text) of everything ``root`` and its children show as interface."""
    out: list[tuple[str, str]] = []

    def add(widget, kind, text):
        if text and text.strip():
            out.append((f"{where} {type(widget).__name__}#{widget.objectName()} {kind}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QMainWindow, QDialog)) or widget is root:
            add(widget, "title", widget.windowTitle())
        add(widget, "tooltip", widget.toolTip())
        if isinstance(widget, QLabel):
            add(widget, "text", widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, f"tab {i}", widget.tabText(i))
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            add(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                if not isinstance(widget.itemData(i), int):    # ids: sections, categories, users
                    add(widget, f"item {i}", widget.itemText(i))
        if isinstance(widget, QListWidget) and widget.objectName() == "navList":
            for i in range(widget.count()):
                add(widget, f"item {i}", widget.item(i).text())
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                add(widget, f"header {column}",
                    str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        if isinstance(widget, QMenu):
            for action in widget.actions():
                add(widget, "action", action.text())
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            add(root, "menu", action.text())
            if action.menu():
                for sub in action.menu().actions():
                    add(root, "menu item", sub.text())
    return out


def foreign_words(language: str, collected: list[tuple[str, str]]) -> list[str]:
    found = []
    for place, text in collected:
        plain = _plain(text)
        if text in ALLOWED or plain in ALLOWED:
            continue
        for term in TERMS[language]:
            plain = plain.replace(term, "")
        match = FOREIGN[language].search(plain)
        if match:
            found.append(f"{match.group(0)!r} in {plain[:90]!r} ({place})")
    return sorted(set(found))


@pytest.fixture(params=[i18n.INDONESIAN, i18n.ENGLISH])
def language(request, qapp):
    i18n.install(qapp, request.param)
    yield request.param
    i18n.uninstall(qapp)


def test_translation_files_are_current_and_complete():
    """lupdate run again finds no text missing from kppn_en.ts, every English text is finished,
    the built .qm files match their .ts, and no tr() call is out of lupdate's reach."""
    assert i18n_build.problems() == []


def test_the_walk_finds_a_foreign_word():
    """The check itself: an English button in Indonesian and an Indonesian one in English."""
    assert foreign_words(i18n.INDONESIAN, [("x", "&Save")])
    assert foreign_words(i18n.ENGLISH, [("x", "Simpan perubahan")])
    assert not foreign_words(i18n.INDONESIAN, [("x", "Simpan (Ctrl+S)"), ("y", "KPPN SP2D OK")])
    assert not foreign_words(i18n.ENGLISH, [("x", "Save (Ctrl+S)")])


def _close(qtbot, widget) -> None:
    if shiboken6.isValid(widget):
        widget.close()
        widget.deleteLater()
        qtbot.wait(1)


def _main_window_walk(qtbot, make_session, actor, where) -> list[tuple[str, str]]:
    from kppn_desktop.gui.shell.main_window import MainWindow

    window = MainWindow(make_session(actor))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "leave_confirmed", True))
    window.resize(1366, 768)
    window.show()
    collected = []
    from kppn_desktop.gui.shell.main_window import PAGE_SPECS

    for key in [spec.key for spec in PAGE_SPECS if spec.allowed(window.session)]:
        page = window.show_page(key)
        finish_work(qtbot)
        tabs = getattr(page, "ui", None) and page.findChildren(QTabBar)
        for bar in tabs or []:
            for i in range(bar.count()):
                bar.setCurrentIndex(i)
                finish_work(qtbot)
        collected += texts_of(window, f"{where}/{key}")
    return collected


def _consultation_walk(qtbot, session, consultation_id, where) -> list[tuple[str, str]]:
    from kppn_desktop.gui.consultation.actions import DIALOGS
    from kppn_desktop.gui.consultation.window import ConsultationWindow

    window = ConsultationWindow(session, consultation_id)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10000)
    finish_work(qtbot)
    collected = texts_of(window, where)
    for button in window.findChildren(QPushButton):
        if button.menu() is not None:
            collected += texts_of(button.menu(), f"{where} menu")
    for code in sorted(set(window.detail.allowed_actions) & set(DIALOGS)):
        dialog = window.open_action(code)
        if dialog is None:
            continue
        finish_work(qtbot)
        collected += texts_of(dialog, f"{where}/{code}")
        dialog.reject()        # the window deletes it when it opens the next one
    return collected


def test_every_page_dialog_and_window_speaks_one_language(language, qtbot, office, make_session):
    from kppn_desktop.gui.shell.login import LoginDialog

    now = dt.datetime.now(dt.timezone.utc)
    plain = take(office, now).consultations[0]
    resolved = take(office, now).consultations[0]
    consultations.resolve(office.cso, resolved.id, "Sudah dijawab.", "PMK 1/2026",
                          expected_version=resolved.version)
    escalated = take(office, now).consultations[0]
    consultations.escalate(office.cso, escalated.id, section_id=office.sections["PDMS"],
                           reason="Perlu konfirmasi.", contact_person="Nurhayati",
                           contact_phone="081244556677", expected_version=escalated.version)

    collected = []
    for name in ("cso", "kasi", "kakan", "admin"):
        collected += _main_window_walk(qtbot, make_session, getattr(office, name), name)
    cso, kasi = make_session(office.cso), make_session(office.kasi)
    for session, cid, where in ((cso, plain.id, "plain"), (cso, resolved.id, "resolved"),
                                (kasi, escalated.id, "escalated")):
        collected += _consultation_walk(qtbot, session, cid, f"window/{where}")

    login = LoginDialog("KPPN Majene")
    qtbot.addWidget(login)
    collected += texts_of(login, "login")
    locked = LoginDialog("KPPN Majene", locked_for=office.cso)
    qtbot.addWidget(locked)
    collected += texts_of(locked, "lock")
    collected += _dialogs(qtbot, office, make_session(office.admin))
    collected += _qt_own_texts(qtbot)

    assert len(collected) > 500, len(collected)
    found = foreign_words(language, collected)
    assert not found, "\n".join(found)


def _dialogs(qtbot, office, admin_session) -> list[tuple[str, str]]:
    """The first-run wizard (both steps) and the administrator's dialogs."""
    from kppn_desktop.gui.pages.admin_catalog import CategoryDialog, SectionDialog
    from kppn_desktop.gui.pages.admin_hours import OverrideDialog
    from kppn_desktop.gui.pages.admin_user_dialogs import PasswordDialog, UserDialog
    from kppn_desktop.gui.shell import setup_wizard
    from kppn_desktop.services import office as office_service
    from kppn_desktop.services import users

    collected = []
    wizard = setup_wizard.SetupWizard()
    qtbot.addWidget(wizard)
    collected += texts_of(wizard, "wizard")
    wizard._go(setup_wizard.ADMIN_PAGE)
    collected += texts_of(wizard, "wizard/admin")
    sections = office_service.list_sections()
    user = next(u for u in users.list_users(office.admin) if u.username == "rina")
    weekly = {d: (dt.time(8), dt.time(15)) if d < 5 else None for d in range(7)}
    for name, dialog in (
            ("new user", UserDialog(admin_session, sections)),
            ("user", UserDialog(admin_session, sections, user)),
            ("password", PasswordDialog(admin_session, user)),
            ("section", SectionDialog(admin_session)),
            ("category", CategoryDialog(admin_session, sections, 20)),
            ("hours", OverrideDialog(admin_session, weekly, dt.date(2026, 3, 17)))):
        qtbot.addWidget(dialog)
        collected += texts_of(dialog, f"dialog/{name}")
    return collected


def _qt_own_texts(qtbot) -> list[tuple[str, str]]:
    """Qt's own: the file dialog, the context menus of text fields, the print preview, standard
    buttons of a message box."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    collected = []
    files = QFileDialog(None, "x")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(files)
    collected += [(p, t) for p, t in texts_of(files, "QFileDialog") if "title" not in p]
    for field in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(field)
        menu = field.createStandardContextMenu()
        collected += texts_of(menu, f"context menu of {type(field).__name__}")
        menu.deleteLater()
    preview = QPrintPreviewDialog()
    qtbot.addWidget(preview)
    collected += [("QPrintPreviewDialog action", a.text() or a.toolTip())
                  for a in preview.findChildren(__import__("PySide6.QtGui").QtGui.QAction)]
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel
                      | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Close)
    qtbot.addWidget(box)
    collected += texts_of(box, "QMessageBox")
    return collected


def test_messages_made_below_the_gui_follow_the_screen(language):
    """A rule's message and a clock's explanation: the Indonesian sentence everywhere else (a
    ``str``), the screen's language when shown, values written the screen's way."""
    from zoneinfo import ZoneInfo

    from kppn_desktop.domain import texts, validation
    from kppn_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        validation.kode_satker("12")
    [message] = caught.value.errors.values()
    assert message == "Kode satker harus 6 digit angka."
    at = dt.datetime(2026, 3, 17, 10, 5, tzinfo=ZoneInfo("Asia/Makassar"))
    line = texts.Text("Konsultasi diterima {at}.", at=texts.Moment(at, "Asia/Makassar"))
    assert line == "Konsultasi diterima Selasa, 17 Maret 2026 10:05 WITA."
    if language == i18n.ENGLISH:
        assert i18n.message(message) == "Work unit code must be 6 digits."
        assert i18n.message(line) == "Consultation received Tuesday, 17 March 2026 10:05 WITA."
        assert i18n.message("Selesai (Resolved)") == "Resolved"
    else:
        assert i18n.message(message) == message
        assert i18n.message(line) == line


def test_the_language_is_chosen_in_the_login_dialog_and_kept_per_workstation(
        qapp, qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialogButtonBox

    from kppn_desktop.gui.shell.login import LoginDialog

    monkeypatch.setattr(i18n, "_settings",
                        lambda: QSettings(str(tmp_path / "kppn.ini"), QSettings.Format.IniFormat))
    assert i18n.stored_language() == i18n.INDONESIAN           # the default
    i18n.install(qapp)
    try:
        login = LoginDialog("KPPN Majene")
        qtbot.addWidget(login)
        assert login.windowTitle() == "Masuk — KPPN Desktop"
        combo = login.ui.languageCombo
        combo.setCurrentIndex(combo.findData(i18n.ENGLISH))
        qtbot.wait(20)          # Qt's own LanguageChange events must not undo ours
        # Applied at once: the dialog, and everything built after it (the main window).
        assert login.windowTitle() == "Log in — KPPN Desktop"
        assert login.ui.officeLabel.text() == "Stakeholder Consultation Service — KPPN Majene"
        assert login.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Log in"
        assert login.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
        assert i18n.stored_language() == i18n.ENGLISH and i18n.current() == i18n.ENGLISH
        combo.setCurrentIndex(combo.findData(i18n.INDONESIAN))
        qtbot.wait(20)
        assert login.windowTitle() == "Masuk — KPPN Desktop"
        assert login.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
        assert i18n.stored_language() == i18n.INDONESIAN
        # The lock screen does not offer it: the session's language stays.
        from kppn_desktop.services.context import Actor

        locked = LoginDialog("KPPN Majene", locked_for=Actor(1, "rina", "Rina", "cso", None))
        qtbot.addWidget(locked)
        assert locked.ui.languageCombo.isHidden() and not login.ui.languageCombo.isHidden()
    finally:
        i18n.uninstall(qapp)


def test_errors_with_values_follow_the_screen(language, office):
    """Errors that name a value (a number, a state, a role, a file) and the lines that explain an
    issued report are templates with values, not sentences made with f-strings: an English
    screen shows them in English, with the values in place."""
    from kppn_desktop.domain import workflow
    from kppn_desktop.domain.errors import NotFound, PermissionDenied, TransitionError
    from kppn_desktop.services import issued_reports, queries
    from kppn_desktop.storage.database import pg_connect_args

    shown = {}
    for name, call, error in [
        ("number", lambda: queries.find_by_number("KPPN-0001"), NotFound),
        ("state", lambda: workflow.next_state(workflow.State.RESOLVED, workflow.Action.RESOLVE),
         TransitionError),
        ("role", lambda: workflow.check_role(workflow.Role.CSO, workflow.Action.MANAGE_USERS),
         PermissionDenied),
        ("url", lambda: pg_connect_args("postgresql://u@h/db?warna=biru"), Exception),
    ]:
        with pytest.raises(error) as caught:
            call()
        shown[name] = i18n.error_text(caught.value)
    [line] = issued_reports.differences({"resolved": 3}, {"resolved": 4})
    shown["difference"] = i18n.message(line)
    assert line == "Diselesaikan: 3 → 4"
    if language == i18n.ENGLISH:
        assert shown == {
            "number": "Consultation number KPPN-0001 was not found.",
            "state": "A consultation in state “Resolved” does not allow this: resolve consultations.",
            "role": "The role Service Officer (CSO) may not manage users.",
            "url": shown["url"],
            "difference": "Resolved: 3 → 4",
        }
        assert shown["url"].startswith("Setting 'warna'")
    else:
        assert shown["number"] == "Konsultasi nomor KPPN-0001 tidak ditemukan."
        assert shown["state"] == ("Konsultasi berstatus “Selesai (Resolved)” tidak dapat "
                                  "menyelesaikan konsultasi.")
        assert shown["url"].startswith("Pengaturan 'warna' tidak dikenal")
