"""The main window: a menu of pages on the left (only those the role may use), the page on the
right, who is logged in and which database is open in the status bar. Layout and wiring only."""

from __future__ import annotations

import logging
import weakref
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QWidget,
)

from kppn_desktop import __version__
from kppn_desktop.domain.texts import N_
from kppn_desktop.domain.workflow import Action, OfficeKind, Role
from kppn_desktop.gui.forms.ui_main_window import Ui_MainWindow
from kppn_desktop.gui.language import i18n
from kppn_desktop.gui.language.formatting import format_short_datetime
from kppn_desktop.gui.shell.desk_notices import DeskNotices
from kppn_desktop.gui.shell.notices import BackupKeeper, ConnectionBand, LimitNotices
from kppn_desktop.gui.startup.session import Session
from kppn_desktop.gui.widgets.geometry import PreserveGeometry
from kppn_desktop.services import office as office_service
from kppn_desktop.services import settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)


NAV_STYLE = """
QListWidget { background: #1f3b63; color: #ffffff; border: none; font-size: 11pt; padding-top: 8px;
              outline: 0; }
QListWidget::item { padding: 10px 16px; }
QListWidget::item:selected { background: #2f6db5; color: #ffffff; }
QListWidget::item:hover:!selected { background: #29507f; }
"""


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    allowed: Callable[[Session], bool]
    #: The page's class, imported when first asked for (the window opens without the pages'
    #: modules; they are imported on a worker soon after, see ``_warm_up``).
    page_class: Callable[[], type[QWidget]]

    def build(self, session: Session) -> QWidget:
        return self.page_class()(session)


# One function per page: a real import, which editors, the import contracts and PyInstaller
# follow, made only when the page is first needed.
def _intake_page():
    from kppn_desktop.gui.pages.intake import IntakePage  # noqa: PLC0415 - page built on demand

    return IntakePage


def _queue_page():
    from kppn_desktop.gui.pages.queue import QueuePage  # noqa: PLC0415 - page built on demand

    return QueuePage


def _kasi_page():
    from kppn_desktop.gui.pages.kasi_inbox import KasiInboxPage  # noqa: PLC0415 - page built on demand

    return KasiInboxPage


def _library_page():
    from kppn_desktop.gui.pages.library import LibraryPage  # noqa: PLC0415 - page built on demand

    return LibraryPage


def _reports_page():
    from kppn_desktop.gui.pages.reports import ReportsPage  # noqa: PLC0415 - page built on demand

    return ReportsPage


def _kanwil_page():
    from kppn_desktop.gui.pages.kanwil import KanwilPage  # noqa: PLC0415 - page built on demand

    return KanwilPage


def _admin_page():
    from kppn_desktop.gui.pages.admin import AdminPage  # noqa: PLC0415 - page built on demand

    return AdminPage


PAGE_SPECS = (
    PageSpec("intake", N_("Konsultasi baru"), lambda s: s.actor.may(Action.TAKE), _intake_page),
    PageSpec("queue", N_("Daftar konsultasi"), lambda s: s.actor.may(Action.VIEW), _queue_page),
    PageSpec("kasi", N_("Eskalasi seksi"), lambda s: s.actor.role == Role.KASI,
             _kasi_page),
    PageSpec("library", N_("Perpustakaan"), lambda s: s.actor.may(Action.SEARCH_LIBRARY),
             _library_page),
    PageSpec("reports", N_("Laporan"), lambda s: s.actor.may(Action.VIEW_REPORTS),
             _reports_page),
    PageSpec("kanwil", N_("Laporan gabungan"), lambda s: s.actor.may(Action.VIEW_KANWIL_REPORTS),
             _kanwil_page),
    PageSpec("admin", N_("Administrasi"), lambda s: s.actor.may(Action.MANAGE_USERS),
             _admin_page),
)


#: The pages of an office with a desk: a Kanwil has no consultations of its own, so even its
#: administrator has none of them.
DESK_PAGES = ("intake", "queue", "kasi", "reports")


class _Pages(dict):
    """The window's pages by key: only those the role may use, each built (and its module
    imported) the first time it is shown or asked for, so the window opens at once."""

    def __init__(self, window: "MainWindow", specs: list[PageSpec]):
        super().__init__()
        # A weak reference: a cycle would leave the window to the garbage collector, which may
        # then delete its widgets at any moment, on any thread.
        self._window = weakref.ref(window)
        self._specs = {spec.key: spec for spec in specs}

    def __contains__(self, key) -> bool:
        return key in self._specs

    def __missing__(self, key: str) -> QWidget:
        window = self._window()
        page = self._specs[key].build(window.session)
        self[key] = page
        window.ui.pages.addWidget(page)
        if hasattr(page, "open_consultation"):
            page.open_consultation.connect(window.open_consultation)
        return page


#: Imported on a worker a moment after the window opens, with the modules of the role's pages, so
#: the first consultation window or page opens without a pause on the GUI thread.
WARM_UP_MODULES = ("kppn_desktop.gui.consultation.window",)
WARM_UP_DELAY_MS = 1500


def _import_all(names: list[str], pages) -> None:
    for name in names:
        import_module(name)
    for page_class in pages:
        page_class()


class _IdleWatcher(QObject):
    """Restarts the idle timer on any key or mouse input in any window of the application.

    It filters the windows (QWindow), each from the moment it first has the focus: every key and
    mouse event of a window reaches its QWindow before the widget it is for. A filter on the
    whole application would be Python code that Qt calls for every event of every object (paint,
    layout, timers, over a thousand while the main window opens, each object and event converted
    for Python): about 30 ms of start-up, and a Python call per event ever after."""

    INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel}

    def __init__(self, timer: QTimer):
        super().__init__(timer)
        self.timer = timer
        self._windows: list[QWindow] = []
        self._started = False

    def start(self) -> None:
        app = QGuiApplication.instance()
        app.focusWindowChanged.connect(self.watch)
        self._started = True
        self.watch(app.focusWindow())

    def watch(self, window: QWindow | None) -> None:
        self._windows = [w for w in self._windows if shiboken6.isValid(w)]
        if window is not None and window not in self._windows:
            window.installEventFilter(self)
            self._windows.append(window)

    def stop(self) -> None:
        if self._started:
            QGuiApplication.instance().focusWindowChanged.disconnect(self.watch)
            self._started = False
        for window in self._windows:
            if shiboken6.isValid(window):
                window.removeEventFilter(self)
        self._windows = []

    def eventFilter(self, obj, event):  # Qt override
        if event.type() in self.INPUT and self.timer.isActive():
            self.timer.start()
        return False


class MainWindow(PreserveGeometry, QMainWindow):
    geometry_key = "main"
    logout_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("KPPN Desktop — {name}").format(name=session.actor.full_name))
        desk = office_service.office_kind(session.actor.office_id) != OfficeKind.KANWIL
        specs = [spec for spec in PAGE_SPECS
                 if spec.allowed(session) and (desk or spec.key not in DESK_PAGES)]
        self.pages = _Pages(self, specs)
        self._locked = False
        self._hidden: list[QWidget] = []
        self.lock_dialog = None
        self.draft_question: QMessageBox | None = None
        #: Set once leaving (logout, quit) was confirmed: the close that follows asks no more.
        self.leave_confirmed = False
        for spec in specs:
            item = QListWidgetItem(i18n.message(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.ui.navList.addItem(item)
        self.ui.navList.setStyleSheet(NAV_STYLE)
        self._build_status_bar()
        self.notices = LimitNotices(session, self)
        self.connection = ConnectionBand(session, self)
        self.backups = BackupKeeper(session, self)
        self.desk_notices = DeskNotices(self)
        self.ui.noticeBanner.hide()
        self.ui.connectionBanner.hide()
        self._idle_timer = QTimer(self)
        #: The office's idle-lock setting, once read (on the worker).
        self.idle_minutes: int | None = None
        self._idle_timer.setSingleShot(True)
        self._idle_watcher = _IdleWatcher(self._idle_timer)
        self._connect_signals()
        # A Kepala Seksi starts at the section's escalations, a Kanwil at its KPPNs' report;
        # everyone else at their first page.
        start = next((key for key in ("kasi", "kanwil") if key in self.pages), None)
        if start is not None:
            self.show_page(start)
        else:
            self.ui.navList.setCurrentRow(0)
        self._idle_watcher.start()
        self.ui.actionNew.setEnabled("intake" in self.pages)
        # A role without a desk (the Kanwil) has no consultations to search: no menu for them.
        self.ui.actionSearch.setEnabled("queue" in self.pages)
        self.ui.menuConsultation.menuAction().setVisible(
            "intake" in self.pages or "queue" in self.pages)
        self.restore_geometry()
        self.start_idle_lock()
        # A timer of the window's own, so it goes when the window goes.
        self._warm_up_timer = QTimer(self)
        self._warm_up_timer.setSingleShot(True)
        self._warm_up_timer.timeout.connect(self._warm_up)
        self._warm_up_timer.start(WARM_UP_DELAY_MS)
        self.notices.start()
        self.desk_notices.start()
        self.backups.start()

    def _warm_up(self) -> None:
        pages = [spec.page_class for spec in PAGE_SPECS if spec.key in self.pages]
        self.session.runner.run(lambda: _import_all(list(WARM_UP_MODULES), pages), None,
                                lambda exc: log.warning("warm-up import failed: %s", exc),
                                owner=self)

    def _build_status_bar(self) -> None:
        actor = self.session.actor
        self.userLabel = QLabel(self.tr("Masuk sebagai: {name} ({role})").format(
            name=actor.full_name, role=i18n.message(actor.role_label)))
        self.databaseLabel = QLabel(self.tr("Basis data: {name}").format(
            name=self.session.database_display))
        if self.session.database_warning:       # e.g. a SQLite file on a network share
            self.databaseLabel.setText(self.databaseLabel.text() + " ⚠ "
                                       + self.tr("folder jaringan: tidak aman"))
            self.databaseLabel.setToolTip(self.session.database_warning)
            self.databaseLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        self.busyBar = QProgressBar()
        self.busyBar.setRange(0, 0)
        self.busyBar.setMaximumWidth(120)
        self.busyBar.setAccessibleName(self.tr("Sedang memproses"))
        self.busyBar.hide()
        # The administrator sees when the last backup was made, in red when it is overdue.
        self.backupLabel = QLabel()
        self.backupLabel.hide()
        self.ui.statusbar.addWidget(self.userLabel)
        self.ui.statusbar.addWidget(self.databaseLabel, 1)
        self.ui.statusbar.addWidget(self.backupLabel)
        self.ui.statusbar.addPermanentWidget(self.busyBar)

    def _connect_signals(self) -> None:
        self.ui.navList.currentRowChanged.connect(self._on_navList_currentRowChanged)
        self.ui.actionNew.triggered.connect(self._on_actionNew_triggered)
        self.ui.actionSearch.triggered.connect(self._on_actionSearch_triggered)
        self.ui.actionRefresh.triggered.connect(self.session.changed)
        self.ui.actionLock.triggered.connect(self.lock)
        self.ui.actionLogout.triggered.connect(self._on_actionLogout_triggered)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._on_actionAbout_triggered)
        # Bantuan → Catatan aplikasi, before "Tentang" (added here, not in the .ui file).
        from PySide6.QtGui import QAction  # noqa: PLC0415

        self.actionLog = QAction(self.tr("&Catatan aplikasi"), self)
        self.ui.menuHelp.insertAction(self.ui.actionAbout, self.actionLog)
        self.actionLog.triggered.connect(self.show_log)
        self.session.runner.busy_changed.connect(self.busyBar.setVisible)
        self.notices.changed.connect(self._on_notices_changed)
        self.backups.changed.connect(self._on_backups_changed)
        self.connection.changed.connect(self._on_connection_changed)
        self.session.ended.connect(self._on_session_ended)
        self.ui.noticeOpenButton.clicked.connect(self._on_noticeOpenButton_clicked)
        self.ui.noticeCloseButton.clicked.connect(self.notices.dismiss)
        self.ui.reconnectButton.clicked.connect(self.connection.retry)
        self._idle_timer.timeout.connect(self.lock)

    # --- navigation ---------------------------------------------------------------------

    def show_page(self, key: str) -> QWidget:
        for row in range(self.ui.navList.count()):
            if self.ui.navList.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.ui.navList.setCurrentRow(row)
        return self.pages[key]

    def _on_navList_currentRowChanged(self, row: int) -> None:
        if row < 0:
            return
        key = self.ui.navList.item(row).data(Qt.ItemDataRole.UserRole)
        built_now = not dict.__contains__(self.pages, key)
        page = self.pages[key]
        self.ui.pages.setCurrentWidget(page)
        # Every page loads its data as it is built; one shown again reloads (a second load
        # right after the first was the intake page's office data, or the whole list, twice).
        if not built_now and hasattr(page, "refresh"):
            page.refresh()

    def _on_actionNew_triggered(self) -> None:
        if "intake" in self.pages:
            self.show_page("intake")

    def _on_actionSearch_triggered(self) -> None:
        if "queue" not in self.pages:
            return
        page = self.show_page("queue")
        if hasattr(page, "focus_search"):
            page.focus_search()

    def open_consultation(self, consultation_id: int) -> QWidget:
        from kppn_desktop.gui.consultation.window import ConsultationWindow  # noqa: PLC0415

        for window in self.consultation_windows():
            if window.consultation_id == consultation_id:
                window.raise_()
                window.activateWindow()
                return window
        window = ConsultationWindow(self.session, consultation_id, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def consultation_windows(self) -> list[QWidget]:
        """The consultation windows open now. They are found as the window's children, not kept
        in a list: a list emptied from a window's ``destroyed`` signal dropped the last Python
        reference in the middle of its deletion, and the process crashed."""
        return [w for w in self.findChildren(QDialog)
                if hasattr(w, "consultation_id") and w.isVisible()]

    # --- what the window tells unasked -----------------------------------------------------

    def _on_backups_changed(self) -> None:
        state = self.backups.state
        if state is None or self.session.actor.role != Role.ADMIN:
            return
        if state.warning:
            self.backupLabel.setText(i18n.message(state.warning))
            self.backupLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.backupLabel.setText(self.tr("Cadangan terakhir: {at}").format(
                at=format_short_datetime(state.last_at)))
            self.backupLabel.setStyleSheet("")
        self.backupLabel.show()

    def _on_notices_changed(self) -> None:
        text = self.notices.text()
        self.ui.noticeLabel.setText(text)
        self.ui.noticeBanner.setVisible(bool(text))
        if text:
            QApplication.alert(self)        # the taskbar entry flashes until the window is used

    def _on_noticeOpenButton_clicked(self) -> None:
        """One consultation: open it. Several: the list of late ones (the Kepala Seksi's inbox)."""
        pending = self.notices.pending
        if len(pending) == 1:
            self.open_consultation(pending[0].consultation_id)
        elif "queue" in self.pages:
            self.show_page("queue").show_list("overdue")
        elif "kasi" in self.pages:
            self.show_page("kasi")
        self.notices.dismiss()

    def _on_session_ended(self, exc) -> None:
        """The user was deactivated or given another role or section meanwhile: nothing more is
        done in this session. The screen locks with the reason; what was typed stays behind it."""
        self.lock(i18n.error_text(exc))

    def _on_connection_changed(self) -> None:
        text = self.connection.text()
        self.ui.connectionLabel.setText(text)
        self.ui.connectionBanner.setVisible(bool(text))
        self.ui.reconnectButton.setEnabled(not self.connection.retrying)

    # --- idle lock ------------------------------------------------------------------------

    def start_idle_lock(self) -> None:
        """Start counting idle time: with the interval known so far at once, and with the
        office's setting as soon as the worker has read it (another workstation may change it)."""
        minutes = self.idle_minutes or settings.IDLE_LOCK_MINUTES.default
        self._idle_timer.setInterval(int(minutes) * 60 * 1000)
        self._idle_timer.start()
        office_id = self.session.actor.office_id
        self.session.runner.run(lambda: settings.get(settings.IDLE_LOCK_MINUTES, office_id),
                                self._on_idle_minutes_read, lambda exc: None)

    def _on_idle_minutes_read(self, minutes) -> None:
        self.idle_minutes = int(minutes)
        interval = self.idle_minutes * 60 * 1000
        if interval != self._idle_timer.interval():
            self._idle_timer.setInterval(interval)
            if self._idle_timer.isActive():
                self._idle_timer.start()

    def lock(self, reason: str = "") -> None:
        """Hide every window of this session behind the unlock dialog; what was typed stays.
        The dialog is opened, not run in a loop of its own: the lock comes from a timer, and a
        nested event loop there would run deletions and callbacks under the caller's feet.
        ``reason``: why, when it is not idleness (shown in the dialog)."""
        if self._locked:
            if reason and self.lock_dialog is not None:
                self.lock_dialog.ui.errorLabel.setText(reason)
            return
        from kppn_desktop.gui.shell.login import LoginDialog  # noqa: PLC0415

        self._locked = True
        self._idle_timer.stop()
        self._hidden = [w for w in [self, *self.consultation_windows()] if w.isVisible()]
        for window in self._hidden:
            window.hide()
        dialog = LoginDialog(locked_for=self.session.actor, parent=self)
        dialog.ui.errorLabel.setText(reason)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_lock_dialog_finished)
        self.lock_dialog = dialog
        dialog.open()

    def _on_lock_dialog_finished(self, result: int) -> None:
        dialog, self.lock_dialog = self.lock_dialog, None
        self._locked = False
        if result != QDialog.DialogCode.Accepted:
            if not self.log_out():
                self.lock()          # the draft stays behind the lock screen
            return
        actor, was = dialog.actor if dialog is not None else None, self.session.actor
        if actor is not None and (actor.role, actor.section_id) != (was.role, was.section_id):
            # Another role: other pages and rights. A fresh login builds them.
            self.leave_confirmed = True
            self.logout_requested.emit()
            return
        for window in self._hidden:
            window.show()
        self._hidden = []
        self._idle_timer.start()

    # --- leaving with a draft -------------------------------------------------------------

    def unsaved_draft(self) -> bool:
        """True while the intake page holds a consultation typed but not saved."""
        page = dict.get(self.pages, "intake")      # a page never built holds nothing
        return page is not None and page.has_unsaved_draft()

    def confirm_discard_draft(self) -> bool:
        """Asks before a draft is lost (logout, quit, leaving the lock screen)."""
        if not self.unsaved_draft():
            return True
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - not needed to open the window

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Isian belum disimpan"),
                          self.tr("Konsultasi baru yang sedang diisi belum disimpan. "
                                  "Jika Anda keluar sekarang, isian itu hilang."),
                          QMessageBox.StandardButton.NoButton, self.lock_dialog or self)
        discard = box.addButton(self.tr("Keluar dan buang isian"),
                                QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Kembali ke isian"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        self.draft_question = box
        box.exec()
        self.draft_question = None
        box.deleteLater()
        return box.clickedButton() is discard

    @property
    def locked(self) -> bool:
        return self._locked

    # --- other ---------------------------------------------------------------------------

    def _on_actionLogout_triggered(self) -> None:
        self.log_out()

    def log_out(self) -> bool:
        """Ask for logout, after the draft question; False when the user stays."""
        if not self.confirm_discard_draft():
            return False
        self.leave_confirmed = True
        self.logout_requested.emit()
        return True

    def show_log(self):
        """The log viewer (one at a time, closed with the window)."""
        from kppn_desktop.gui.shell.log_viewer import LogViewer  # noqa: PLC0415

        viewer = self.findChild(LogViewer)
        if viewer is None:
            viewer = LogViewer(self)
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        else:
            viewer.reload()
        viewer.show()
        viewer.raise_()
        return viewer

    def _on_actionAbout_triggered(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        QMessageBox.about(self, self.tr("Tentang KPPN Desktop"),
                          self.tr("KPPN Desktop {version}\nLayanan Konsultasi Stakeholder KPPN.\n"
                                  "Basis data: {name}").format(
                              version=__version__, name=self.session.database_display))

    def closeEvent(self, event):  # Qt override
        if not self.leave_confirmed and not self.confirm_discard_draft():
            event.ignore()
            return
        self.leave_confirmed = True
        self._idle_watcher.stop()
        self.session.stop_polling()
        self.desk_notices.close()
        for window in self.consultation_windows():
            window.close()
        super().closeEvent(event)
