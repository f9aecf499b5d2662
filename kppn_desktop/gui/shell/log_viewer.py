"""Bantuan → Catatan aplikasi: the end of the application's log, read-only, newest at the end,
to copy into a message to the IT officer or to find in its folder."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kppn_desktop import logs


class LogViewer(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Catatan aplikasi"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFont("DejaVu Sans Mono", 9))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        self.copy_button = QPushButton(self.tr("Salin"), self)
        self.folder_button = QPushButton(self.tr("Buka folder"), self)
        self.reload_button = QPushButton(self.tr("Muat ulang"), self)
        for button in (self.copy_button, self.folder_button, self.reload_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.folder_button.clicked.connect(self.open_folder)
        self.reload_button.clicked.connect(self.reload)
        layout.addWidget(buttons)
        #: Tests replace it to see what would have been opened.
        self.open_url = QDesktopServices.openUrl
        self.reload()

    def reload(self) -> None:
        # A local file of at most a quarter of a megabyte: read here, it takes a millisecond.
        text = logs.read_tail()
        path = logs.log_file()
        self.where.setText(self.tr("Berkas: {path}").format(path=path) if text else
                           self.tr("Belum ada catatan. Berkas catatan akan ditulis di: {path}")
                           .format(path=path))
        self.text.setPlainText(text)
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        self.text.ensureCursorVisible()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())

    def open_folder(self) -> None:
        folder = logs.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self.open_url(QUrl.fromLocalFile(str(folder)))
