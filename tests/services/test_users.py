from __future__ import annotations

import datetime as dt

import pytest

from kppn_desktop.domain.errors import AuthenticationError, ValidationError
from kppn_desktop.services import users
from kppn_desktop.storage.models import Event, User

UTC = dt.timezone.utc


def test_passwords_are_stored_as_argon2id_hashes_only(office):
    row = User.get(User.username == "rina")
    assert row.password_hash.startswith("$argon2id$")
    assert "sandi-rina" not in row.password_hash
    assert not any("sandi-rina" in e.data for e in Event.select())


def test_production_hasher_is_memory_hard():
    # conftest swaps in the cheapest profile for speed; the module's own default must not be it.
    from argon2 import PasswordHasher

    default = PasswordHasher()
    assert default.memory_cost >= 19 * 1024 and default.type.name == "ID"


def test_login_and_lockout_after_five_failures(office):
    assert users.login("Rina ", "sandi-rina").username == "rina"
    now = dt.datetime(2026, 3, 17, 1, 0, tzinfo=UTC)
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            users.login("rina", "salah", now=now)
    with pytest.raises(AuthenticationError) as err:
        users.login("rina", "sandi-rina", now=now + dt.timedelta(minutes=1))
    assert "percobaan" in err.value.message
    assert users.login("rina", "sandi-rina", now=now + dt.timedelta(minutes=6)).role == "cso"


def test_unknown_user_and_wrong_password_read_the_same(office):
    with pytest.raises(AuthenticationError) as a:
        users.login("tidakada", "x")
    with pytest.raises(AuthenticationError) as b:
        users.login("rina", "x")
    assert a.value.message == b.value.message


def test_user_form_errors_are_per_field(office):
    with pytest.raises(ValidationError) as err:
        users.add_user(office.admin, "A B", "", "kasi", "pendek")
    assert set(err.value.errors) == {"username", "full_name", "section", "password"}


def test_password_change_needs_the_old_one(office):
    with pytest.raises(ValidationError) as err:
        users.set_password(office.cso, office.cso.user_id, "sandi-baru-123", old_password="salah")
    assert "old_password" in err.value.errors
    users.set_password(office.cso, office.cso.user_id, "sandi-baru-123", old_password="sandi-rina")
    assert users.login("rina", "sandi-baru-123").user_id == office.cso.user_id
