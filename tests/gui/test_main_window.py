"""The main window: pages by role, status bar, idle lock that keeps what was typed, and the
no-display fallback of the run command."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from kppn_desktop.gui.shell.main_window import MainWindow
from tests.gui.conftest import finish_work


def _titles(window) -> list[str]:
    return [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]


def _window(qtbot, make_session, actor):
    session = make_session(actor)
    window = MainWindow(session)
    # The test's end closes the window without the question a draft would raise.
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "leave_confirmed", True))
    return window


def test_each_role_sees_only_its_pages(make_session, qtbot, office):
    assert _titles(_window(qtbot, make_session, office.cso)) == [
        "Konsultasi baru", "Daftar konsultasi", "Perpustakaan"]
    kasi = _window(qtbot, make_session, office.kasi)
    assert _titles(kasi) == ["Daftar konsultasi", "Eskalasi seksi", "Perpustakaan", "Laporan"]
    assert kasi.ui.pages.currentWidget() is kasi.pages["kasi"]
    assert _titles(_window(qtbot, make_session, office.kakan)) == [
        "Daftar konsultasi", "Perpustakaan", "Laporan"]
    admin = _window(qtbot, make_session, office.admin)
    assert _titles(admin) == ["Daftar konsultasi", "Perpustakaan", "Laporan", "Administrasi"]
    assert not admin.ui.actionNew.isEnabled()


def test_status_bar_names_the_user_and_the_database(make_session, qtbot, office, database):
    window = _window(qtbot, make_session, office.cso)
    assert "Rina Marlina" in window.userLabel.text() and "Petugas Layanan" in window.userLabel.text()
    assert database.display in window.databaseLabel.text()


def test_the_daily_backup_runs_from_the_window_and_the_administrator_sees_it(
        make_session, qtbot, office, database, tmp_path):
    """A desk on the SQLite file makes the day's backup on the worker; the administrator's status
    bar says when; a CSO's shows nothing of it."""
    from kppn_desktop.services import backups

    cso = _window(qtbot, make_session, office.cso)
    with qtbot.waitSignal(cso.backups.changed, timeout=20000):
        cso.backups.look()
    assert cso.backupLabel.isHidden()
    made = backups.last_backup()
    if database.is_sqlite:
        assert made[0] is not None and (backups.default_folder() / made[1]).exists()
    admin = _window(qtbot, make_session, office.admin)
    with qtbot.waitSignal(admin.backups.changed, timeout=20000):
        admin.backups.look()
    assert not admin.backupLabel.isHidden()
    if database.is_sqlite:
        assert admin.backupLabel.text().startswith("Cadangan terakhir:")
        assert len(list(backups.default_folder().glob("kppn-*.sqlite3"))) == 1   # once a day
    else:
        assert "Belum pernah ada cadangan" in admin.backupLabel.text()
    finish_work(qtbot)


def test_a_database_on_a_network_share_is_shown_in_red(make_session, qtbot, office):
    session = make_session(office.cso)
    session.database_warning = "Berkas basis data SQLite ini berada di folder jaringan (cifs)."
    window = MainWindow(session)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "leave_confirmed", True))
    assert "folder jaringan: tidak aman" in window.databaseLabel.text()
    assert window.databaseLabel.toolTip() == session.database_warning


def test_idle_lock_hides_the_window_and_keeps_what_was_typed(make_session, qtbot, office):
    window = _window(qtbot, make_session, office.cso)
    window.show()
    page = window.show_page("intake")
    page.ui.nameEdit.setText("Nurhayati Saleh")
    seen = {}
    qtbot.waitUntil(lambda: window.idle_minutes is not None, timeout=5000)   # the setting read
    window._idle_timer.setInterval(50)
    window._idle_timer.start()
    qtbot.waitUntil(lambda: window.locked and window.lock_dialog is not None, timeout=5000)
    window._idle_timer.setInterval(10 * 60 * 1000)   # unlocked, it must not lock again at once
    dialog = window.lock_dialog
    seen["visible"] = window.isVisible()
    seen["user"] = dialog.ui.usernameEdit.text()
    dialog.ui.passwordEdit.setText("salah")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.checking, timeout=5000)      # checked on a worker
    seen["error"] = dialog.ui.errorLabel.text()
    dialog.ui.passwordEdit.setText("sandi-rina")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not window.locked and window.isVisible(), timeout=10000)
    window._idle_timer.stop()
    assert seen["visible"] is False and seen["user"] == "rina"
    assert "salah" in seen["error"]
    assert page.ui.nameEdit.text() == "Nurhayati Saleh"


def test_a_page_loads_once_as_it_opens_and_again_when_shown_again(make_session, qtbot, office,
                                                                   monkeypatch):
    from kppn_desktop.gui.pages import intake

    loads = []
    real = intake._load_office_data
    monkeypatch.setattr(intake, "_load_office_data",
                        lambda office_id: loads.append(1) or real(office_id))
    window = _window(qtbot, make_session, office.cso)
    finish_work(qtbot)
    assert window.ui.pages.currentWidget() is window.pages["intake"] and len(loads) == 1
    window.show_page("queue")
    window.show_page("intake")
    finish_work(qtbot)
    assert len(loads) == 2


def test_input_to_any_window_restarts_the_idle_timer(make_session, qtbot, office):
    """Keys and clicks reach a window (QWindow) before its widgets, as the platform delivers them
    (QTest's QWindow overloads go that way); the watcher filters each window once it has had the
    focus: the main window, a dialog over it, and not the whole application."""
    window = _window(qtbot, make_session, office.cso)
    window.show()
    qtbot.waitUntil(lambda: window.windowHandle() is not None
                    and QGuiApplication.focusWindow() is window.windowHandle(), timeout=5000)
    window._idle_timer.stop()
    restarts = []

    class Timer:                        # the idle timer as the watcher sees it, counting restarts
        isActive = staticmethod(lambda: True)
        start = staticmethod(lambda: restarts.append(1))

    window._idle_watcher.timer = Timer
    page = window.show_page("intake")
    page.ui.nameEdit.setFocus()

    def restarted_by(send, target) -> bool:
        restarts.clear()
        send(target)
        return bool(restarts)

    key = lambda w: QTest.keyClick(w, Qt.Key.Key_A)  # noqa: E731
    click = lambda w: QTest.mouseClick(w, Qt.MouseButton.LeftButton,  # noqa: E731
                                       Qt.KeyboardModifier.NoModifier, QPoint(5, 5))
    assert restarted_by(key, window.windowHandle()) and page.ui.nameEdit.text() == "a"
    assert restarted_by(click, window.windowHandle())
    box = QMessageBox(QMessageBox.Icon.Information, "Info", "Teks", parent=window)
    box.open()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is box.windowHandle(), timeout=5000)
    assert restarted_by(key, box.windowHandle())
    box.close()
    window._idle_watcher.stop()         # as the window's close does: no more windows watched
    assert not restarted_by(key, window.windowHandle())


def test_leaving_the_lock_screen_logs_out(make_session, qtbot, office):
    window = _window(qtbot, make_session, office.cso)
    window.show()
    with qtbot.waitSignal(window.logout_requested, timeout=10000):
        QTimer.singleShot(200, lambda: window.lock_dialog.reject())
        window.lock()


def test_run_without_a_display_says_so_and_stops(monkeypatch, tmp_path, capsys):
    from kppn_desktop.gui.startup import app

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.chdir(tmp_path)
    assert app.has_display() is False
    assert app.run(None) == 2
    said = capsys.readouterr().err
    assert "Tidak ada layar" in said and "kppn-desktop tour" in said
    assert list(tmp_path.iterdir()) == []       # no tour, no database made


def test_qt_own_buttons_speak_indonesian(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QLabel

    from kppn_desktop.gui.language import i18n
    from kppn_desktop.gui.shell.login import LoginDialog

    i18n.install(qapp, i18n.INDONESIAN)
    try:
        dialog = LoginDialog("KPPN Majene")
        assert dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
        # Our own texts stay as written (the translator only knows Qt's).
        assert dialog.windowTitle() == "Masuk — KPPN Desktop"
        assert dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Masuk"
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert "Nama pengguna" in " ".join(labels), labels
        dialog.deleteLater()
        # The attach dialog: Qt's own file dialog where the desktop has none.
        from PySide6.QtWidgets import QFileDialog, QTreeView

        files = QFileDialog(None, "Pilih dokumen pendukung")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        texts = {label.text() for label in files.findChildren(QLabel)}
        assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= texts, texts
        assert not texts & {"&Look in:", "File &name:", "Files of &type:"}
        [tree] = files.findChildren(QTreeView)
        header = tree.model()
        assert header.headerData(0, Qt.Orientation.Horizontal) == "Nama"
        files.deleteLater()
    finally:
        i18n.uninstall(qapp)


def test_pages_are_built_when_first_shown(make_session, qtbot, office):
    window = _window(qtbot, make_session, office.kakan)
    built = set(dict.keys(window.pages))
    assert "admin" not in built and "admin" not in window.pages   # not for this role
    assert "reports" in window.pages and "reports" not in built
    page = window.show_page("reports")
    assert window.ui.pages.currentWidget() is page and "reports" in dict.keys(window.pages)


def test_modules_are_warmed_on_a_worker_and_a_closed_window_cancels_it(make_session,
        qtbot, office, database, monkeypatch):
    import sys

    from kppn_desktop.gui.shell import main_window

    monkeypatch.setattr(main_window, "WARM_UP_DELAY_MS", 10)
    monkeypatch.setattr(main_window, "WARM_UP_MODULES", ("json.tool",))
    monkeypatch.delitem(sys.modules, "json.tool", raising=False)
    window = _window(qtbot, make_session, office.cso)
    qtbot.waitUntil(lambda: "json.tool" in sys.modules, timeout=5000)
    qtbot.waitUntil(lambda: not window.session.runner.busy, timeout=5000)
    # A window closed before its warm-up is due takes the warm-up with it.
    monkeypatch.setattr(main_window, "WARM_UP_DELAY_MS", 200)
    other = main_window.MainWindow(window.session)
    other.deleteLater()
    qtbot.wait(400)


def _main_window():
    from PySide6.QtWidgets import QApplication

    [window] = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()]
    return window


def _answer_draft_question(qtbot, window, button_text: str) -> None:
    """Clicks a button of the draft question once it is shown (it runs modally)."""
    def answer():
        box = window.draft_question
        if box is None or not box.isVisible():
            QTimer.singleShot(20, answer)
            return
        [button] = [b for b in box.buttons() if b.text() == button_text]
        button.click()
    QTimer.singleShot(20, answer)


def test_logout_with_a_draft_asks_and_a_new_login_works(qtbot, office, database, qapp):
    """The desk as a CSO met it: half a consultation typed, log out, log in again. Logging out
    asks first; the next session's intake page works (its search field's event filter used to
    meet the old page's half-collected objects)."""
    import gc

    from PySide6.QtCore import Qt

    from kppn_desktop.gui.startup.app import run_session
    from kppn_desktop.gui.startup.session import Session

    seen = {}

    def first():
        window = _main_window()
        page = window.show_page("intake")
        qtbot.keyClicks(page.ui.searchEdit, "Nurhay")
        assert window.unsaved_draft()
        _answer_draft_question(qtbot, window, "Kembali ke isian")
        window.ui.actionLogout.trigger()
        seen["kept"] = window.isVisible() and page.ui.searchEdit.text() == "Nurhay"
        _answer_draft_question(qtbot, window, "Keluar dan buang isian")
        window.ui.actionLogout.trigger()

    QTimer.singleShot(0, first)
    assert run_session(qapp, Session(office.cso, database.display)) is True
    assert seen["kept"]
    gc.collect()

    def second():
        window = _main_window()
        page = window.show_page("intake")
        page.ui.searchEdit.setFocus()
        qtbot.keyClicks(page.ui.searchEdit, "Nur")
        qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)
        seen["typed"] = page.ui.searchEdit.text()
        page.ui.searchEdit.clear()
        window.close()                       # nothing typed now: no question

    QTimer.singleShot(0, second)
    assert run_session(qapp, Session(office.cso, database.display)) is False
    assert seen["typed"] == "Nur"


def test_quitting_with_a_draft_asks_first(make_session, qtbot, office):
    window = _window(qtbot, make_session, office.cso)
    window.show()
    page = window.show_page("intake")
    page.ui.nameEdit.setText("Nurhayati Saleh")
    _answer_draft_question(qtbot, window, "Kembali ke isian")
    window.close()
    assert window.isVisible() and page.ui.nameEdit.text() == "Nurhayati Saleh"
    _answer_draft_question(qtbot, window, "Keluar dan buang isian")
    window.close()
    assert not window.isVisible()


def test_ctrl_s_saves_right_after_login(make_session, qtbot, office):
    """Before any field has focus, Ctrl+S still reaches the intake page (a blank form: the
    errors appear beside the fields)."""
    from PySide6.QtCore import Qt

    window = _window(qtbot, make_session, office.cso)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    page = window.pages["intake"]
    window.ui.navList.setFocus()
    qtbot.keyClick(window.ui.navList, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.ui.stakeholderError.isVisible, timeout=5000)


def test_windows_open_inside_the_screen(make_session, qtbot, office):
    """Designed at 1280x720, the main window still fits a smaller screen, title bar included
    (at 1366x768 it ran past the bottom; the consultation window opened above the top)."""
    from kppn_desktop.gui.widgets import geometry

    window = _window(qtbot, make_session, office.cso)
    window.resize(1280, 720)
    geometry.fit_to_screen(window)
    area = window.screen().availableGeometry()
    assert area.contains(window.pos())
    assert window.x() + window.width() + geometry.FRAME_WIDTH <= area.right() + 1
    assert window.y() + window.height() + geometry.FRAME_HEIGHT <= area.bottom() + 1


def test_minute_timer_fires_just_after_the_full_minute(qtbot):
    import datetime as dt

    from PySide6.QtWidgets import QWidget

    from kppn_desktop.gui.widgets.common import MinuteTimer

    owner = QWidget()
    qtbot.addWidget(owner)
    timer = MinuteTimer(owner)
    timer.start()
    fires_at = int(dt.datetime.now().timestamp() * 1000) + timer.remainingTime()
    assert timer.isSingleShot() and fires_at % 60_000 < 1000   # just after a full minute


def test_the_login_after_setup_names_the_administrator_created(qtbot):
    from kppn_desktop.gui.shell.login import LoginDialog

    dialog = LoginDialog("KPPN Majene", username="admin")
    qtbot.addWidget(dialog)
    assert dialog.ui.usernameEdit.text() == "admin" and not dialog.ui.usernameEdit.isReadOnly()


def test_a_consultation_window_closed_and_opened_again(make_session, qtbot, office):
    """A closed consultation window is deleted (WA_DeleteOnClose) and can be opened again. The
    main window once kept its consultation windows in a list emptied by a lambda on each one's
    ``destroyed``; that lambda held the main window, so when it was the last holder the main window
    was deleted from inside its child's deletion, which then ran twice: a segfault."""
    import datetime as dt

    import shiboken6

    from tests.gui.conftest import finish_work
    from tests.services.helpers import take

    c = take(office, dt.datetime.now(dt.timezone.utc)).consultations[0]
    window = _window(qtbot, make_session, office.cso)
    opened = window.open_consultation(c.id)
    assert window.open_consultation(c.id) is opened              # raised, not opened twice
    finish_work(qtbot)
    opened.close()
    QApplication.processEvents()                                 # the deferred deletion
    assert not shiboken6.isValid(opened) and window.consultation_windows() == []
    again = window.open_consultation(c.id)
    finish_work(qtbot)
    assert again.detail is not None

    def close_last(session):
        """The main window is held by nobody but Qt's connections while its child goes."""
        main = MainWindow(session)
        main.leave_confirmed = True
        child = main.open_consultation(c.id)
        finish_work(qtbot)
        child.close()
    close_last(make_session(office.cso))
    QApplication.processEvents()


def test_a_session_whose_user_was_deactivated_or_changed_locks(make_session, qtbot, office):
    from kppn_desktop.services import users
    from tests.gui.conftest import finish_work

    window = _window(qtbot, make_session, office.cso)
    window.show()
    finish_work(qtbot)
    page = window.show_page("intake")
    page.ui.nameEdit.setText("Nurhayati Saleh")
    rina = {u.id: u for u in users.list_users(office.admin)}[office.cso.user_id]
    users.update_user(office.admin, rina.id, full_name=rina.full_name, role="cso", active=False,
                      expected_version=rina.version)
    window.notices.look()                       # any service call of this session
    qtbot.waitUntil(lambda: window.locked and window.lock_dialog is not None, timeout=5000)
    dialog = window.lock_dialog
    assert "dinonaktifkan" in dialog.ui.errorLabel.text()
    assert not window.isVisible()
    dialog.ui.passwordEdit.setText("sandi-rina")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.checking, timeout=5000)
    assert window.locked and "tidak aktif" in dialog.ui.errorLabel.text()     # cannot get in

    # Active again, but as Kepala Kantor: unlocking leads to a fresh login with the new pages.
    rina = {u.id: u for u in users.list_users(office.admin)}[office.cso.user_id]
    users.update_user(office.admin, rina.id, full_name=rina.full_name, role="kakan", active=True,
                      expected_version=rina.version)
    dialog.ui.passwordEdit.setText("sandi-rina")
    with qtbot.waitSignal(window.logout_requested, timeout=5000):
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
