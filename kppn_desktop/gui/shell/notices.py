"""What the main window tells without being asked: a limit passed on a consultation someone must act
on (the 20-minute service, an escalation's solution deadline), and the database connection lost
and back. Both show as a band above the page; the taskbar entry flashes for a passed limit. Also
the daily backup and its state, which the administrator sees in the status bar."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kppn_desktop.domain.texts import N_
from kppn_desktop.gui.language import i18n
from kppn_desktop.gui.language.formatting import format_short_datetime
from kppn_desktop.gui.widgets.common import MinuteTimer, utcnow

log = logging.getLogger(__name__)
CLOCK_TEXTS = {"layanan": N_("layanan 20 menit"), "solusi": N_("solusi 3 hari kerja")}
#: How many numbers the band names before it says "dan N lainnya".
NAMED = 3


def _limits_passed(actor, since, until):
    """On the worker: the inbox service is imported there, not before the main window shows."""
    from kppn_desktop.services import inbox  # noqa: PLC0415

    return inbox.limits_passed(actor, since, until)


class LimitNotices(QObject):
    """Looks each minute (and after every change) for limits that passed since the last look;
    ``changed`` fires when the pending notices change. The first look, at login, gathers every
    limit already passed on what is still open. ``now`` is replaceable in tests."""

    changed = Signal()

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.pending: list = []           # services.inbox.PassedLimit
        self._since: dt.datetime | None = None
        self._looking = self._again = False
        self.now = utcnow
        self._timer = MinuteTimer(self)
        self._timer.timeout.connect(self.look)
        session.data_changed.connect(self.look)

    def start(self) -> None:
        self._timer.start()
        self.look()

    def look(self) -> None:
        if self._looking:
            self._again = True         # asked while reading (another ``now``): read once more
            return
        self._looking, self._again = True, False
        actor, since, until = self.session.actor, self._since, self.now()
        self.session.runner.run(lambda: (until, _limits_passed(actor, since, until)),
                                self._on_found, self._on_failed)

    def _on_found(self, result) -> None:
        until, found = result
        self._looking = False
        if self._again:
            self.look()
        self._since = until
        known = {(p.consultation_id, p.clock) for p in self.pending}
        new = [p for p in found if (p.consultation_id, p.clock) not in known]
        if new:
            self.pending.extend(new)
            self.changed.emit()

    def _on_failed(self, _exc: Exception) -> None:
        self._looking = False        # the connection band says why; the next minute tries again

    def dismiss(self) -> None:
        self.pending.clear()
        self.changed.emit()

    def text(self) -> str:
        """One sentence for the band: which consultations, which limit, since when."""
        if not self.pending:
            return ""
        named = [self.tr("{number} ({clock}, sejak {at})").format(
                     number=p.number, clock=i18n.message(CLOCK_TEXTS[p.clock]),
                     at=format_short_datetime(p.due_at))
                 for p in self.pending[:NAMED]]
        rest = len(self.pending) - NAMED
        if rest > 0:
            named.append(self.tr("dan {n} lainnya").format(n=rest))
        if len(self.pending) == 1:
            head = self.tr("Batas waktu terlampaui, konsultasi belum selesai: ")
        else:
            head = self.tr("{n} konsultasi melewati batas waktu dan belum selesai: ").format(
                n=len(self.pending))
        return head + ", ".join(named) + "."


class ConnectionBand(QObject):
    """Keeps the connection band true: shown when work failed because the database could not be
    reached (what was typed stays in its fields), hidden when work succeeds again."""

    changed = Signal()

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.offline = False
        self.retrying = False
        session.runner.connection_changed.connect(self._on_connection_changed)

    def _on_connection_changed(self, ok: bool) -> None:
        self.offline, self.retrying = not ok, False
        self.changed.emit()

    def retry(self) -> None:
        self.retrying = True
        self.changed.emit()
        self.session.check_now(then=self._on_retried, owner=self)

    def _on_retried(self) -> None:
        if self.retrying:
            self.retrying = False
            self.changed.emit()

    def text(self) -> str:
        if not self.offline:
            return ""
        text = self.tr("Sambungan ke basis data terputus ({db}). Isian yang sedang Anda ketik "
                       "tetap ada; simpan lagi setelah sambungan pulih. Sambungan dicoba "
                       "otomatis setiap 5 detik.").format(db=self.session.database_display)
        if self.retrying:
            text += " " + self.tr("Mencoba menyambung…")
        return text


class BackupKeeper(QObject):
    """The daily backup of a SQLite office database, made by whichever desk runs (a look a minute
    after login, then every half hour; ``services.backups.backup_if_due`` decides), and the state
    of the last backup (``state``; ``changed`` fires when it was read again)."""

    changed = Signal()
    FIRST_MS, EVERY_MS = 60_000, 30 * 60_000

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.state = None                 # services.backups.BackupState
        self._looking = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.look)

    def start(self, first_ms: int | None = None) -> None:
        self._timer.start(self.FIRST_MS if first_ms is None else first_ms)

    def look(self) -> None:
        self._timer.setInterval(self.EVERY_MS)
        if self._looking:
            return
        self._looking = True
        self.session.runner.run(_backup_if_due, self._on_done, self._on_failed, owner=self)

    def _on_done(self, state) -> None:
        self._looking = False
        self.state = state
        self.changed.emit()

    def _on_failed(self, exc: Exception) -> None:
        from kppn_desktop.services.backups import BackupState  # noqa: PLC0415

        self._looking = False
        log.warning("automatic backup failed: %s", exc)
        self.state = BackupState(None, "", self.tr("Cadangan otomatis gagal: {detail}").format(
            detail=exc))
        self.changed.emit()


def _backup_if_due():
    """On the worker: the backup service imported there, not with the main window."""
    from kppn_desktop.services import backups  # noqa: PLC0415

    backups.backup_if_due()
    return backups.state()
