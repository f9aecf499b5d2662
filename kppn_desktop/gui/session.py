"""What every window shares: the logged-in actor, the open database, the task runner, and a signal
that data changed (here, or on another workstation)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kppn_desktop.services import system
from kppn_desktop.services.context import Actor
from kppn_desktop.gui.tasks import TaskRunner

POLL_MS = 5000


class Session(QObject):
    """``data_changed`` fires after a change made in this window, when the poller sees that
    another workstation wrote something, and when the database can be reached again after the
    connection was lost; lists and inboxes reload on it."""

    data_changed = Signal()
    actor_changed = Signal()

    def __init__(self, actor: Actor, database_display: str, parent: QObject | None = None):
        super().__init__(parent)
        self.actor = actor
        self.database_display = database_display
        self.runner = TaskRunner(self)
        self._marker: int | None = None
        self._poller = QTimer(self)
        self._poller.setInterval(POLL_MS)
        self._poller.timeout.connect(self._on_poller_timeout)
        self.runner.connection_changed.connect(self._on_runner_connection_changed)

    def start_polling(self) -> None:
        self._poller.start()

    def stop_polling(self) -> None:
        self._poller.stop()

    def close(self) -> None:
        """The end of the session (logout, quit): no more polling, the work in flight finished,
        and the session deleted on purpose, here on the GUI thread. Left to Python, a session
        caught in a reference cycle (a page and its loader) would be deleted by the garbage
        collector in whatever thread collects, taking its timer with it from the wrong thread."""
        self.stop_polling()
        self.runner.wait()
        self.deleteLater()

    def changed(self) -> None:
        """Call after any successful change made through this session."""
        self.data_changed.emit()

    def _on_poller_timeout(self) -> None:
        if self.runner.busy:
            return
        self.check_now()

    def check_now(self, then: Callable[[], None] | None = None,
                  owner: QObject | None = None) -> None:
        """Ask the database for its change marker now: another workstation's changes show, and a
        lost connection is found (or found back) without waiting for the next poll. ``then`` is
        called afterwards, whether the database answered or not (unless ``owner`` has gone)."""
        def answered(marker: int) -> None:
            self._on_marker(marker)
            if then is not None:
                then()

        def failed(_exc: Exception) -> None:
            if then is not None:
                then()
        self.runner.run(system.change_marker, answered, failed, owner=owner)

    def _on_runner_connection_changed(self, ok: bool) -> None:
        if ok:      # back: what changed meanwhile, and what failed to load, is loaded again
            self.data_changed.emit()

    def _on_marker(self, marker: int) -> None:
        if self._marker is not None and marker != self._marker:
            self.data_changed.emit()
        self._marker = marker
