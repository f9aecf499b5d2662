"""Small widgets and helpers shared by the pages and dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QObject,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.domain.standards import DEFAULT_TIMEZONE
from kppn_desktop.gui.language import formatting, i18n

ERROR_STYLE = "color: #b3261e;"
INVALID_STYLE = "border: 1px solid #b3261e;"


class FieldErrors:
    """Shows a ValidationError's messages next to their fields.

    ``FieldErrors({'nip': (self.ui.nipEdit, self.ui.nipError), ...})``: each field name maps to the
    input widget (outlined in red) and the QLabel beside it (the message). Messages for unknown
    fields go to ``fallback``. Nothing the user typed is touched."""

    def __init__(self, fields: dict[str, tuple[QWidget | None, QLabel]],
                 fallback: QLabel | None = None):
        self.fields = fields
        self.fallback = fallback
        for _widget, label in fields.values():
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
        if fallback is not None:
            fallback.setStyleSheet(ERROR_STYLE)
            fallback.setWordWrap(True)
            fallback.hide()

    def clear(self) -> None:
        for widget, label in self.fields.values():
            label.clear()
            label.hide()
            if widget is not None:
                widget.setStyleSheet("")
        if self.fallback is not None:
            self.fallback.clear()
            self.fallback.hide()

    def show(self, error: ValidationError) -> None:
        self.clear()
        leftovers = []
        first = None
        for field, message in error.errors.items():
            message = i18n.message(message)
            target = self.fields.get(field)
            if target is None:
                leftovers.append(message)
                continue
            widget, label = target
            label.setText(message)
            label.show()
            if widget is not None:
                widget.setStyleSheet(INVALID_STYLE)
                _clear_when_edited(widget, label)
                first = first or widget
        if leftovers and self.fallback is not None:
            self.fallback.setText("\n".join(leftovers))
            self.fallback.show()
        if first is not None:
            first.setFocus()

    def message(self, field: str) -> str:
        target = self.fields.get(field)
        return target[1].text() if target else ""


#: The signal that says the user changed each kind of input, by class name.
_EDITED_SIGNALS = (("QLineEdit", "textEdited"), ("QPlainTextEdit", "textChanged"),
                   ("QTextEdit", "textChanged"), ("QComboBox", "currentIndexChanged"),
                   ("QDateTimeEdit", "dateTimeChanged"), ("QAbstractSpinBox", "editingFinished"),
                   ("QAbstractButton", "toggled"))


def _clear_when_edited(widget: QWidget, label: QLabel) -> None:
    """Once the user changes the field, its message and red outline go (the next save checks
    again). Connected once per field."""
    if widget.property("kppnClearsError"):
        return
    for class_name, signal_name in _EDITED_SIGNALS:  # noqa: B007 - the one found is used below
        if widget.inherits(class_name):
            break
    else:
        return
    widget.setProperty("kppnClearsError", True)

    def clear(*_args) -> None:
        if label.isVisible() or label.text():
            label.clear()
            label.hide()
            widget.setStyleSheet("")

    getattr(widget, signal_name).connect(clear)


def digits_only(edit: QLineEdit, label: QLabel, digits: int) -> None:
    """A code or number of ``digits`` digits (spaces allowed between groups, as NIPs are often
    written): a letter typed or pasted is refused at once, and the message beside the field
    says why; the next accepted change clears it."""
    pattern = QRegularExpression(rf"[0-9 ]{{0,{digits + digits // 2}}}")
    edit.setValidator(QRegularExpressionValidator(pattern, edit))

    def refused() -> None:
        label.setStyleSheet(ERROR_STYLE)
        label.setText(QCoreApplication.translate(
            "widgets", "Hanya angka 0–9 ({n} digit).").format(n=digits))
        label.show()
        edit.setStyleSheet(INVALID_STYLE)

    edit.inputRejected.connect(refused)
    _clear_when_edited(edit, label)


class DateTimeField(QLineEdit):
    """A date and time typed as the office writes it, '30/11/2026 21:35', and taken exactly as
    typed: an impossible or unfinished value is invalid (and said so beside the field by its
    page), never quietly turned into another date, as Qt's date-time editor did with a day that
    did not exist in the month it showed. Offers the QDateTimeEdit calls the pages use."""

    FORMAT = "dd/MM/yyyy HH:mm"
    dateTimeChanged = Signal(QDateTime)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setInputMask("99/99/9999 99:99;_")
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/0000 00:00") + 24)
        self.setToolTip(QCoreApplication.translate(
            "widgets", "Tanggal dan jam kantor, mis. 30/11/2026 21:35"))
        self.textEdited.connect(self._on_textEdited)

    def dateTime(self) -> QDateTime:  # as QDateTimeEdit
        """What was typed, or an invalid QDateTime when it is not a whole, real date and time."""
        return QDateTime.fromString(self.text(), self.FORMAT)

    def setDateTime(self, value: QDateTime) -> None:  # as QDateTimeEdit
        self.setText(value.toString(self.FORMAT))
        self.dateTimeChanged.emit(self.dateTime())

    def _on_textEdited(self, _text: str) -> None:
        self.dateTimeChanged.emit(self.dateTime())


class MinuteTimer(QTimer):
    """Fires just after each full minute of the wall clock, so every view that counts minutes
    (the list, the consultation window) changes its figures at the same moment."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.setSingleShot(True)
        # A coarse timer may fire up to 5 % (3 s) early: before the minute has turned.
        self.setTimerType(Qt.TimerType.PreciseTimer)
        self.timeout.connect(self._arm)

    def start(self) -> None:  # QTimer.start without an interval
        self._arm()

    def _arm(self) -> None:
        ms_past = int(dt.datetime.now().timestamp() * 1000) % 60_000
        super().start(60_000 - ms_past + 50)


def utcnow() -> dt.datetime:
    """Now, aware (the views' clocks; tests replace their ``now``)."""
    return dt.datetime.now(dt.timezone.utc)


def local_text(t: dt.datetime | None, tz: str = DEFAULT_TIMEZONE) -> str:
    """'17/03/2026 10:05' in office time, '' for None."""
    return formatting.format_short_datetime(t, tz) if t else ""
