"""Python's cyclic garbage collector, run on the GUI thread between events.

Left to itself, the collector runs in whichever thread happens to allocate: a worker thread of
``TaskRunner``, or the middle of Qt's own event handling. Collecting the wrapper of a Qt object
there can delete the object under Qt's feet and crash the process (seen in the GUI tests). So the
automatic collector is switched off and this timer runs the same generations, with the same
thresholds, on the GUI thread (the pattern of calibre and qutebrowser)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GarbageCollector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, youngest first."""
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)


def install(app) -> GarbageCollector:
    """Once per application; returns the collector (kept on ``app``)."""
    collector = getattr(app, "_kppn_collector", None)
    if collector is None:
        collector = app._kppn_collector = GarbageCollector(app)
    return collector
