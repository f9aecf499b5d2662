"""One helper runs slow work (queries, reports, PDFs, large files) off the GUI thread and hands the
result back to a slot on the GUI thread. Widgets are never touched from the worker.

The worker holds plain Python data only: ``fn`` must not capture a widget or any other Qt object
(read what it needs on the GUI thread first, as the pages do). The worker drops its references
when it finishes, and a Qt object whose last reference went there would be deleted there, its
timers unregistered from the wrong thread. The relay that carries the result back is owned by
the runner (C++), so the worker never deletes it either."""

from __future__ import annotations

import logging
import traceback
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from kppn_desktop.domain.errors import SessionEnded

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn, self.relay = fn, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        from kppn_desktop.services import system  # noqa: PLC0415

        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread to be shown
            exc.__traceback_text__ = traceback.format_exc()
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)
        finally:
            system.release_thread_connection()


class TaskRunner(QObject):
    """``runner.run(fn, on_done, on_error)``: ``fn`` runs on a worker thread; the callbacks run on
    the GUI thread. ``busy_changed(bool)`` lets the window show a progress indicator;
    ``connection_changed(bool)`` says when work failed because the database could not be reached
    (False) and when work succeeded again after that (True)."""

    busy_changed = Signal(bool)
    connection_changed = Signal(bool)
    #: Work was refused because the user was deactivated or changed since the login.
    session_ended = Signal(object)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[_Relay] = set()
        self.offline = False

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None, *,
            owner: QObject | None = None) -> None:
        """``owner`` (by default the object of a bound-method ``on_done``): when it has been
        deleted by the time the work ends (a closed window), the callbacks are skipped."""
        if owner is None and isinstance(getattr(on_done, "__self__", None), QObject):
            owner = on_done.__self__
        alive = (lambda: shiboken6.isValid(owner)) if owner is not None else (lambda: True)
        # Owned by the runner: deleted on the GUI thread (below, or with the runner when its
        # session closes; a result arriving after that has nobody waiting for it).
        relay = _Relay(self)
        self._running.add(relay)
        if len(self._running) == 1:
            self.busy_changed.emit(True)

        @Slot(object)
        def finished(result):
            if not self._finish(relay):
                return
            self._set_offline(False)
            if on_done and alive():
                on_done(result)

        @Slot(object)
        def failed(exc):
            if not self._finish(relay):
                return
            from kppn_desktop.gui.startup.errors import is_connection_problem  # noqa: PLC0415
            if is_connection_problem(exc):
                self._set_offline(True)
            if isinstance(exc, SessionEnded):
                self.session_ended.emit(exc)
            if not alive():
                return
            if on_error:
                on_error(exc)
            else:
                from kppn_desktop.gui.startup.errors import show_exception  # noqa: PLC0415
                show_exception(None, exc)

        relay.done.connect(finished)
        relay.failed.connect(failed)
        self.pool.start(_Job(fn, relay))

    def _finish(self, relay: _Relay) -> bool:
        """False when the runner itself has gone (its session closed) before the result came:
        then nobody is waiting for it."""
        relay.deleteLater()
        if not shiboken6.isValid(self):
            return False
        self._running.discard(relay)
        if not self._running:
            self.busy_changed.emit(False)
        return True

    def _set_offline(self, offline: bool) -> None:
        if offline != self.offline:
            self.offline = offline
            self.connection_changed.emit(not offline)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (tests and shutdown only)."""
        return self.pool.waitForDone(msecs)
