"""Who is acting, and the few helpers every service shares: the transaction, the audit event and
the role check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kppn_desktop.domain import validation, workflow
from kppn_desktop.domain.errors import NotFound, SessionEnded, ValidationError
from kppn_desktop.storage import history, statements, transactions
from kppn_desktop.storage.models import User, utcnow


@dataclass(frozen=True)
class Actor:
    """The logged-in user on whose behalf a service runs."""

    user_id: int
    username: str
    full_name: str
    role: str
    section_id: int | None = None
    #: The office the user belongs to; every service reads and changes only its rows. None (an
    #: actor made by hand, e.g. in a test) means the office the user is stored with.
    office_id: int | None = None

    @property
    def role_label(self) -> str:
        return workflow.ROLE_LABELS[workflow.Role(self.role)]

    def may(self, action: workflow.Action) -> bool:
        return workflow.may(self.role, action)


def require(actor: Actor, action: workflow.Action) -> int:
    """Refuse when the actor may not take ``action``: the user as stored now, not as at login.
    A user deactivated (or removed) or given another role, section or office meanwhile ends the
    session (``SessionEnded``); a role that may not take the action is ``PermissionDenied``.
    Returns the actor's office: the only office whose rows the service may read or change."""
    office_id = check_current(actor)
    workflow.check_role(actor.role, action)
    return office_id


def check_current(actor: Actor) -> int:
    """``SessionEnded`` unless the actor's user is still active with the same role, section and
    office; returns the office."""
    # Every service call asks it: composed once (``storage.statements``).
    row = statements.first_row(
        "standing", lambda: User.select(User.active, User.role, User.section, User.office)
        .where(User.id == 0), (actor.user_id,))
    if row is None or not row[0]:
        raise SessionEnded("Akun Anda sudah dinonaktifkan oleh administrator; sesi ini diakhiri. "
                           "Hubungi administrator bila ini keliru.")
    if (row[1] != actor.role or row[2] != actor.section_id
            or (actor.office_id is not None and row[3] != actor.office_id)):
        raise SessionEnded("Peran atau seksi Anda baru saja diubah oleh administrator. Masuk "
                           "kembali untuk melanjutkan dengan hak yang baru.")
    return row[3]


def office_of_actor(actor: Actor) -> int | None:
    """The actor's office without the role check (to validate input before the use case's
    ``require``, which checks it is still the office the user is stored with)."""
    if actor.office_id is not None:
        return actor.office_id
    return User.select(User.office).where(User.id == actor.user_id).scalar()


def office_row_id(model, row_id: object, office_id: int, message: str) -> int:
    """The id of row ``row_id`` of ``model`` (a table with an office) when it belongs to office
    ``office_id``; :class:`NotFound` with ``message`` otherwise: another office's row is not
    there for this user, and saying otherwise would tell that it exists."""
    ident = validation.record_id(row_id)
    if ident is None or not model.select().where(model.id == ident,
                                                 model.office == office_id).exists():
        raise NotFound(message)
    return ident


def transaction():
    """One transaction per service call; rolls back on any error. What every desk shares (the
    day's report sums, the history's chain) it writes at its end (``storage.transactions``)."""
    return transactions.transaction()


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


def find(model, row_id: object, message: str, office_id: int | None = None):
    """The row ``row_id`` of ``model``; :class:`NotFound` with ``message`` when there is none,
    ``row_id`` cannot be a row's id (not a whole number, beyond 64 bits) or, with ``office_id``,
    the row belongs to another office."""
    row = None
    if validation.record_id(row_id) is not None:
        # Composed once per table (``storage.statements``): every action finds its row first.
        sql = statements.composed(f"find:{model._meta.table_name}",
                                  lambda: model.select().where(model.id == 0))
        row = next(iter(model.raw(sql, row_id)), None)
    if row is None or (office_id is not None and row.office_id != office_id):
        raise NotFound(message)
    return row


def audit(actor: Actor | None, subject: str, what: str, *, at: dt.datetime | None = None,
          **data) -> None:
    """Record an administration change in the event history (inside the caller's transaction),
    at ``at`` (default now)."""
    history.append_event(
        "administrasi", at=at, actor_id=actor.user_id if actor else None, subject=subject,
        data={"aksi": what, **data})
