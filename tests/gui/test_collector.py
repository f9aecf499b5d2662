"""The application's garbage collector: automatic collection off, generations collected from a
GUI-thread timer once their counts pass Python's own thresholds."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject


def test_the_collector_replaces_automatic_collection(qapp, monkeypatch):
    from kppn_desktop.gui.startup import collector

    owner = QObject()
    try:
        gc.enable()
        made = collector.GarbageCollector(owner)
        assert not gc.isenabled() and made.timer.isActive() and made.timer.interval() == 500
        assert made.thread() is qapp.thread()
        made.timer.stop()
        collected = []
        monkeypatch.setattr(collector.gc, "collect", lambda generation: collected.append(generation))
        made.threshold = (700, 10, 10)
        for counts, expected in [((10, 0, 0), []), ((701, 0, 0), [0]), ((701, 11, 0), [0, 1]),
                                 ((701, 11, 11), [0, 1, 2]), ((10, 11, 11), [])]:
            collected.clear()
            monkeypatch.setattr(collector.gc, "get_count", lambda counts=counts: counts)
            made.check()
            assert collected == expected, counts
    finally:
        gc.disable()
        owner.deleteLater()
