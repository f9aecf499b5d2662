"""Who is acting, and the few helpers every service shares: the transaction, the audit event and
the role check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kppn_desktop.domain import workflow
from kppn_desktop.domain.errors import SessionEnded, ValidationError
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


def check_current(actor: Actor) -> None:
    """``SessionEnded`` unless the actor's user is still active with the same role and section."""
    row = (User.select(User.active, User.role, User.section)
           .where(User.id == actor.user_id).tuples().first())
    if row is None or not row[0]:
        raise SessionEnded("Akun Anda sudah dinonaktifkan oleh administrator; sesi ini diakhiri. "
                           "Hubungi administrator bila ini keliru.")
    if row[1] != actor.role or row[2] != actor.section_id:
        raise SessionEnded("Peran atau seksi Anda baru saja diubah oleh administrator. Masuk "
                           "kembali untuk melanjutkan dengan hak yang baru.")


def transaction():
    """One transaction per service call; rolls back on any error."""
    return db.atomic()


def instant(at: dt.datetime | None, field: str = "waktu") -> dt.datetime:
    """``at`` as an aware instant (now when None). Naive datetimes are refused: the caller must say
    in which zone it meant them."""
    if at is None:
        return utcnow()
    if at.tzinfo is None:
        raise ValidationError({field: "Waktu harus disertai zona waktu."})
    return at.astimezone(dt.timezone.utc)


def audit(actor: Actor | None, subject: str, what: str, *, at: dt.datetime | None = None,
          **data) -> None:
    """Record an administration change in the event history (inside the caller's transaction),
    at ``at`` (default now)."""
    history.append_event(
        "administrasi", at=at, actor_id=actor.user_id if actor else None, subject=subject,
        data={"aksi": what, **data})
