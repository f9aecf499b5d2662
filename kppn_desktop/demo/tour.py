"""``kppn-desktop tour --out DIR``: the whole lifecycle driven through the real windows on a fresh
sample database, saving a screenshot of each step and the printed papers to DIR.

Runs offscreen on a machine without a display (the README's run command falls back to it), or in a
real window (xcb) where there is one; then the screen itself is captured."""

from __future__ import annotations

import os
from pathlib import Path

SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}


class Tour:
    def __init__(self, out: Path, size: tuple[int, int]):
        from PySide6.QtWidgets import QApplication

        self.out = out
        self.size = size
        self.app = QApplication.instance()
        self.count = 0
        self.saved: list[Path] = []

    def settle(self, ms: int = 150) -> None:
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(ms)
        while not deadline.hasExpired():
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def wait_until(self, predicate, timeout_ms: int = 20000) -> None:
        from PySide6.QtCore import QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while not predicate():
            if deadline.hasExpired():
                raise TimeoutError("tur: menunggu terlalu lama")
            self.settle(50)

    def shot(self, widget, name: str) -> Path:
        """Save what the user sees of ``widget``: the real screen where there is one."""
        self.settle()
        self.count += 1
        path = self.out / f"{self.count:02d}-{name}.png"
        if self.app.platformName() == "xcb":
            screen = widget.screen() or self.app.primaryScreen()
            frame = widget.frameGeometry()
            pixmap = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        else:
            pixmap = widget.grab()
        pixmap.save(str(path))
        self.saved.append(path)
        return path

    def dispose(self, widget) -> None:
        """Delete a window now, on the GUI thread (see ``gui.startup.app.delete_now``)."""
        from kppn_desktop.gui.startup.app import delete_now

        delete_now(widget)
        self.settle(50)

    def show(self, widget, width: int | None = None, height: int | None = None):
        widget.resize(width or self.size[0], height or self.size[1])
        widget.move(0, 0)
        widget.show()
        widget.raise_()
        widget.activateWindow()
        self.settle(250)
        return widget


def run_tour(out: Path, size: str = "1366x768", language: str | None = None) -> int:
    """Drive the application through its lifecycle; returns 0 when every step went through."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    db_path = out / "tur.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)

    from PySide6.QtCore import qInstallMessageHandler

    from kppn_desktop.gui.startup.app import make_application

    def quiet(mode, context, message):
        # The offscreen platform says so for every window it cannot raise or resize: noise here.
        if "This plugin does not support" not in message:
            print(message)

    qInstallMessageHandler(quiet)
    make_application(language=language)
    from kppn_desktop.demo import steps  # after the application: the steps build widgets
    from kppn_desktop.services import system

    tour = Tour(out, SIZES[size])
    info = system.open_database(f"sqlite:///{db_path}")
    try:
        steps.run_all(tour, info)
    finally:
        system.close_database()
    print(f"Tur selesai: {len(tour.saved)} berkas di {out}")
    for path in tour.saved:
        print(f"  {path.name}")
    return 0
