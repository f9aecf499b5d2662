"""The deployment guide's script (deploy/postgres-lan.sh, docs/DEPLOYMENT.md) on loopback: a
server that takes TLS only with its certificate checked, and an application role that may not
change the history."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg
import pytest

from tests.conftest import IN_CI
from tests.storage.test_reconnect import _free_port, _pg_bin

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def server():
    pgbin = _pg_bin()
    if pgbin is None or not shutil.which("openssl"):
        if IN_CI:
            pytest.fail("PostgreSQL server binaries and openssl are needed in CI")
        pytest.skip("no PostgreSQL server binaries or openssl here")
    if os.geteuid() != 0:
        pytest.skip("the script runs the server as the postgres user: root needed")
    base = Path(tempfile.mkdtemp(prefix="kppn-deploy-"))
    base.chmod(0o755)
    data = base / "srv"
    done = subprocess.run(
        ["bash", str(ROOT / "deploy" / "postgres-lan.sh"), "--data", str(data), "--port",
         str(_free_port()), "--listen", "127.0.0.1", "--host-name", "localhost"],
        cwd=ROOT, env={**os.environ, "KPPN_PYTHON": sys.executable}, capture_output=True,
        text=True, timeout=300)
    try:
        assert done.returncode == 0, done.stdout + done.stderr
        urls = dict(line.split("=", 1) for line in (data / "urls.txt").read_text().splitlines()
                    if not line.startswith("#"))
        assert (data / "urls.txt").stat().st_mode & 0o077 == 0
        yield data, urls
    finally:
        subprocess.run(["runuser", "-u", "postgres", "--", f"{pgbin}/pg_ctl", "-D",
                        str(data / "data"), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def _plain(url: str, **settings) -> str:
    """``url`` without its TLS settings, with ``settings`` instead."""
    base = url.split("?", 1)[0]
    return base + ("?" + "&".join(f"{k}={v}" for k, v in settings.items()) if settings else "")


def test_a_connection_without_tls_is_refused(server):
    _data, urls = server
    with pytest.raises(psycopg.OperationalError) as err:
        psycopg.connect(_plain(urls["app"], sslmode="disable"), connect_timeout=5).close()
    assert "no encryption" in str(err.value) or "pg_hba.conf" in str(err.value)


def test_a_server_certificate_from_another_authority_is_refused(server, tmp_path):
    _data, urls = server
    other = tmp_path / "lain.crt"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=bukan kantor", "-keyout", str(tmp_path / "lain.key"),
                    "-out", str(other)], check=True, capture_output=True)
    with pytest.raises(psycopg.OperationalError) as err:
        psycopg.connect(_plain(urls["app"], sslmode="verify-full", sslrootcert=other),
                        connect_timeout=5).close()
    assert "certificate verify failed" in str(err.value)


def test_the_desks_work_over_tls_and_may_not_change_the_history(server):
    from kppn_desktop.services import office as office_service
    from kppn_desktop.storage.database import close_database, db, open_database

    _data, urls = server
    open_database(urls["app"])          # verify-full, against the office's authority
    try:
        ssl = db.execute_sql("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        assert ssl.fetchone()[0] is True
        office_service.setup_office(office_service.OfficeProfile(), admin_username="admin",
                                    admin_full_name="Admin Kantor",
                                    admin_password="rahasia-admin")
        assert db.execute_sql("SELECT COUNT(*) FROM event").fetchone()[0] >= 1
        for statement in ("UPDATE event SET kind = 'x'", "DELETE FROM event",
                          "TRUNCATE event", "DROP TABLE consultation"):
            with pytest.raises(Exception) as err, db.atomic():
                db.execute_sql(statement)
            assert "permission denied" in str(err.value) or "must be owner" in str(err.value)
    finally:
        close_database()


def test_a_backup_is_dumped_over_the_same_checked_tls_connection(server, tmp_path):
    """pg_dump is given the URL's TLS settings: with the office's authority the backup is made
    and checked; with another authority's certificate the dump is refused, as a desk would be
    (before, pg_dump connected with libpq's default ``sslmode=prefer`` and checked nothing)."""
    from kppn_desktop.domain.errors import KppnError
    from kppn_desktop.storage import backup

    if not shutil.which("pg_dump"):
        pytest.skip("pg_dump is not installed here")
    _data, urls = server
    made = backup.backup(urls["owner"], tmp_path / "ok")
    assert made.check.ok and made.path.stat().st_size > 0
    other = tmp_path / "lain.crt"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=bukan kantor", "-keyout", str(tmp_path / "lain.key"),
                    "-out", str(other)], check=True, capture_output=True)
    with pytest.raises(KppnError) as err:
        backup.backup(_plain(urls["owner"], sslmode="verify-full", sslrootcert=other),
                      tmp_path / "bad")
    assert "certificate verify failed" in str(err.value)
    assert not list((tmp_path / "bad").iterdir())
