"""Standar layanan: the service standard's figures and the desk settings. Every figure is a setting
declared once in services/settings.py; this maps each to its widget and saves the ones changed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.gui.forms.ui_admin_standard import Ui_StandardTab
from kppn_desktop.gui.pages.admin_common import LatestLoader, attempt, show_message
from kppn_desktop.gui.widgets.common import FieldErrors
from kppn_desktop.services import settings

MIB = 1024 * 1024


@dataclass(frozen=True)
class _Field:
    key: settings.Key
    widget: str                      # object name in admin_standard.ui
    error: str                       # its error label
    shown: Callable[[Any], Any] = lambda v: v      # stored value -> widget value
    stored: Callable[[Any], Any] = lambda v: v     # widget value -> stored value


FIELDS = (
    _Field(settings.SERVICE_MINUTES, "serviceMinutesSpin", "service_minutesError"),
    _Field(settings.SOLUTION_WORKING_DAYS, "solutionDaysSpin", "solution_working_daysError"),
    _Field(settings.PROGRESS_EVERY_WORKING_DAYS, "progressDaysSpin",
           "progress_every_working_daysError"),
    _Field(settings.STANDARD_REFERENCE, "referenceEdit", "referenceError"),
    _Field(settings.ATTACHMENT_MAX_BYTES, "attachmentSpin", "attachment_max_mbError",
           shown=lambda b: max(1, round(int(b) / MIB)), stored=lambda mb: int(mb) * MIB),
    _Field(settings.IDLE_LOCK_MINUTES, "idleSpin", "idle_lock_minutesError"),
    _Field(settings.RETENTION_YEARS, "retentionSpin", "retention_yearsError"),
    _Field(settings.AUTO_PRINT_SLIP, "autoPrintCheck", "auto_print_slipError"),
)
KEYS = [f.key for f in FIELDS]


def load_values(office_id: int) -> dict[str, Any]:
    """The stored values (worker thread)."""
    return settings.get_many(KEYS, office_id)


def _read(widget) -> Any:
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    return widget.text().strip()


def _write(widget, value) -> None:
    widget.blockSignals(True)
    if isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    else:
        widget.setText(str(value))
    widget.blockSignals(False)


class StandardTab(QWidget):
    """Loads the values into the widgets (unless the administrator is editing them) and saves the
    changed ones, each through ``settings.change`` (audited)."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = ui = Ui_StandardTab()
        ui.setupUi(self)
        self.values: dict[str, Any] = {}
        self.dirty = False
        self.errors = FieldErrors({f.key.name: (getattr(ui, f.widget), getattr(ui, f.error))
                                   for f in FIELDS})
        office_id = session.actor.office_id
        self.loader = LatestLoader(session.runner, lambda: load_values(office_id),
                                   self.show_values, self)
        self._connect_signals()

    def refresh(self) -> None:
        self.loader.start()

    def _connect_signals(self) -> None:
        for field in FIELDS:
            widget = getattr(self.ui, field.widget)
            if isinstance(widget, QSpinBox):
                widget.valueChanged.connect(self._on_field_edited)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self._on_field_edited)
            elif isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._on_field_edited)
        self.ui.saveStandardButton.clicked.connect(self.save)

    def _on_field_edited(self, *_args) -> None:
        self.dirty = True
        show_message(self.ui.standardSavedLabel, "")

    def show_values(self, values: dict[str, Any]) -> None:
        self.values = values
        if self.dirty:
            return
        for field in FIELDS:
            _write(getattr(self.ui, field.widget), field.shown(values[field.key.name]))

    def changes(self) -> dict[settings.Key, Any]:
        out = {}
        for field in FIELDS:
            value = field.stored(_read(getattr(self.ui, field.widget)))
            if value != self.values.get(field.key.name, field.key.default):
                out[field.key] = value
        return out

    def _store(self, changes: dict[settings.Key, Any]) -> None:
        problems: dict[str, str] = {}
        for key, value in changes.items():
            try:
                key.check(value)
            except ValidationError as exc:
                problems.update(exc.errors)
        if problems:
            raise ValidationError(problems)
        for key, value in changes.items():
            settings.change(self.session.actor, key, value)

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.dirty = False
            show_message(self.ui.standardSavedLabel, self.tr("Tidak ada perubahan."))
            return
        def stored(_result) -> None:
            self.values.update({key.name: value for key, value in changes.items()})
            self.dirty = False
            show_message(self.ui.standardSavedLabel, self.tr("Tersimpan."))
            self.session.changed()

        attempt(self, self.errors, lambda: self._store(changes), stored)
