"""GUI tests drive real widgets offscreen on a real SQLite file (the services' tests cover
PostgreSQL)."""

from __future__ import annotations

import pytest

from tests.conftest import database_url


@pytest.fixture
def db_url(tmp_path):
    return database_url("sqlite", tmp_path)


@pytest.fixture(autouse=True, scope="session")
def _no_garbage_collection_during_gui_tests(qapp):
    """No cyclic garbage collection at all while the GUI tests run: collecting the wrapper of a
    widget that an earlier test left for Qt to delete, at a random moment and in any thread,
    crashed the suite now and then. (The application runs the collector on the GUI thread,
    ``gui.collector``; its timer is stopped here.)"""
    import gc

    from kppn_desktop.gui import collector

    collector.install(qapp).timer.stop()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch):
    """What ``gui.errors.show_exception`` would have shown, instead of modal boxes."""
    from kppn_desktop.gui import errors

    collected: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "shown", collected)
    monkeypatch.setattr(errors, "crash_dir", lambda: __import__("pathlib").Path(
        __import__("tempfile").mkdtemp()) / "crash")
    return collected


def make_session(actor, database):
    from kppn_desktop.gui.session import Session

    return Session(actor, database.display)


@pytest.fixture
def cso_session(office, database, qtbot):
    session = make_session(office.cso, database)
    yield session
    session.stop_polling()
    session.runner.wait()


@pytest.fixture
def kasi_session(office, database, qtbot):
    session = make_session(office.kasi, database)
    yield session
    session.stop_polling()
    session.runner.wait()


@pytest.fixture
def admin_session(office, database, qtbot):
    session = make_session(office.admin, database)
    yield session
    session.stop_polling()
    session.runner.wait()
