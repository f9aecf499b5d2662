"""Who is acting, and the few helpers every service shares: the transaction, the audit event and
the role check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kppn_desktop.domain import validation, workflow
from kppn_desktop.domain.errors import NotFound, SessionEnded, ValidationError
from kppn_desktop.storage import history
from kppn_desktop.storage.database import db
from kppn_desktop.storage.models import User, utcnow


@dataclass(frozen=True)
class Actor:
    """The logged-in user on whose behalf a service runs."""

    user_id: int
    username: str
    full_name: str
    role: str
    section_id: int | None = None

    @property
    def role_label(self) -> str:
        return workflow.ROLE_LABELS[workflow.Role(self.role)]

    def may(self, action: workflow.Action) -> bool:
        return workflow.may(self.role, action)


def require(actor: Actor, action: workflow.Action) -> None:
    """Refuse when the actor may not take ``action``: the user as stored now, not as at login.
    A user deactivated (or removed) or given another role or section meanwhile ends the session
    (``SessionEnded``); a role that may not take the action is ``PermissionDenied``."""
    check_current(actor)
    workflow.check_role(actor.role, action)


#: The statement of :func:`check_current` per kind of database, composed once: every service
#: call asks it, and composing it through the ORM cost 0.3 ms, more than a list's whole query.
_STANDING: dict[type, str] = {}


def _standing(user_id: int) -> tuple | None:
    kind = type(db.obj)
    sql = _STANDING.get(kind)
    if sql is None:
        sql = _STANDING[kind] = User.select(User.active, User.role, User.section).where(
            User.id == 0).sql()[0]
    cursor = db.execute_sql(sql, (user_id,))
    try:
        return cursor.fetchone()
    finally:
        cursor.close()


def check_current(actor: Actor) -> None:
    """``SessionEnded`` unless the actor's user is still active with the same role and section."""
    row = _standing(actor.user_id)
    if row is None or not row[0]:
        raise SessionEnded("Akun Anda sudah dinonaktifkan oleh administrator; sesi ini diakhiri. "
                           "Hubungi administrator bila ini keliru.")
    if row[1] != actor.role or row[2] != actor.section_id:
        raise SessionEnded("Peran atau seksi Anda baru saja diubah oleh administrator. Masuk "
                           "kembali untuk melanjutkan dengan hak yang baru.")


def transaction():
    """One transaction per service call; rolls back on any error."""
    return db.atomic()


#: The instants a service accepts: the office's own years, not a year typed wrong (1, 9999), which
#: would put a clock, a report's cut-off or a day's sums out of any calendar.
EARLIEST = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
LATEST = dt.datetime(2100, 1, 1, tzinfo=dt.timezone.utc)


def instant(at: dt.datetime | None, field: str = "waktu") -> dt.datetime:
    """``at`` as an aware instant (now when None). Naive datetimes are refused: the caller must say
    in which zone it meant them; so is anything else, and a time outside the years 2000-2099."""
    if at is None:
        return utcnow()
    if not isinstance(at, dt.datetime):
        raise ValidationError({field: "Waktu tidak dikenali."})
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValidationError({field: "Waktu harus disertai zona waktu."})
    if not EARLIEST <= at < LATEST:
        raise ValidationError({field: "Waktu harus antara tahun 2000 dan 2099."})
    return at.astimezone(dt.timezone.utc)


def find(model, row_id: object, message: str):
    """The row ``row_id`` of ``model``; :class:`NotFound` with ``message`` when there is none or
    ``row_id`` cannot be a row's id (not a whole number, beyond 64 bits)."""
    row = None if validation.record_id(row_id) is None else model.get_or_none(model.id == row_id)
    if row is None:
        raise NotFound(message)
    return row


def audit(actor: Actor | None, subject: str, what: str, *, at: dt.datetime | None = None,
          **data) -> None:
    """Record an administration change in the event history (inside the caller's transaction),
    at ``at`` (default now)."""
    history.append_event(
        "administrasi", at=at, actor_id=actor.user_id if actor else None, subject=subject,
        data={"aksi": what, **data})
