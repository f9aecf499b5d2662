"""Window geometry remembered between sessions, without each window repeating the code."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QWidget


def _settings() -> QSettings:
    return QSettings("KPPN", "KPPN Desktop")


def restore(widget: QWidget, key: str) -> None:
    settings = _settings()
    geometry = settings.value(f"geometry/{key}")
    if isinstance(geometry, QByteArray):
        widget.restoreGeometry(geometry)
    if isinstance(widget, QMainWindow):
        state = settings.value(f"state/{key}")
        if isinstance(state, QByteArray):
            widget.restoreState(state)


def save(widget: QWidget, key: str) -> None:
    settings = _settings()
    settings.setValue(f"geometry/{key}", widget.saveGeometry())
    if isinstance(widget, QMainWindow):
        settings.setValue(f"state/{key}", widget.saveState())


class PreserveGeometry:
    """Mix into a QWidget subclass and set ``geometry_key``; call ``restore_geometry()`` at the end
    of ``__init__``. The geometry is saved when the widget is hidden or closed."""

    geometry_key = ""

    def restore_geometry(self) -> None:
        restore(self, self.geometry_key or type(self).__name__)

    def hideEvent(self, event):  # noqa: N802 - Qt override
        save(self, self.geometry_key or type(self).__name__)
        super().hideEvent(event)
