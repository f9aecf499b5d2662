"""The main window: pages by role, status bar, idle lock that keeps what was typed, and the
no-display fallback of the run command."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox

from kppn_desktop.gui.main_window import MainWindow
from tests.gui.conftest import make_session


def _titles(window) -> list[str]:
    return [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]


def _window(qtbot, actor, database):
    session = make_session(actor, database)
    window = MainWindow(session)
    qtbot.addWidget(window)
    return window


def test_each_role_sees_only_its_pages(qtbot, office, database):
    assert _titles(_window(qtbot, office.cso, database)) == ["Konsultasi baru", "Daftar konsultasi"]
    kasi = _window(qtbot, office.kasi, database)
    assert _titles(kasi) == ["Daftar konsultasi", "Eskalasi seksi", "Laporan"]
    assert kasi.ui.pages.currentWidget() is kasi.pages["kasi"]
    assert _titles(_window(qtbot, office.kakan, database)) == ["Daftar konsultasi", "Laporan"]
    admin = _window(qtbot, office.admin, database)
    assert _titles(admin) == ["Daftar konsultasi", "Laporan", "Administrasi"]
    assert not admin.ui.actionNew.isEnabled()


def test_status_bar_names_the_user_and_the_database(qtbot, office, database):
    window = _window(qtbot, office.cso, database)
    assert "Rina Marlina" in window.userLabel.text() and "Petugas Layanan" in window.userLabel.text()
    assert database.display in window.databaseLabel.text()


def test_idle_lock_hides_the_window_and_keeps_what_was_typed(qtbot, office, database):
    window = _window(qtbot, office.cso, database)
    window.show()
    page = window.show_page("intake")
    page.ui.nameEdit.setText("Nurhayati Saleh")
    seen = {}

    def unlock():
        dialog = window.lock_dialog
        seen["visible"] = window.isVisible()
        seen["user"] = dialog.ui.usernameEdit.text()
        dialog.ui.passwordEdit.setText("salah")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen["error"] = dialog.ui.errorLabel.text()
        dialog.ui.passwordEdit.setText("sandi-rina")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    window._idle_timer.setInterval(50)
    window._idle_timer.start()
    QTimer.singleShot(300, unlock)
    qtbot.waitUntil(lambda: "user" in seen and not window.locked and window.isVisible(),
                    timeout=10000)
    window._idle_timer.stop()   # it restarted with 50 ms: do not lock again behind later tests
    assert seen["visible"] is False and seen["user"] == "rina"
    assert "salah" in seen["error"]
    assert page.ui.nameEdit.text() == "Nurhayati Saleh"


def test_leaving_the_lock_screen_logs_out(qtbot, office, database):
    window = _window(qtbot, office.cso, database)
    window.show()
    with qtbot.waitSignal(window.logout_requested, timeout=10000):
        QTimer.singleShot(200, lambda: window.lock_dialog.reject())
        window.lock()


def test_run_without_a_display_says_so_and_tours(monkeypatch, tmp_path, capsys):
    from kppn_desktop.gui import app

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.chdir(tmp_path)
    called = {}
    monkeypatch.setattr("kppn_desktop.gui.tour.run_tour", lambda out: called.setdefault("out", out) and 0)
    assert app.has_display() is False
    app.run(None)
    assert "Tidak ada layar" in capsys.readouterr().out
    assert called["out"] == tmp_path / "kppn-tour"


def test_qt_own_buttons_speak_indonesian(qapp):
    from PySide6.QtWidgets import QDialogButtonBox, QLabel

    from kppn_desktop.gui import qt_texts
    from kppn_desktop.gui.login import LoginDialog

    translator = qt_texts.install(qapp)
    try:
        dialog = LoginDialog("KPPN Majene")
        assert dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
        # Our own texts stay as written (the translator only knows Qt's).
        assert dialog.windowTitle() == "Masuk — KPPN Desktop"
        assert dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Masuk"
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert "Nama pengguna" in " ".join(labels), labels
        dialog.deleteLater()
    finally:
        qapp.removeTranslator(translator)


def test_pages_are_built_when_first_shown(qtbot, office, database):
    window = _window(qtbot, office.kakan, database)
    built = set(dict.keys(window.pages))
    assert "admin" not in built and "admin" not in window.pages   # not for this role
    assert "reports" in window.pages and "reports" not in built
    page = window.show_page("reports")
    assert window.ui.pages.currentWidget() is page and "reports" in dict.keys(window.pages)


def test_modules_are_warmed_on_a_worker_and_a_closed_window_cancels_it(
        qtbot, office, database, monkeypatch):
    import sys

    from kppn_desktop.gui import main_window

    monkeypatch.setattr(main_window, "WARM_UP_DELAY_MS", 10)
    monkeypatch.setattr(main_window, "WARM_UP_MODULES", ("json.tool",))
    monkeypatch.delitem(sys.modules, "json.tool", raising=False)
    window = _window(qtbot, office.cso, database)
    qtbot.waitUntil(lambda: "json.tool" in sys.modules, timeout=5000)
    qtbot.waitUntil(lambda: not window.session.runner.busy, timeout=5000)
    # A window closed before its warm-up is due takes the warm-up with it.
    monkeypatch.setattr(main_window, "WARM_UP_DELAY_MS", 200)
    other = main_window.MainWindow(window.session)
    other.deleteLater()
    qtbot.wait(400)
