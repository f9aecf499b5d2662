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


def test_wrong_passwords_slow_the_account_down_but_never_lock_its_owner_out(office, monkeypatch):
    waited: list[float] = []
    monkeypatch.setattr(users, "_sleep", waited.append)
    assert users.login("Rina ", "sandi-rina").username == "rina"
    now = dt.datetime(2026, 3, 17, 1, 0, tzinfo=UTC)
    for _ in range(8):
        with pytest.raises(AuthenticationError):
            users.login("rina", "salah", now=now)
    # Three slips are free; then each try waits twice as long as the one before.
    assert waited == [1.0, 2.0, 4.0, 8.0, 16.0]
    # The owner gets in at once after the wait has passed, and right away in any case (after
    # waiting it out): a stranger's tries never lock the account.
    waited.clear()
    assert users.login("rina", "sandi-rina", now=now + dt.timedelta(seconds=5)).role == "cso"
    assert waited == [27.0]
    assert users.login("rina", "sandi-rina", now=now + dt.timedelta(seconds=6)).role == "cso"
    assert waited == [27.0]                      # the count went back to zero
    assert [users.throttle(n).total_seconds() for n in (0, 2, 3, 9, 10**6)] == [0, 0, 1, 60, 60]


def test_every_login_failure_reads_the_same(office):
    """Unknown user, wrong password, deactivated account (with its right password), a password
    of spaces: one answer, after the same hashing work."""
    rina = {u.id: u for u in users.list_users(office.admin)}[office.cso.user_id]
    users.update_user(office.admin, rina.id, full_name=rina.full_name, role="cso", active=False,
                      expected_version=rina.version)
    messages = set()
    for username, password in (("tidakada", "x"), ("andi", "salah"), ("rina", "sandi-rina"),
                               ("andi", "        "), ("andi", "sandi-andi\x00")):
        with pytest.raises(AuthenticationError) as err:
            users.login(username, password)
        messages.add(err.value.message)
    assert len(messages) == 1 and "dinonaktifkan" not in messages.pop()


def test_passwords_of_spaces_or_with_control_characters_are_refused(office):
    for bad in (" " * 12, "   abc    ", "sandi-baru\x00123", "sandi\nbaru-123"):
        with pytest.raises(ValidationError) as err:
            users.add_user(office.admin, "baru", "Pengguna Baru", "cso", bad)
        assert "password" in err.value.errors


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
