"""The GUI measurements, each in a fresh interpreter (``python -m benchmarks.gui_child MODE URL``):

- ``bare``: a bare PySide6 main window with a 200-row table, shown and idle;
- ``app``: KPPN Desktop's main window for a logged-in officer, shown, its lists loaded, idle;
- ``memory``: the app with the consultation list open and scrolled; prints its resident size;
- ``stall``: scripted work over the app (lists, search, scrolling to the end, a consultation,
  the yearly report) while a 5 ms heartbeat measures the longest stall of the GUI thread.

Each prints one line ``RESULT <number> [detail]``."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PHASE_LIMIT_S = 120


def _settle(app, until=lambda: True, timeout: float = 120.0) -> None:
    """Run the event loop until ``until()`` holds and nothing is left to do."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if until():
            app.processEvents()
            return
        time.sleep(0.002)
    raise TimeoutError("the window did not become idle")


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    app = QApplication(["bare"])
    window = QMainWindow()
    table = QTableWidget(200, 9)
    for row in range(200):
        for col in range(9):
            table.setItem(row, col, QTableWidgetItem(f"{row}-{col}"))
    window.setCentralWidget(table)
    window.resize(1366, 768)
    window.show()
    _settle(app)
    print("RESULT", time.time(), flush=True)


def _main_window(url: str, username: str):
    from kppn_desktop.gui.shell.main_window import MainWindow
    from kppn_desktop.gui.startup.app import make_application
    from kppn_desktop.gui.startup.session import Session
    from kppn_desktop.services import system
    from kppn_desktop.services.context import Actor
    from kppn_desktop.storage.models import User

    app = make_application(["kppn-desktop"])
    info = system.open_database(url)
    u = User.get(User.username == username)
    session = Session(Actor(u.id, u.username, u.full_name, u.role, u.section_id), info.display)
    window = MainWindow(session)
    window.resize(1366, 768)
    window.show()
    return app, session, window


def _queue_loaded(window):
    model = window.pages["queue"].model
    return lambda: model.loaded and not window.session.runner.busy


def app_start(url: str) -> None:
    app, session, window = _main_window(url, "cso1")
    _settle(app, lambda: not session.runner.busy)
    print("RESULT", time.time(), flush=True)


def memory(url: str) -> None:
    from benchmarks.common import rss_mb

    app, session, window = _main_window(url, "cso1")
    window.show_page("queue")
    queue = window.pages["queue"]
    queue.show_list("all")
    _settle(app, _queue_loaded(window))
    table = queue.ui.table
    for _ in range(20):       # scroll down through a few thousand rows
        table.verticalScrollBar().setValue(table.verticalScrollBar().value() + 40 * 200)
        _settle(app, lambda: not session.runner.busy)
    print("RESULT", rss_mb(), queue.model.total, flush=True)


def stall(url: str) -> None:
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest

    app, session, window = _main_window(url, "kakan")
    clock, worst = QElapsedTimer(), [0, "start"]
    clock.start()
    step = ["membuka jendela"]
    last = [clock.elapsed()]

    def beat():
        now = clock.elapsed()
        if now - last[0] > worst[0]:
            worst[:] = [now - last[0], step[0]]
        last[0] = now
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    heartbeat.start()

    def phase(name, action, until=lambda: not session.runner.busy):
        step[0] = name
        print(f"[{time.monotonic():.1f}] {name}", file=sys.stderr, flush=True)
        action()
        try:
            _settle(app, until, timeout=PHASE_LIMIT_S)
        except TimeoutError:
            print("RESULT", worst[0], worst[1], f"(langkah '{name}' belum selesai setelah "
                  f"{PHASE_LIMIT_S} s)", flush=True)
            os._exit(0)
        # Let a few beats pass so a stall at the end of the step is seen.
        end = time.monotonic() + 0.05
        while time.monotonic() < end:
            app.processEvents()

    _settle(app, lambda: not session.runner.busy)
    queue = window.pages["queue"]
    phase("daftar konsultasi", lambda: window.show_page("queue"))
    for key in ("today", "waiting", "escalated", "overdue", "all"):
        phase(f"daftar '{key}'", lambda key=key: queue.show_list(key))
    phase("mengetik pencarian", lambda: QTest.keyClicks(queue.ui.searchEdit, "rekonsiliasi", delay=30))
    phase("pencarian dijalankan",
          lambda: QTest.keyClick(queue.ui.searchEdit, Qt.Key.Key_Return))
    phase("mengosongkan pencarian", lambda: queue.ui.clearButton.click())
    table = queue.ui.table
    bar = table.verticalScrollBar()
    phase("menggulir ke akhir daftar", lambda: bar.setValue(bar.maximum()))
    phase("menggulir ke tengah", lambda: bar.setValue(bar.maximum() // 2))
    index = queue.model.index(max(table.rowAt(0), 0), 0)
    _settle(app, lambda: queue.model.data(index, Qt.ItemDataRole.UserRole) is not None)
    phase("membuka konsultasi", lambda: queue.open_consultation.emit(
        queue.model.data(index, Qt.ItemDataRole.UserRole)))
    reports = window.pages["reports"]
    phase("halaman laporan", lambda: window.show_page("reports"))
    phase("memilih 'Tahun ini'", lambda: reports.ui.presetCombo.setCurrentText("Tahun ini"))
    phase("laporan setahun", reports.ui.makeButton.click)
    print("RESULT", worst[0], worst[1], flush=True)


if __name__ == "__main__":
    mode = sys.argv[1]
    {"bare": lambda: bare(), "app": lambda: app_start(sys.argv[2]),
     "memory": lambda: memory(sys.argv[2]), "stall": lambda: stall(sys.argv[2])}[mode]()
    sys.stdout.flush()
    os._exit(0)     # skip teardown: the measurement is done
