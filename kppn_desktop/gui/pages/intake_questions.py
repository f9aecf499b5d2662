"""One question of an intake (its category, text, summary and live service clock), and the
arithmetic of that clock. A visit may bring several questions; each becomes its own consultation."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QWidget

from kppn_desktop.domain import deadlines
from kppn_desktop.gui.forms.ui_intake_question import Ui_IntakeQuestion
from kppn_desktop.gui.language import formatting

if TYPE_CHECKING:
    from kppn_desktop.domain.calendar import OfficeCalendar
    from kppn_desktop.services.office import CategoryInfo
    from kppn_desktop.services.records import QuestionInput

#: Under this many minutes left the clock turns amber (as a running service clock does in the lists).
WARN_MINUTES = deadlines.WARN_MINUTES

CLOCK_STYLES = {
    "ok": "color: white; background: #2e7d32; border-radius: 4px; padding: 2px 8px;",
    "warn": "color: black; background: #f0a500; border-radius: 4px; padding: 2px 8px;",
    "late": "color: white; background: #b3261e; border-radius: 4px; padding: 2px 8px;",
    "idle": "color: #333; background: #ddd; border-radius: 4px; padding: 2px 8px;",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("IntakePage", text)


def office_minutes_used(start: dt.datetime, now: dt.datetime,
                        calendar: OfficeCalendar | None) -> tuple[float, bool]:
    """(office minutes from ``start`` to ``now``, whether the office is open at ``now``). Without a
    calendar yet (still loading), wall-clock minutes, counted as open."""
    if calendar is None:
        return max(0.0, (now - start).total_seconds() / 60.0), True
    used = calendar.office_minutes_between(start, now)
    open_now = calendar.next_opening(now) == calendar.local(now)
    return used, open_now


def _mmss(seconds: float) -> str:
    seconds = int(round(abs(seconds)))
    if seconds >= 3600:
        return formatting.format_minutes(seconds / 60.0)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def clock_text(used_minutes: float, target_minutes: int, open_now: bool = True) -> tuple[str, str]:
    """(text, level) for the live clock: level 'ok' (green), 'warn' (amber, under
    ``WARN_MINUTES`` left), 'late' (red, over target) or 'idle' (office closed: not counting)."""
    left = target_minutes * 60 - used_minutes * 60
    if left >= 0:
        text = _tr("Sisa {time} dari {target} menit").format(time=_mmss(left),
                                                              target=target_minutes)
        level = "ok" if left >= WARN_MINUTES * 60 else "warn"
    else:
        text = _tr("Lewat {time} dari {target} menit").format(time=_mmss(left),
                                                               target=target_minutes)
        level = "late"
    if not open_now:
        text += _tr(" — di luar jam layanan, jam berhenti")
        level = "idle" if level != "late" else level
    return text, level


def waiting_clock_text(target_minutes: int) -> tuple[str, str]:
    """The clock before the intake has started: nothing is counted yet."""
    return _tr("{target} menit — mulai dihitung pada isian pertama").format(
        target=target_minutes), "idle"


class QuestionRow(QFrame):
    """A question's widgets. ``remove_requested(row)`` asks the page to drop it;
    ``category_changed()`` lets the page re-aim the clock at the category's target."""

    remove_requested = Signal(object)
    category_changed = Signal()

    def __init__(self, categories: list[CategoryInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_IntakeQuestion()
        self.ui.setupUi(self)
        self.level = ""
        for label in (self.ui.categoryError, self.ui.questionError):
            label.hide()
        # The longest category name must not widen the column (and narrow the stakeholder's).
        self.ui.categoryCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ui.categoryCombo.setMinimumContentsLength(24)
        self.set_categories(categories)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.removeButton.clicked.connect(self._on_removeButton_clicked)
        self.ui.categoryCombo.currentIndexChanged.connect(
            self._on_categoryCombo_currentIndexChanged)

    def _on_removeButton_clicked(self) -> None:
        self.remove_requested.emit(self)

    def _on_categoryCombo_currentIndexChanged(self, _index: int) -> None:
        self.category_changed.emit()

    # --- content ----------------------------------------------------------------------------

    def set_index(self, index: int, removable: bool) -> None:
        self.index = index
        self.ui.titleLabel.setText(self.tr("Pertanyaan {n}").format(n=index + 1))
        self.ui.removeButton.setVisible(removable)
        self.ui.removeButton.setAccessibleName(
            self.tr("Hapus pertanyaan {n}").format(n=index + 1))

    def set_categories(self, categories: list[CategoryInfo]) -> None:
        """Fill the category list, keeping the current choice when it is still offered."""
        combo = self.ui.categoryCombo
        chosen = self.category_id()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— pilih kategori layanan —"), None)
        self._minutes: dict[int, int | None] = {}
        for category in categories:
            label = category.name
            if category.section_name:
                label += f"  ({category.section_name})"
            combo.addItem(label, category.id)
            self._minutes[category.id] = category.service_minutes
        found = combo.findData(chosen) if chosen is not None else -1
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def category_id(self) -> int | None:
        value = self.ui.categoryCombo.currentData()
        return int(value) if value is not None else None

    def select_category(self, category_id: int) -> None:
        self.ui.categoryCombo.setCurrentIndex(self.ui.categoryCombo.findData(category_id))

    def target_minutes(self, standard: int) -> int:
        chosen = self.category_id()
        return (self._minutes.get(chosen) if chosen is not None else None) or standard

    def value(self) -> QuestionInput:
        from kppn_desktop.services.records import QuestionInput  # noqa: PLC0415 - on saving

        return QuestionInput(self.category_id(), self.ui.questionEdit.toPlainText(),
                             self.ui.summaryEdit.text())

    def is_blank(self) -> bool:
        return (self.category_id() is None and not self.ui.questionEdit.toPlainText().strip()
                and not self.ui.summaryEdit.text().strip())

    def error_fields(self, index: int) -> dict[str, tuple[QWidget, QLabel]]:
        """This row's fields under the keys take_consultation uses for question ``index``."""
        return {f"questions.{index}.question": (self.ui.questionEdit, self.ui.questionError),
                f"questions.{index}.category": (self.ui.categoryCombo, self.ui.categoryError)}

    def show_clock(self, text: str, level: str) -> None:
        self.ui.clockLabel.setText(text)
        if level != self.level:
            self.level = level
            self.ui.clockLabel.setStyleSheet(CLOCK_STYLES[level])
