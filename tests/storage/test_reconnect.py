"""A PostgreSQL server stopped and started again while the application holds connections: the
next use reconnects (issue 11, item 11). Runs against a server of its own, started here, because
the shared test server must not be stopped under the other tests."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import threading

import peewee
import pytest

from tests.conftest import IN_CI


def _pg_bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    return found[-1] if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A throwaway PostgreSQL cluster on loopback that the test may stop and start."""

    def __init__(self, pgbin: str):
        self.pgbin, self.port = pgbin, _free_port()
        self.dir = tempfile.mkdtemp(prefix="kppn-pg-restart-")
        self.run_as = []
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
            self.run_as = ["runuser", "-u", "postgres", "--"]
        self._pg("initdb", "-D", f"{self.dir}/data", "-U", "postgres", "-A", "trust", "-E",
                 "UTF8", "--locale=C.UTF-8", "--no-sync")
        self.start()
        subprocess.run([f"{pgbin}/createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U",
                        "postgres", "kppn"], check=True, capture_output=True)
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/kppn"

    def _pg(self, tool, *args):
        subprocess.run([*self.run_as, f"{self.pgbin}/{tool}", *args], check=True,
                       capture_output=True)

    def start(self):
        self._pg("pg_ctl", "-D", f"{self.dir}/data", "-l", f"{self.dir}/log", "-w", "-o",
                 f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off",
                 "start")

    def stop(self):
        self._pg("pg_ctl", "-D", f"{self.dir}/data", "-m", "fast", "-w", "stop")

    def remove(self):
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def server():
    pgbin = _pg_bin()
    if pgbin is None:
        if IN_CI:
            pytest.fail("PostgreSQL binaries missing in CI")
        pytest.skip("PostgreSQL is not installed")
    made = Server(pgbin)
    yield made
    made.remove()


def _on_a_worker(fn):
    """As the GUI's task runner does: a thread of its own, its connection closed at the end."""
    from kppn_desktop.services import system

    box = {}

    def run():
        try:
            box["result"] = fn()
        except Exception as exc:  # noqa: BLE001 - handed back to the test
            box["error"] = exc
        finally:
            system.release_thread_connection()
    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["result"]


def test_a_restarted_server_is_used_again_without_restarting_the_application(server):
    from kppn_desktop.services import office as office_service
    from kppn_desktop.services import system, users
    from kppn_desktop.storage.database import close_database, open_database

    open_database(server.url)
    try:
        admin = office_service.setup_office(office_service.OfficeProfile(),
                                            admin_username="admin", admin_full_name="Admin",
                                            admin_password="rahasia-admin")
        before = system.change_marker()                       # this thread's own connection
        assert _on_a_worker(system.change_marker) == before

        server.stop()
        with pytest.raises((peewee.OperationalError, peewee.InterfaceError)):
            _on_a_worker(system.change_marker)               # down: a clear database error
        server.start()

        # Back: the long-lived connection of this thread and the workers' new ones both work,
        # reads and a write in a transaction alike.
        assert system.change_marker() == before
        assert _on_a_worker(system.change_marker) == before
        _on_a_worker(lambda: users.add_user(admin, "rina", "Rina", "cso", "sandi-rina-1"))
        assert system.change_marker() > before
        assert users.login("rina", "sandi-rina-1").role == "cso"
    finally:
        close_database()
