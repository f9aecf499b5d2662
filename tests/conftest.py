"""Shared fixtures: a real database (a SQLite file, and the PostgreSQL server that ./dev.sh test
starts on loopback), and an office with one user of each role."""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_URL = os.environ.get("KPPN_TEST_POSTGRES_URL")
IN_CI = os.environ.get("CI", "").lower() == "true"


def _reset_postgres(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")


def database_url(kind: str, tmp_path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path}/kppn.sqlite3"
    if not PG_URL:
        if IN_CI:
            pytest.fail("KPPN_TEST_POSTGRES_URL is not set: in CI every PostgreSQL test must run")
        pytest.skip("no PostgreSQL test server (run the suite with ./dev.sh test)")
    _reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture(autouse=True)
def _no_office_key(tmp_path_factory):
    """No test signs with an office key found on the machine running the suite; the tests of
    the key choose their own (``office_key.use``, ``--key-file``)."""
    from kppn_desktop.storage import office_key

    os.environ[office_key.ENV] = str(tmp_path_factory.getbasetemp() / "no-office-key")
    office_key.use(None)
    yield
    office_key.use_path(None)
    office_key.use(None)


@pytest.fixture(autouse=True, scope="session")
def _log_into_the_suite_s_folder(tmp_path_factory):
    """The application's log file (the commands and the window write one) goes to the suite's
    temporary folder, never the user's; subprocesses inherit the setting."""
    from kppn_desktop import logs

    os.environ[logs.LOG_DIR_ENV] = str(tmp_path_factory.getbasetemp() / "logs")
    yield
    logs.shutdown()


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing():
    """Argon2 with its cheapest parameters: the suite creates many users. Production keeps the
    library's default profile (checked in tests/services/test_users.py)."""
    from argon2 import PasswordHasher, profiles

    from kppn_desktop.services import users

    original = users._hasher
    users._hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)
    yield
    users._hasher = original


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """The URL of an empty database of each kind."""
    return database_url(request.param, tmp_path)


@pytest.fixture
def database(db_url):
    from kppn_desktop.storage.database import close_database, open_database

    info = open_database(db_url)
    yield info
    close_database()


@dataclass
class Office:
    admin: object
    cso: object
    cso2: object
    kasi: object          # Kepala Seksi PDMS
    kasi_bank: object     # Kepala Seksi Bank
    kakan: object
    sections: dict        # code -> id
    categories: list      # CategoryInfo, in order


@pytest.fixture
def office(database):
    """An office set up as on first run (KPPN Majene defaults) with one user of each role."""
    from kppn_desktop.services import office as office_service
    from kppn_desktop.services import users

    admin = office_service.setup_office(office_service.OfficeProfile(), admin_username="admin",
                                        admin_full_name="Admin Kantor",
                                        admin_password="rahasia-admin")
    sections = {s.code: s.id for s in office_service.list_sections()}

    def make(username, name, role, section=None):
        users.add_user(admin, username, name, role, "sandi-" + username,
                       section_id=sections.get(section))
        return users.login(username, "sandi-" + username)

    return Office(
        admin=admin,
        cso=make("rina", "Rina Marlina", "cso"),
        cso2=make("andi", "Andi Pratama", "cso"),
        kasi=make("budi", "Budi Santoso", "kasi", "PDMS"),
        kasi_bank=make("sari", "Sari Dewi", "kasi", "BANK"),
        kakan=make("hasan", "Hasan Basri", "kakan"),
        sections=sections,
        categories=office_service.list_categories(),
    )
