"""Window geometry remembered between sessions, without each window repeating the code."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

#: Room for the window frame the window system adds (borders, title bar), before Qt knows it.
FRAME_WIDTH, FRAME_HEIGHT = 16, 40


def _settings() -> QSettings:
    return QSettings("KPPN", "KPPN Desktop")


def fit_to_screen(widget: QWidget) -> None:
    """Size the window to fit the screen's available area (its designed size at most) and centre
    it there, title bar included: an office PC at 1366x768 sees the whole window."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    width = max(min(widget.width(), area.width() - FRAME_WIDTH), widget.minimumWidth())
    height = max(min(widget.height(), area.height() - FRAME_HEIGHT), widget.minimumHeight())
    widget.resize(width, height)
    # move() places the frame, so the title bar starts inside the available area.
    widget.move(area.x() + max((area.width() - width - FRAME_WIDTH) // 2, 0),
                area.y() + max((area.height() - height - FRAME_HEIGHT) // 2, 0))


def restore(widget: QWidget, key: str) -> None:
    """The geometry saved last time (Qt keeps it on a screen that still exists), else the
    designed size fitted to this screen."""
    settings = _settings()
    geometry = settings.value(f"geometry/{key}")
    if not (isinstance(geometry, QByteArray) and widget.restoreGeometry(geometry)):
        fit_to_screen(widget)
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

    def hideEvent(self, event):  # Qt override
        save(self, self.geometry_key or type(self).__name__)
        super().hideEvent(event)
