"""GUI tests drive real widgets offscreen on a real SQLite file (the services' tests cover
PostgreSQL)."""

from __future__ import annotations

import pytest
import shiboken6

from tests.conftest import database_url


@pytest.fixture
def db_url(tmp_path):
    return database_url("sqlite", tmp_path)


@pytest.fixture(autouse=True)
def nothing_left_behind(qapp):
    """Every GUI test collects garbage as the application does, and fails when it leaves behind
    what made the suite crash now and then: a visible top-level widget, a worker still running,
    a Qt object without an owner, or one that only the garbage collector would delete
    (``tests/gui/leaks.py`` explains why each of them crashes)."""
    from tests.gui import leaks

    leaks.collect_as_the_application_does()
    before = leaks.top_level_widgets()
    owned = leaks.python_owned_objects()
    yield
    problems = leaks.check(before, owned)
    if problems:
        pytest.fail("Left behind by this test:\n  " + "\n  ".join(problems), pytrace=False)


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch, tmp_path):
    """What ``gui.startup.errors.show_exception`` would have shown, instead of modal boxes."""
    from kppn_desktop.gui.startup import errors

    collected: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "shown", collected)
    monkeypatch.setattr(errors, "crash_dir", lambda: tmp_path / "crash")
    return collected


def finish_work(qtbot) -> None:
    """Wait until the workers are idle and their results have reached the GUI thread (a save
    runs on a worker, then its callback runs here)."""
    from PySide6.QtCore import QThreadPool

    for _ in range(3):
        qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0,
                        timeout=10000)
        qtbot.wait(5)


@pytest.fixture
def xvfb():
    """``xvfb("1366x768")``: the display name of a real X server (Xvfb) of that size, stopped at
    the end of the test."""
    import os
    import shutil
    import subprocess
    import time
    from pathlib import Path

    started = []

    def start(size: str) -> str:
        binary = shutil.which("Xvfb")
        if binary is None:
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail("Xvfb is not installed (CI must run the real-window tests)")
            pytest.skip("Xvfb is not installed")
        # Xvfb picks a free display itself and writes its number to the pipe (-displayfd), so
        # two test runs on one machine never race for the same display.
        read_end, write_end = os.pipe()
        started.append(subprocess.Popen(
            [binary, "-displayfd", str(write_end), "-screen", "0", f"{size}x24", "-nolisten",
             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(write_end,)))
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not start"
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 20
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert socket.exists(), "Xvfb did not start"
        return f":{number}"

    yield start
    for proc in started:
        proc.terminate()
        proc.wait(10)


@pytest.fixture
def make_session(database, qtbot):
    """``make_session(actor)``: a session for the test; each is closed (and deleted) at the end."""
    from kppn_desktop.gui.startup.session import Session

    made = []

    def make(actor):
        session = Session(actor, database.display)
        made.append(session)
        return session

    yield make
    for session in made:
        if shiboken6.isValid(session):
            session.close()


@pytest.fixture
def cso_session(office, make_session):
    return make_session(office.cso)


@pytest.fixture
def kasi_session(office, make_session):
    return make_session(office.kasi)


@pytest.fixture
def admin_session(office, make_session):
    return make_session(office.admin)
