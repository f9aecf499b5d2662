"""What every window shares: the logged-in actor, the open database, the task runner, and a signal
that data changed (here, or on another workstation)."""

from __future__ import annotations

import threading
from typing import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from kppn_desktop.gui.startup.tasks import TaskRunner
from kppn_desktop.services import system
from kppn_desktop.services.context import Actor

#: The fallback look (a lost connection found, a missed notification): changes made elsewhere
#: arrive at once through the change watcher (``storage.watch``).
POLL_MS = 5000
#: The longest a watcher waits before looking whether the session is closing (seconds).
WATCH_SLICE = 1.0


class _ChangeRelay(QObject):
    """Carries the watcher thread's "something changed" to the GUI thread."""

    changed = Signal()


class Session(QObject):
    """``data_changed`` fires after a change made in this window, when the poller sees that
    another workstation wrote something, and when the database can be reached again after the
    connection was lost; lists and inboxes reload on it. ``consultations_changed(ids)`` fires
    with it and names the consultations whose history grew (None: anything may have changed, as
    after a calendar correction), so an open consultation window reloads only for its own."""

    data_changed = Signal()
    consultations_changed = Signal(object)
    actor_changed = Signal()
    #: The user was deactivated or given another role or section: the window locks (the error).
    ended = Signal(object)

    def __init__(self, actor: Actor, database_display: str, parent: QObject | None = None, *,
                 database_warning: str = ""):
        super().__init__(parent)
        self.actor = actor
        self.database_display = database_display
        #: Said about the database when it was opened (e.g. a SQLite file on a network share).
        self.database_warning = database_warning
        self.runner = TaskRunner(self)
        self._marker: int | None = None
        self._poller = QTimer(self)
        self._poller.setInterval(POLL_MS)
        self._poller.timeout.connect(self._on_poller_timeout)
        self.runner.connection_changed.connect(self._on_runner_connection_changed)
        self.runner.session_ended.connect(self.ended)
        self._relay = _ChangeRelay(self)
        self._relay.changed.connect(self._on_relay_changed)
        self._watcher = None
        self._watch_thread: threading.Thread | None = None
        self._looking = self._look_again = False

    def start_polling(self) -> None:
        """Look for other workstations' changes: told at once by the change watcher (a thread of
        its own, waiting on PostgreSQL's notifications or SQLite's data version), and every
        ``POLL_MS`` besides."""
        self._poller.start()
        if self._watch_thread is None:
            self._start_watching()

    def stop_polling(self) -> None:
        self._poller.stop()
        watcher, thread = self._watcher, self._watch_thread
        self._watcher = self._watch_thread = None
        if watcher is not None:
            watcher.close()
            thread.join(timeout=2 * WATCH_SLICE + 1)

    def _start_watching(self) -> None:
        watcher = system.change_watcher()
        if watcher is None:
            return
        relay = self._relay

        def watch() -> None:
            try:
                while not watcher.closed:
                    if watcher.wait(WATCH_SLICE) and not watcher.closed:
                        try:
                            relay.changed.emit()
                        except RuntimeError:    # the session was deleted without closing
                            return
            finally:
                watcher.release()

        self._watcher = watcher
        self._watch_thread = threading.Thread(target=watch, name="kppn-perubahan", daemon=True)
        self._watch_thread.start()

    def _on_relay_changed(self) -> None:
        """Another connection committed: look what changed, one look at a time (a burst of
        notifications while looking makes one more look)."""
        if self._looking:
            self._look_again = True
            return
        self._looking = True

        def looked() -> None:
            self._looking = False
            if self._look_again:
                self._look_again = False
                self._on_relay_changed()
        self.check_now(then=looked, owner=self)

    def close(self) -> None:
        """The end of the session (logout, quit): no more polling, the work in flight finished,
        and the session deleted on purpose, here on the GUI thread. Left to Python, a session
        caught in a reference cycle (a page and its loader) would be deleted by the garbage
        collector in whatever thread collects, taking its timer with it from the wrong thread."""
        self.stop_polling()
        self.runner.wait()
        self.deleteLater()

    def changed(self, consultation_ids: Iterable[int] | None = None) -> None:
        """Call after any successful change made through this session, naming the consultations
        it changed (None: it may have changed any, e.g. the calendar or a category)."""
        self._announce(None if consultation_ids is None else frozenset(consultation_ids))

    def _announce(self, ids: frozenset[int] | None) -> None:
        self.data_changed.emit()
        self.consultations_changed.emit(ids)

    def _on_poller_timeout(self) -> None:
        if self.runner.busy:
            return
        self.check_now()

    def check_now(self, then: Callable[[], None] | None = None,
                  owner: QObject | None = None) -> None:
        """Ask the database what changed since the last look: another workstation's changes
        show, and a lost connection is found (or found back) without waiting for the next poll.
        ``then`` is called afterwards, whether the database answered or not (unless ``owner``
        has gone)."""
        marker, office_id = self._marker, self.actor.office_id

        def look():
            return (system.change_marker(), None) if marker is None \
                else system.changes_since(marker, office_id)

        def answered(answer) -> None:
            self._on_changes(*answer)
            if then is not None:
                then()

        def failed(_exc: Exception) -> None:
            if then is not None:
                then()
        self.runner.run(look, answered, failed, owner=owner)

    def _on_runner_connection_changed(self, ok: bool) -> None:
        if ok:      # back: what changed meanwhile, and what failed to load, is loaded again
            self._announce(None)

    def _on_changes(self, marker: int, ids: frozenset[int] | None) -> None:
        first = self._marker is None
        self._marker = marker
        if not first and ids != frozenset():
            self._announce(ids)
