"""Starting the application: Qt, the crash hook, the database, first-run setup, login, main window."""

from __future__ import annotations

import logging
import os
import sys

from kppn_desktop import __version__

log = logging.getLogger(__name__)


def has_display() -> bool:
    """False on a Linux machine without X11/Wayland and without an explicit Qt platform."""
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.environ.get("QT_QPA_PLATFORM"))


def make_application(argv: list[str] | None = None, language: str | None = None):
    """The QApplication, in ``language`` ("id", "en"; default: this workstation's choice)."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - Qt only when a window is made

    app = QApplication.instance()
    if app is None:
        # Fusion as Qt's own -style option (the last one given wins, as setStyle did): setStyle()
        # after the fact made a second style, repolished, and set up QStyle's enums for Python,
        # about 8 ms of start-up.
        app = QApplication([*(argv or ["kppn-desktop"]), "-style", "Fusion"])
    else:
        app.setStyle("Fusion")
    app.setApplicationName("KPPN Desktop")
    app.setOrganizationName("KPPN")
    if not getattr(app, "_kppn_icon", False):
        from PySide6.QtGui import QIcon  # noqa: PLC0415

        from kppn_desktop import resources  # noqa: PLC0415

        app.setWindowIcon(QIcon(str(resources.path("icons", "kppn-desktop.png"))))
        app._kppn_icon = True
    from kppn_desktop.gui.language import i18n  # noqa: PLC0415

    if language or not hasattr(app, "_kppn_translators"):
        i18n.install(app, language)
    from kppn_desktop.gui.startup import collector  # noqa: PLC0415

    collector.install(app)
    return app


def run(db_url: str | None = None) -> int:
    """The ``kppn-desktop`` command without a subcommand."""
    if not has_display():
        print("Tidak ada layar (DISPLAY/WAYLAND_DISPLAY) pada mesin ini, jadi jendela aplikasi tidak "
              "dapat dibuka. Jalankan di desktop, atau lihat tur tanpa layar: "
              "kppn-desktop tour --out ./kppn-tour", file=sys.stderr)
        return 2

    from kppn_desktop import logs  # noqa: PLC0415

    log_path = logs.setup()
    app = make_application(sys.argv)
    from kppn_desktop.gui.startup import errors, qt_log  # noqa: PLC0415

    qt_log.install()
    log.info("KPPN Desktop %s started (log %s)", __version__, log_path)
    from kppn_desktop.gui.shell.login import LoginDialog  # noqa: PLC0415
    from kppn_desktop.gui.startup.session import Session  # noqa: PLC0415
    from kppn_desktop.services import office, system  # noqa: PLC0415

    errors.install_crash_hook()
    errors.offer_crash_logs(None)
    try:
        info = system.open_database(db_url, migrate=False)
    except Exception as exc:  # noqa: BLE001 - shown to the user, then we stop
        errors.show_exception(None, exc)
        return 1
    from kppn_desktop.gui.startup.upgrade import upgrade_with_window  # noqa: PLC0415

    failed = upgrade_with_window()
    if failed is not None:
        errors.show_exception(None, failed)
        system.close_database()
        return 1

    if office.needs_setup():
        from kppn_desktop.gui.shell.setup_wizard import SetupWizard  # noqa: PLC0415

        wizard = SetupWizard()
        accepted = wizard.exec() == SetupWizard.DialogCode.Accepted
        created = wizard.admin.username if accepted and wizard.admin else ""
        delete_now(wizard)
        if not accepted:
            return 0
    else:
        created = ""

    while True:
        login = LoginDialog(office.login_title(), username=created)
        created = ""
        accepted = login.exec() == LoginDialog.DialogCode.Accepted
        actor = login.actor
        delete_now(login)
        if not accepted or actor is None:
            system.close_database()
            return 0
        if not run_session(app, Session(actor, info.display, database_warning=info.warning)):
            system.close_database()
            return 0


def run_session(app, session) -> bool:
    """One login: the main window until it closes. True when the user logged out (the login
    dialog comes back), False when the application was quit. The window and the session are
    deleted here, on purpose, before the next login: left to the garbage collector they were
    deleted at a random later moment, with the next session's widgets already receiving events
    (a re-login then failed in an event filter of the old intake page)."""
    from kppn_desktop.gui.shell.main_window import MainWindow  # noqa: PLC0415

    window = MainWindow(session)
    logged_out = []

    def on_logout():
        logged_out.append(True)
        window.close()

    window.logout_requested.connect(on_logout)
    window.show()
    session.start_polling()
    app.exec()
    session.close()
    delete_now(window)
    return bool(logged_out)


def delete_now(obj) -> None:
    """Delete a Qt object and what it owns now, on the GUI thread, outside any event handler."""
    from PySide6.QtCore import QCoreApplication, QEvent  # noqa: PLC0415

    obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
