"""Bantuan → Catatan aplikasi shows the log's end (Qt's own warnings included), copies it, and
opens its folder."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kppn_desktop import logs
from kppn_desktop.gui.shell.main_window import MainWindow
from kppn_desktop.gui.startup import qt_log


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "log"))
    level = logging.getLogger("kppn_desktop").level
    logs.setup()
    yield tmp_path / "log"
    logs.shutdown()
    logging.getLogger("kppn_desktop").setLevel(level)
    logging.captureWarnings(False)


def test_help_menu_shows_the_log_with_qt_warnings_newest_last(make_session, qtbot, office,
                                                                log_dir):
    logs.area("services").info("konsultasi disimpan")
    previous = qt_log.install()
    try:
        qWarning("QFont: peringatan dari Qt")
    finally:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(previous)
    logs.area("gui").info("pesan terakhir")

    window = MainWindow(make_session(office.cso))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "leave_confirmed", True))
    actions = [a.text() for a in window.ui.menuHelp.actions()]
    assert actions == ["&Catatan aplikasi", "&Tentang KPPN Desktop"]
    window.actionLog.trigger()
    viewer = window.show_log()       # the same window again, not a second one
    from kppn_desktop.gui.shell.log_viewer import LogViewer

    assert window.findChildren(LogViewer) == [viewer]
    assert viewer.windowTitle() == "Catatan aplikasi" and viewer.text.isReadOnly()
    text = viewer.text.toPlainText()
    assert "WARNING kppn_desktop.qt" in text and "QFont: peringatan dari Qt" in text
    assert text.rstrip().endswith("pesan terakhir")
    assert viewer.text.textCursor().atEnd()
    assert str(log_dir / "kppn-desktop.log") in viewer.where.text()

    viewer.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    opened = []
    viewer.open_url = opened.append
    viewer.folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(log_dir)]
    viewer.close()
    qtbot.waitUntil(lambda: not window.findChildren(LogViewer))
    QApplication.processEvents()
