"""What a GUI test must not leave behind, and how to see it (used by ``conftest.nothing_left_behind``).

Qt objects are deleted on purpose: by their parent, by ``deleteLater``/``WA_DeleteOnClose``, or by
the test's ``qtbot.addWidget``. One that is only reachable through a reference cycle is deleted by
the garbage collector, at a moment and in a thread nobody chose: from a worker thread Qt cannot
unregister the object's timers and the GUI thread later delivers a timer event to freed memory
(the segfault in ``QTimerInfoList::activateTimers`` seen in the suite); on the GUI thread the
collector first empties the wrappers' ``__dict__``, so the C++ side, still alive for a moment,
calls back into Python objects without their attributes ("object has no attribute 'ui'")."""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QThreadPool
from PySide6.QtWidgets import QApplication

SETTLE_ROUNDS = 3


def collect_as_the_application_does() -> None:
    """Garbage is collected in the tests as in the application: by ``gui.startup.collector`` on the GUI
    thread, between events, whenever Python's own thresholds are passed. (Python's automatic
    collection would run in whichever thread allocates, a worker included, and delete there any
    Qt object a reference cycle holds; see the module's text.)"""
    from kppn_desktop.gui.startup import collector

    timer = collector.install(QCoreApplication.instance()).timer
    if not timer.isActive():
        timer.start()


def settle() -> None:
    """Let workers finish and Qt carry out the deletions asked for."""
    QThreadPool.globalInstance().waitForDone(30000)
    for _ in range(SETTLE_ROUNDS):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def top_level_widgets() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets()}


def python_owned_objects() -> set[int]:
    """Live Qt objects without a parent that Python owns: each goes when its last reference
    does, in whichever thread drops it."""
    return {id(o) for o in gc.get_objects() if _python_owned(o)}


def _python_owned(obj) -> bool:
    return (isinstance(obj, QObject) and shiboken6.isValid(obj) and shiboken6.ownedByPython(obj)
            and obj.parent() is None and not isinstance(obj, QCoreApplication)
            and type(obj).__name__ != "QAbstractItemModelTester")   # pytest-qt's, freed by it


def _describe(obj) -> str:
    name = obj.objectName() if shiboken6.isValid(obj) else ""
    return f"{type(obj).__module__}.{type(obj).__qualname__}" + (f" '{name}'" if name else "")


def _garbage_qt_objects() -> list:
    """Live Qt objects that only the garbage collector would delete. The cycles are then freed
    here, on the GUI thread, so one leak does not crash a later test."""
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        found = [o for o in gc.garbage if isinstance(o, QObject) and shiboken6.isValid(o)
                 and (shiboken6.ownedByPython(o) or not type(o).__module__.startswith("PySide6"))]
    finally:
        gc.set_debug(0)
    garbage = list(gc.garbage)
    gc.garbage.clear()
    for obj in found:
        if shiboken6.isValid(obj) and obj.parent() is None:
            obj.deleteLater()
    del garbage
    gc.collect()
    return found


def check(before: set[int], owned_before: set[int] = frozenset()) -> list[str]:
    settle()
    problems = []
    for obj in gc.get_objects():
        if id(obj) not in owned_before and _python_owned(obj):
            # Outlives the test with nobody to delete it on purpose: the last reference may go
            # in a worker thread (a model's running timer then crashed a later test).
            problems.append(f"a Qt object without an owner: {_describe(obj)}")
            obj.deleteLater()
    for widget in QApplication.topLevelWidgets():
        if id(widget) not in before and widget.isVisible():
            problems.append(f"a visible top-level widget: {_describe(widget)}")
    if QThreadPool.globalInstance().activeThreadCount():
        problems.append("a worker still running after 30 s")
    for obj in _garbage_qt_objects():
        problems.append(f"a Qt object left to the garbage collector: {_describe(obj)}")
    for obj in gc.get_objects():
        if isinstance(obj, QThread) and shiboken6.isValid(obj) and obj.isRunning():
            problems.append(f"a running thread: {_describe(obj)}")
    if problems:
        settle()
    return problems
