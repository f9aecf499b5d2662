"""Users, roles and logging in. Passwords are hashed with Argon2id; never stored or logged in clear."""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from kppn_desktop.domain import validation, workflow
from kppn_desktop.domain.errors import (
    AuthenticationError,
    ConflictError,
    NotFound,
    ValidationError,
)
from kppn_desktop.services.context import Actor, audit, check_current, require, transaction
from kppn_desktop.storage.models import Office, Section, User, utcnow
from kppn_desktop.storage.office_rules import office_of

_hasher = PasswordHasher()

MIN_PASSWORD_LENGTH = 8
#: Wrong passwords in a row that cost nothing; each one after doubles the wait (up to a minute).
FREE_FAILURES = 3
MAX_THROTTLE = dt.timedelta(minutes=1)
LOGIN_FAILED = ("Nama pengguna atau kata sandi salah, atau akun tidak aktif. Hubungi "
                "administrator bila Anda yakin isiannya benar.")
_DUMMY_HASH: str | None = None
#: Waits out the throttle (tests replace it to see the wait without taking it).
_sleep = time.sleep
_USERNAME = re.compile(r"^[a-z0-9._-]{3,60}$")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    nip: str
    role: str
    role_label: str
    section_id: int | None
    active: bool
    version: int
    office_id: int | None = None


def _info(u: User) -> UserInfo:
    return UserInfo(u.id, u.username, u.full_name, u.nip, u.role,
                    workflow.ROLE_LABELS[workflow.Role(u.role)], u.section_id, u.active, u.version,
                    u.office_id)


def _actor(u: User) -> Actor:
    return Actor(u.id, u.username, u.full_name, u.role, u.section_id, u.office_id)


def _check_password(password: str, field: str = "password") -> None:
    if "\x00" in password or any(ch in password for ch in "\r\n"):
        raise ValidationError({field: "Kata sandi tidak boleh berisi karakter kontrol."})
    if len(password.strip()) < MIN_PASSWORD_LENGTH:
        raise ValidationError({field: f"Kata sandi minimal {MIN_PASSWORD_LENGTH} karakter, "
                                      "tidak termasuk spasi di awal dan akhir."})


def _validated(username: str, full_name: str, role: str, password: str | None, nip: str,
               section_id: int | None, office_id: int) -> dict:
    errors: dict[str, str] = {}
    username = username.strip().lower() if isinstance(username, str) else ""
    if not _USERNAME.match(username):
        errors["username"] = ("Nama pengguna 3–60 karakter: huruf kecil, angka, titik, "
                              "garis bawah atau tanda hubung.")
    full_name = validation.clean_text_into(errors, full_name, "full_name", "Nama lengkap",
                                           limit=150, required=True)
    if role not in set(workflow.Role):
        errors["role"] = "Peran tidak dikenal."
    else:
        kind = Office.select(Office.kind).where(Office.id == office_id).scalar()
        if kind is not None and workflow.Role(role) not in workflow.OFFICE_ROLES[
                workflow.OfficeKind(kind)]:
            errors["role"] = ("Peran ini tidak ada di Kanwil." if kind == workflow.OfficeKind.KANWIL
                              else "Peran Kanwil hanya untuk pengguna Kanwil.")
    if role == workflow.Role.KASI and section_id is None:
        errors["section"] = "Kepala Seksi harus memiliki seksi."
    if section_id is not None and (validation.record_id(section_id) is None or Section.get_or_none(
            Section.id == section_id, Section.office == office_id) is None):
        errors["section"] = "Seksi tidak ditemukan."
    if nip.strip():
        try:
            nip = validation.nip_or_ni_pppk(nip, "nip")[0]
        except ValidationError as exc:
            errors.update(exc.errors)
    if password is not None:
        try:
            _check_password(password)
        except ValidationError as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    return dict(username=username, full_name=full_name.strip(), role=role, nip=nip.strip(),
                section=section_id)


def create_user_unchecked(username: str, full_name: str, role: str, password: str, *,
                          nip: str = "", section_id: int | None = None,
                          office_id: int | None = None) -> Actor:
    """Create a user of office ``office_id`` (None: the default office) without asking who may
    (first-run setup and the command line on the office PC). Runs inside the caller's
    transaction when there is one."""
    office_id = office_of(office_id)
    if office_id is None:       # before the first-run setup, which fills in its profile
        from kppn_desktop.services.office.setup import placeholder_office  # noqa: PLC0415

        office_id = placeholder_office().id
    return _actor(_create(None, username, full_name, role, password, nip, section_id, office_id))


def _create(actor: Actor | None, username: str, full_name: str, role: str, password: str,
            nip: str, section_id: int | None, office_id: int) -> User:
    """Validate, store and audit a new user of office ``office_id``; ``actor`` None: the user
    records its own creation."""
    values = _validated(username, full_name, role, password, nip, section_id, office_id)
    with transaction():
        if User.get_or_none(User.username == values["username"]):
            raise ValidationError({"username": "Nama pengguna sudah dipakai."})
        user = User.create(**values, office=office_id, password_hash=_hasher.hash(password))
        audit(actor or _actor(user), f"user:{user.id}", "buat pengguna", username=user.username,
              peran=role)
        return user


def add_user(actor: Actor, username: str, full_name: str, role: str, password: str, *,
             nip: str = "", section_id: int | None = None) -> UserInfo:
    office_id = require(actor, workflow.Action.MANAGE_USERS)
    return _info(_create(actor, username, full_name, role, password, nip, section_id, office_id))


def update_user(actor: Actor, user_id: int, *, full_name: str, role: str, nip: str = "",
                section_id: int | None = None, active: bool = True,
                expected_version: int) -> UserInfo:
    office_id = require(actor, workflow.Action.MANAGE_USERS)
    with transaction():
        user = User.get_or_none(User.id == user_id, User.office == office_id)
        if user is None:
            raise NotFound("Pengguna tidak ditemukan.")
        values = _validated(user.username, full_name, role, None, nip, section_id, office_id)
        values.pop("username")
        if user.id == actor.user_id and (not active or role != workflow.Role.ADMIN):
            raise ValidationError({"role": "Anda tidak dapat menonaktifkan atau menurunkan peran "
                                           "akun Anda sendiri."})
        if not (User.update(**values, active=active, version=User.version + 1)
                .where(User.id == user_id, User.version == expected_version).execute()):
            raise ConflictError("Data pengguna telah diubah di workstation lain. Muat ulang.")
        audit(actor, f"user:{user_id}", "ubah pengguna", peran=role, aktif=active)
        return _info(User.get_by_id(user_id))


def set_password(actor: Actor, user_id: int, new_password: str, *,
                 old_password: str | None = None) -> None:
    """Users change their own password (giving the old one); administrators reset anyone's."""
    office_id = (require(actor, workflow.Action.MANAGE_USERS) if actor.user_id != user_id
                 else check_current(actor))
    _check_password(new_password, "new_password")
    with transaction():
        user = User.get_or_none(User.id == user_id, User.office == office_id)
        if user is None:
            raise NotFound("Pengguna tidak ditemukan.")
        if actor.user_id == user_id:
            try:
                _hasher.verify(user.password_hash, old_password or "")
            except (VerificationError, InvalidHashError):
                raise ValidationError({"old_password": "Kata sandi lama salah."}) from None
        User.update(password_hash=_hasher.hash(new_password), failed_logins=0, locked_until=None,
                    version=User.version + 1).where(User.id == user_id).execute()
        audit(actor, f"user:{user_id}", "ganti kata sandi")


def list_users(actor: Actor) -> list[UserInfo]:
    office_id = require(actor, workflow.Action.VIEW)
    return [_info(u) for u in User.select().where(User.office == office_id)
            .order_by(User.full_name)]


def any_users() -> bool:
    """Whether the database has any user (an empty one is being set up)."""
    return User.select().exists()


def throttle(failures: int) -> dt.timedelta:
    """How long a login to an account waits after ``failures`` wrong passwords in a row: nothing
    for the first few typing slips, then a delay that doubles up to a minute. A stranger can slow
    an account down this way but never lock its owner out."""
    if failures < FREE_FAILURES:
        return dt.timedelta()
    return min(dt.timedelta(seconds=2 ** min(failures - FREE_FAILURES, 16)), MAX_THROTTLE)


def _dummy_hash() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = _hasher.hash("kppn-desktop-bukan-kata-sandi")
    return _DUMMY_HASH


def login(username: str, password: str, *, now: dt.datetime | None = None) -> Actor:
    """The actor for these credentials, or :class:`AuthenticationError` with one message whatever
    failed (unknown user, wrong password, deactivated account) after the same work, so neither
    the answer nor its time tells which. After a few wrong passwords the account's next check
    waits (:func:`throttle`), outside any transaction."""
    now = now or utcnow()
    typed = username.strip().lower()
    user = User.get_or_none(User.username == typed)
    if user is not None and user.locked_until is not None and user.locked_until > now:
        _sleep(min((user.locked_until - now).total_seconds(), MAX_THROTTLE.total_seconds()))
    usable = bool(password.strip()) and "\x00" not in password
    try:
        _hasher.verify(user.password_hash if user is not None else _dummy_hash(), password)
        matched = usable
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        matched = False
    if user is None:
        raise AuthenticationError(LOGIN_FAILED)
    with transaction():
        if not matched:
            # Recorded (committed) before the error is raised, so the count survives.
            failed = user.failed_logins + 1
            User.update(failed_logins=failed, locked_until=now + throttle(failed)).where(
                User.id == user.id).execute()
            audit(None, f"user:{user.id}", "login gagal")
        elif user.active:
            updates = {"failed_logins": 0, "locked_until": None}
            if _hasher.check_needs_rehash(user.password_hash):
                updates["password_hash"] = _hasher.hash(password)
            User.update(**updates).where(User.id == user.id).execute()
    # Raised here, not kept in a local: an exception held by its own frame is a reference cycle
    # that keeps the caller's frames (and their widgets) for the garbage collector.
    if not (matched and user.active):
        raise AuthenticationError(LOGIN_FAILED)
    return _actor(user)


def actor_for(user_id: int) -> Actor:
    """The actor of a user, read fresh (e.g. after the screen was unlocked)."""
    user = User.get_or_none(User.id == user_id)
    if user is None or not user.active:
        raise AuthenticationError("Akun tidak ditemukan atau dinonaktifkan.")
    return _actor(user)
