"""One place shows errors to the user in plain Indonesian, and a crash hook keeps a crash log that
is offered on the next start."""

from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kppn_desktop import __version__
from kppn_desktop.domain.errors import ConflictError, KppnError, SessionEnded, ValidationError

log = logging.getLogger(__name__)

#: Tests set this to collect what would have been shown instead of opening modal boxes.
shown: list[tuple[str, str]] | None = None


def crash_dir() -> Path:
    """Beside the application's log (``kppn_desktop.logs``)."""
    from kppn_desktop import logs  # noqa: PLC0415

    return logs.log_dir() / "crash"


def is_connection_problem(exc: BaseException) -> bool:
    """The database could not be reached or the connection broke (server down, network gone, the
    SQLite file's share unmounted); such work can be tried again as it was."""
    if isinstance(exc, ConnectionError):
        return True
    if type(exc).__name__ not in ("OperationalError", "InterfaceError"):
        return False
    # SQLite's "database is locked" is a busy writer elsewhere, not a lost connection.
    return "locked" not in str(exc).lower()


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def user_message(exc: BaseException) -> tuple[str, str]:
    """(title, text) for an exception, in the language of the screen."""
    from kppn_desktop.gui.language import i18n  # noqa: PLC0415

    if isinstance(exc, ConflictError):
        return _tr("Data berubah"), i18n.error_text(exc)
    if isinstance(exc, ValidationError):
        return _tr("Periksa isian"), "\n".join(i18n.message(m) for m in exc.errors.values())
    if isinstance(exc, KppnError):
        return _tr("Tidak dapat dilanjutkan"), i18n.error_text(exc)
    if is_connection_problem(exc):
        return (_tr("Basis data tidak terjangkau"),
                _tr("Sambungan ke basis data terputus. Isian Anda tidak hilang; simpan lagi setelah "
                    "sambungan pulih.\n\nRincian: {detail}").format(detail=exc))
    if type(exc).__name__ == "OperationalError":
        return (_tr("Basis data sedang sibuk"),
                _tr("Workstation lain sedang menyimpan. Isian Anda tidak hilang; coba simpan lagi "
                    "sebentar lagi.\n\nRincian: {detail}").format(detail=exc))
    if isinstance(exc, OSError):
        return (_tr("Berkas tidak dapat dipakai"),
                _tr("Berkas tidak dapat dibaca atau ditulis. Isian Anda tidak hilang.\n\n"
                    "Rincian: {detail}").format(detail=exc))
    return (_tr("Kesalahan tak terduga"),
            _tr("Terjadi kesalahan yang tidak terduga. Isian Anda tidak hilang. Catatan kesalahan "
                "telah disimpan untuk petugas TI.\n\nRincian: {detail}").format(
                detail=f"{type(exc).__name__}: {exc}"))


def show_exception(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user what went wrong; unexpected errors are also logged with their traceback."""
    if isinstance(exc, SessionEnded):
        return        # the main window locks and says it there (Session.ended)
    title, text = user_message(exc)
    if not isinstance(exc, KppnError):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        write_crash_log(type(exc), exc, exc.__traceback__, fatal=False)
    if shown is not None:
        shown.append((title, text))
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def write_crash_log(exc_type, exc, tb, *, fatal: bool = True) -> Path | None:
    try:
        folder = crash_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = folder / f"{'crash' if fatal else 'error'}-{stamp}.log"
        text = getattr(exc, "__traceback_text__", None) or "".join(
            traceback.format_exception(exc_type, exc, tb))
        path.write_text(f"KPPN Desktop {__version__}\nPython {platform.python_version()} on "
                        f"{platform.platform()}\n{dt.datetime.now().isoformat()}\n\n{text}",
                        encoding="utf-8")
        return path
    except OSError:
        return None


def install_crash_hook() -> None:
    """Unhandled exceptions are written to a crash log and shown, instead of vanishing."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        write_crash_log(exc_type, exc, tb, fatal=True)
        try:
            show_exception(None, exc)
        except Exception:  # noqa: BLE001 - the hook must never raise
            previous(exc_type, exc, tb)

    sys.excepthook = hook


def pending_crash_logs() -> list[Path]:
    folder = crash_dir()
    return sorted(folder.glob("crash-*.log")) if folder.exists() else []


def offer_crash_logs(parent: QWidget | None) -> None:
    """On start, say that the last session crashed and where its log is; then mark it seen."""
    logs = pending_crash_logs()
    if not logs:
        return
    text = _tr("KPPN Desktop berhenti tidak wajar pada sesi sebelumnya. Catatan kesalahannya "
               "tersimpan di:\n{path}\n\nKirimkan berkas itu kepada petugas TI bila masalah "
               "berulang.").format(path=logs[-1])
    if shown is not None:
        shown.append((_tr("Sesi sebelumnya berhenti"), text))
    else:
        QMessageBox.information(parent, _tr("Sesi sebelumnya berhenti"), text)
    for path in logs:
        path.rename(path.with_name("seen-" + path.name))
