"""The desk's reminders (``services.inbox.desk_notices``): deadlines passed, escalations due
today, progress updates due today, in office time. In the window: a button in the status bar,
"Pengingat (3)", whose menu opens each consultation. On the desktop: the system tray, where there
is one, tells each new reminder once; clicking the message opens its consultation."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QToolButton

from kppn_desktop.gui.language.formatting import format_short_datetime
from kppn_desktop.gui.widgets.common import MinuteTimer, utcnow
from kppn_desktop.services import inbox


class DeskNotices(QObject):
    """Looks each minute and after every change; ``notices`` holds the current reminders and
    ``changed`` fires when they were read again. ``now`` is replaceable in tests."""

    changed = Signal()

    def __init__(self, window):
        super().__init__(window)
        # Weak: a reference from a child back to its window would keep a window that nobody
        # else holds alive (and leave it to the garbage collector; see MainWindow's _Pages).
        self._window = weakref.ref(window)
        self.session = window.session
        self.notices: list[inbox.DeskNotice] = []
        self.now = utcnow
        self._told: set[tuple] = set()
        self._fresh: list[inbox.DeskNotice] = []
        self._looking = self._again = False
        self._timer = MinuteTimer(self)
        self._timer.timeout.connect(self.look)
        self.session.data_changed.connect(self.look)

        self.button = QToolButton(window)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton { color: #b00020; font-weight: bold; }")
        self.button.setAccessibleName(self.tr("Pengingat"))
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        self.button.hide()
        window.ui.statusbar.addPermanentWidget(self.button)

        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(window.windowIcon(), self)
            self.tray.setToolTip("KPPN Desktop")
            self.tray_menu = QMenu(window)
            self.tray.setContextMenu(self.tray_menu)
            self.tray.messageClicked.connect(self._on_tray_messageClicked)
            self.tray.activated.connect(self._on_tray_activated)

    def start(self) -> None:
        self._timer.start()
        self.look()

    def look(self) -> None:
        if self._looking:
            self._again = True         # asked while reading: read once more afterwards
            return
        self._looking, self._again = True, False
        actor, now = self.session.actor, self.now()
        self.session.runner.run(lambda: inbox.desk_notices(actor, now), self._on_found,
                                self._on_failed)

    def _on_failed(self, _exc: Exception) -> None:
        self._looking = False          # the connection band says why; the next minute tries again

    def _on_found(self, notices: list[inbox.DeskNotice]) -> None:
        self._looking = False
        if self._again:
            self.look()
            return
        self.notices = notices
        self._fill(self.menu)
        if self.tray is not None:
            self._fill(self.tray_menu)
            self.tray.setVisible(bool(notices))
        self.button.setText(self.tr("Pengingat ({n})").format(n=len(notices)))
        self.button.setToolTip(self.summary())
        self.button.setVisible(bool(notices))
        fresh = [n for n in notices if self._key(n) not in self._told]
        # Only the current ones are remembered: one that went away may come back (tomorrow).
        self._told = {self._key(n) for n in notices}
        if fresh and self.tray is not None:
            self._fresh = fresh
            self.tray.showMessage(self.tr("KPPN Desktop: pengingat"), self._lines(fresh),
                                  QSystemTrayIcon.MessageIcon.Warning, 15_000)
        self.changed.emit()

    @staticmethod
    def _key(n: inbox.DeskNotice) -> tuple:
        return (n.consultation_id, n.kind, n.due_at)

    def kind_text(self, kind: str) -> str:
        if kind == inbox.LATE:
            return self.tr("melewati batas waktu")
        if kind == inbox.DUE_TODAY:
            return self.tr("batas solusi hari ini")
        return self.tr("progres hari ini belum disampaikan")

    def item_text(self, n: inbox.DeskNotice) -> str:
        return self.tr("{number}: {what} ({due})").format(
            number=n.number, what=self.kind_text(n.kind), due=format_short_datetime(n.due_at))

    def _lines(self, notices) -> str:
        shown = [self.item_text(n) for n in notices[:5]]
        if len(notices) > 5:
            shown.append(self.tr("dan {n} lainnya").format(n=len(notices) - 5))
        return "\n".join(shown)

    def summary(self) -> str:
        return self._lines(self.notices)

    def _open(self, consultation_id: int) -> None:
        window = self._window()
        if window is not None:
            _bring_up(window)
            window.open_consultation(consultation_id)

    def _fill(self, menu: QMenu) -> None:
        menu.clear()
        for n in self.notices:
            action = menu.addAction(self.item_text(n))
            action.setToolTip(n.summary)
            action.triggered.connect(lambda _checked=False, cid=n.consultation_id:
                                     self._open(cid))

    def _on_tray_messageClicked(self) -> None:
        if self._fresh:
            self._open(self._fresh[0].consultation_id)

    def _on_tray_activated(self, reason) -> None:
        window = self._window()
        if reason == QSystemTrayIcon.ActivationReason.Trigger and window is not None:
            _bring_up(window)

    def close(self) -> None:
        """Off the desktop's tray when the window goes (logout)."""
        if self.tray is not None:
            self.tray.hide()


def _bring_up(window) -> None:
    """The window in front, as it was (a maximised window stays maximised)."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
