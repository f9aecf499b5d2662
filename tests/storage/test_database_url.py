import pytest

from kppn_desktop.domain.errors import KppnError
from kppn_desktop.storage.database import DatabaseUrlError, make_database, resolve_url


def test_sqlite_urls_relative_and_absolute(tmp_path):
    _db, info = make_database(f"sqlite:///{tmp_path}/a/b.sqlite3")
    assert info.engine == "sqlite" and info.display == f"SQLite: {tmp_path}/a/b.sqlite3"
    assert (tmp_path / "a").is_dir()


def test_postgresql_url_hides_the_password():
    _db, info = make_database("postgresql://kppn:rahasia@10.0.0.5:5432/kppn")
    assert info.engine == "postgresql"
    assert "rahasia" not in info.display and "10.0.0.5:5432/kppn" in info.display


@pytest.mark.parametrize("url", ["mysql://x/y", "sqlite://", "postgresql://host"])
def test_bad_urls_say_what_to_write(url):
    with pytest.raises(DatabaseUrlError) as err:
        make_database(url)
    assert isinstance(err.value, KppnError)
    assert "sqlite" in err.value.message or "postgresql" in err.value.message


def test_url_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("KPPN_DATABASE_URL", "sqlite:///env.sqlite3")
    assert resolve_url("sqlite:///given.sqlite3") == "sqlite:///given.sqlite3"
    assert resolve_url(None) == "sqlite:///env.sqlite3"
    monkeypatch.delenv("KPPN_DATABASE_URL")
    assert resolve_url(None).startswith("sqlite:///") and resolve_url(None).endswith("kppn.sqlite3")


def test_a_sqlite_file_on_a_network_share_is_flagged():
    """SQLite's locks are not safe on SMB/NFS with several writers: the file system is read from
    the mount table, the warning points to PostgreSQL."""
    from pathlib import Path

    from kppn_desktop.storage.database import NETWORK_WARNING, network_share

    mounts = ("/dev/sda1 / ext4 rw 0 0\n"
              "//srv/kppn /mnt/kppn\\040data cifs rw 0 0\n"
              "srv:/data /srv/nfs nfs4 rw 0 0\n"
              "tmpfs /srv/nfs/tmp tmpfs rw 0 0\n")
    assert network_share(Path("/mnt/kppn data/kppn.sqlite3"), mounts) == "cifs"
    assert network_share(Path("/srv/nfs/kppn.sqlite3"), mounts) == "nfs4"
    assert network_share(Path("/srv/nfs/tmp/kppn.sqlite3"), mounts) is None   # the deepest mount
    assert network_share(Path("/srv/nfsx/kppn.sqlite3"), mounts) is None
    assert network_share(Path("/home/cso/kppn.sqlite3"), mounts) is None
    assert network_share(Path("//server/share/kppn.sqlite3"), mounts) == "UNC"
    assert "PostgreSQL" in NETWORK_WARNING and "db copy" in NETWORK_WARNING


def test_a_postgresql_url_carries_its_tls_settings():
    from kppn_desktop.storage.database import pg_connect_args

    url = ("postgresql://kppn_app:r%40hasia@db.kppn.lan:5432/kppn"
           "?sslmode=verify-full&sslrootcert=/etc/kppn/ca.crt")
    args = pg_connect_args(url)
    assert args == {"dbname": "kppn", "user": "kppn_app", "password": "r@hasia",
                    "host": "db.kppn.lan", "port": 5432, "connect_timeout": 10,
                    "sslmode": "verify-full", "sslrootcert": "/etc/kppn/ca.crt"}
    database, info = make_database(url)
    assert database.connect_params["sslmode"] == "verify-full"
    assert "ca.crt" not in info.display and "r@hasia" not in info.display
    with pytest.raises(DatabaseUrlError) as err:
        make_database("postgresql://u@h/kppn?sslmod=require")
    assert "sslmod" in err.value.message and "sslmode" in err.value.message
