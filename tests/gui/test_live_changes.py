"""Two desks on one database: a consultation taken in another process shows on this desk within a
second, told by the change watcher (PostgreSQL LISTEN/NOTIFY, SQLite's data_version), not by the
five-second poll, which is stopped here."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """Both engines here (the GUI tests' own fixture is SQLite only)."""
    from tests.conftest import database_url

    return database_url(request.param, tmp_path)

#: The other desk: its own process, its own connection, the real services.
OTHER_DESK = r"""
import sys, time
from types import SimpleNamespace
from kppn_desktop.storage.database import open_database
from kppn_desktop.services import office, users
from tests.services.helpers import take
open_database(sys.argv[1])
desk = SimpleNamespace(cso=users.login("andi", "sandi-andi"), categories=office.list_categories())
result = take(desk, None)
print(result.consultations[0].id, time.time(), flush=True)
"""


def _other_desk_takes_a_consultation(url: str) -> tuple[int, float]:
    done = subprocess.run([sys.executable, "-c", OTHER_DESK, url], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    cid, committed = done.stdout.split()
    return int(cid), float(committed)


def test_a_change_on_another_desk_shows_here_within_a_second(database, office, make_session,
                                                             qtbot):
    session = make_session(office.cso)
    session._poller.setInterval(3_600_000)      # only the watcher can tell this desk
    session.start_polling()
    session.check_now()
    qtbot.waitUntil(lambda: session._marker is not None, timeout=10000)
    qtbot.wait(300)                             # the watcher has read its first data version

    seen = []
    session.consultations_changed.connect(lambda ids: seen.append((ids, time.time())))
    cid, committed = _other_desk_takes_a_consultation(database.url)
    qtbot.waitUntil(lambda: any(ids and cid in ids for ids, _ in seen), timeout=5000)
    arrived = next(at for ids, at in seen if ids and cid in ids)
    latency = arrived - committed
    print(f"{database.engine}: shown {latency * 1000:.0f} ms after the other desk's commit")
    assert latency < 1.0

    session.stop_polling()
    assert session._watch_thread is None


@pytest.mark.postgres
def test_a_rolled_back_change_tells_nobody(tmp_path):
    """The notification is part of the transaction: a rollback sends none."""
    from kppn_desktop.storage import history, watch
    from kppn_desktop.storage.database import close_database, db, open_database
    from tests.conftest import database_url

    info = open_database(database_url("postgresql", tmp_path))
    watcher = watch.watcher_for(info.url, info.engine)
    try:
        assert watcher.wait(0.3) is False          # connects and listens
        with pytest.raises(ZeroDivisionError), db.atomic():
            history.append_event("administrasi", subject="uji", data={"aksi": "batal"})
            raise ZeroDivisionError
        assert watcher.wait(0.5) is False
        with db.atomic():
            history.append_event("administrasi", subject="uji", data={"aksi": "jadi"})
        assert watcher.wait(2.0) is True
    finally:
        watcher.close()
        watcher.release()
        close_database()
