"""Qt's own messages (warnings about widgets, fonts, platform plugins) go to the application's log
(``kppn_desktop.qt``) instead of vanishing on a console nobody reads."""

from __future__ import annotations

import logging

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from kppn_desktop import logs

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
#: The offscreen platform says this for every window it cannot raise or resize: noise.
IGNORED = ("This plugin does not support",)


def handle(mode, context, message: str) -> None:
    if any(text in message for text in IGNORED):
        return
    where = ""
    if context is not None and getattr(context, "category", None) not in (None, "default"):
        where = f"[{context.category}] "
    logs.area("qt").log(_LEVELS.get(mode, logging.WARNING), "%s%s", where, message)


def install():
    """Route Qt's messages to the log from now on; returns the handler it replaced."""
    return qInstallMessageHandler(handle)
