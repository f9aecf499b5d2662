"""Bringing an older database up to this version at start-up: the migrations and the recount run
on a worker thread while a window says what is being done. At a million consultations a
migration takes minutes; before, the application showed nothing at all meanwhile and looked hung.

The window cannot be closed while a step runs (each migration is its own transaction: stopping
the computer midway loses nothing, the next start resumes at the next step), and it tells so."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from kppn_desktop.gui.language import formatting
from kppn_desktop.gui.startup.tasks import TaskRunner
from kppn_desktop.services import system


class _Steps(QObject):
    """Carries the worker's progress to the GUI thread (a queued signal)."""

    step = Signal(str, int, int)


class UpgradeDialog(QDialog):
    """'Memperbarui basis data': which step of how many, and the time it has taken so far."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Memperbarui basis data"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setModal(True)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "Basis data ini dibuat oleh versi KPPN Desktop yang lebih lama dan sedang diperbarui. "
            "Pada basis data besar ini dapat memakan beberapa menit. Jangan matikan komputer; "
            "bila terhenti, pembaruan dilanjutkan saat aplikasi dibuka kembali."))
        self.intro.setWordWrap(True)
        self.stepLabel = QLabel(self.tr("Menyiapkan…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)                 # a step's own length is not known
        self.elapsedLabel = QLabel()
        for widget in (self.intro, self.stepLabel, self.bar, self.elapsedLabel):
            layout.addWidget(widget)
        self.started = time.monotonic()
        self.running = True
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self._on_clock_timeout)
        self.clock.start()
        self._on_clock_timeout()

    def show_step(self, step: str, done: int, total: int) -> None:
        if step == "recount":
            text = self.tr("Menghitung ulang data turunan (jam layanan, jumlah laporan, "
                           "pencarian)…")
        else:
            text = self.tr("Perubahan skema {name} ({n} dari {total})…").format(
                name=step, n=done + 1, total=total - 1)
        self.stepLabel.setText(text)

    def _on_clock_timeout(self) -> None:
        minutes = (time.monotonic() - self.started) / 60
        self.elapsedLabel.setText(self.tr("Berjalan {time}").format(
            time=formatting.format_minutes(minutes) if minutes >= 1
            else self.tr("kurang dari 1 menit")))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.stepLabel.setText(self.tr("Pembaruan sedang berjalan; tunggu sampai selesai."))
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:       # Escape: the same as closing
        if not self.running:
            super().reject()


def upgrade_with_window(parent: QWidget | None = None) -> Exception | None:
    """Upgrade the open database if it needs it, showing :class:`UpgradeDialog` meanwhile.
    Returns the error that stopped it (to be shown), or None."""
    if not system.needs_upgrade():
        return None
    dialog = UpgradeDialog(parent)
    steps = _Steps(dialog)
    steps.step.connect(dialog.show_step)
    runner = TaskRunner(dialog)
    loop = QEventLoop()
    outcome: list[Exception | None] = []

    def finished(error: Exception | None) -> None:
        outcome.append(error)
        dialog.running = False
        loop.quit()

    emit = steps.step.emit        # a bound signal: the worker captures no widget
    runner.run(lambda: system.upgrade_database(lambda step, done, total: emit(step, done, total)),
               lambda _names: finished(None), finished, owner=dialog)
    dialog.show()
    loop.exec()
    dialog.clock.stop()
    dialog.close()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return outcome[0] if outcome else None
