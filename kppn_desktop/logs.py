"""The application's log: one rotating file in the user's log folder, per-area loggers.

Every module logs through ``logging.getLogger(__name__)``, so each area has its own logger under
``kppn_desktop``: ``kppn_desktop.storage``, ``.services``, ``.documents``, ``.domain``, ``.gui``,
``.cli``, and ``kppn_desktop.qt`` for Qt's own messages (``gui/startup/qt_log.py`` routes them here).
``KPPN_LOG`` sets levels: ``DEBUG`` for all, or ``storage=DEBUG,gui=WARNING``.

The file: ``~/.local/state/KPPN Desktop/log/kppn-desktop.log`` on Linux,
``%LOCALAPPDATA%\\KPPN Desktop\\Logs\\kppn-desktop.log`` on Windows (platformdirs), or
``$KPPN_LOG_DIR``; 1 MB, five older files kept. The "Catatan aplikasi" window (Bantuan menu)
shows its end. No Qt here.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from platformdirs import user_log_dir

APP_DIR = "KPPN Desktop"
LOG_DIR_ENV = "KPPN_LOG_DIR"
LEVELS_ENV = "KPPN_LOG"
FILE_NAME = "kppn-desktop.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
AREAS = ("domain", "storage", "documents", "services", "gui", "cli", "qt")
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

_handler: logging.Handler | None = None


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    return Path(override) if override else Path(user_log_dir(APP_DIR, appauthor=False))


def log_file() -> Path:
    return log_dir() / FILE_NAME


def area(name: str) -> logging.Logger:
    """The logger of one area (``"storage"``, ``"qt"``…)."""
    if name not in AREAS:
        raise ValueError(f"unknown log area {name!r}")
    return logging.getLogger(f"kppn_desktop.{name}")


def parse_levels(text: str) -> dict[str, int]:
    """``"DEBUG"`` or ``"storage=DEBUG,gui=WARNING"`` as {logger name: level}; unknown parts are
    left out (a typo in an environment variable must not stop the application)."""
    levels: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, _, level = part.rpartition("=")
        number = logging.getLevelName(level.strip().upper())
        if not isinstance(number, int):
            continue
        if not name:
            levels["kppn_desktop"] = number
        elif name.strip() in AREAS:
            levels[f"kppn_desktop.{name.strip()}"] = number
    return levels


def setup(level: int = logging.INFO) -> Path | None:
    """Send the application's records (and other libraries' warnings) to the rotating file.
    Once per process; returns the file, or None when its folder cannot be written (the
    application runs on without a log file rather than not at all)."""
    global _handler
    if _handler is not None:
        return Path(_handler.baseFilename)
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES,
                                                       backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    logging.getLogger("kppn_desktop").setLevel(level)
    for name, number in parse_levels(os.environ.get(LEVELS_ENV, "")).items():
        logging.getLogger(name).setLevel(number)
    logging.captureWarnings(True)
    _handler = handler
    return path


def shutdown() -> None:
    """Detach and close the file (tests; the process's end does it by itself)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def read_tail(max_bytes: int = 256_000) -> str:
    """The end of the log, newest last: the current file's last ``max_bytes`` (from a whole
    line), preceded by the previous file's end when the current one is short."""
    path = log_file()
    chunks: list[bytes] = []
    left = max_bytes
    for candidate in (path, path.with_name(path.name + ".1")):
        try:
            size = candidate.stat().st_size
            with candidate.open("rb") as f:
                f.seek(max(0, size - left))
                data = f.read(left)
        except OSError:
            continue
        if size > len(data):
            data = data.partition(b"\n")[2]
        chunks.insert(0, data)
        left -= len(data)
        if left <= 1000:
            break
    return b"".join(chunks).decode("utf-8", errors="replace")
