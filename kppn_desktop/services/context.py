"""Who is acting, and the few helpers every service shares: the transaction, the audit event and
the role check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kppn_desktop.domain import workflow
from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.storage import history
from kppn_desktop.storage.database import db
from kppn_desktop.storage.models import utcnow


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
    """Refuse (``PermissionDenied``) when the actor's role may not take ``action``."""
    workflow.check_role(actor.role, action)


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


def audit(actor: Actor | None, subject: str, what: str, **data) -> None:
    """Record an administration change in the event history (inside the caller's transaction)."""
    history.append_event(
        "administrasi", actor_id=actor.user_id if actor else None, subject=subject,
        data={"aksi": what, **data})
