"""The slow parts of the consultation window, run on a worker thread through the session's task
runner: loading a consultation in full, fetching an attachment to a temporary file, reading and
attaching files. No widgets here."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kppn_desktop.domain import filetypes
from kppn_desktop.domain.calendar import OfficeCalendar
from kppn_desktop.domain.errors import KppnError
from kppn_desktop.domain.standards import DEFAULT_TIMEZONE
from kppn_desktop.domain.workflow import Role
from kppn_desktop.gui.language import i18n
from kppn_desktop.services import attachments, office, queries, users
from kppn_desktop.services.context import Actor
from kppn_desktop.services.office import SectionInfo
from kppn_desktop.services.records import ConsultationDetail


@dataclass(frozen=True)
class LoadedConsultation:
    detail: ConsultationDetail
    timezone: str
    sections: tuple[SectionInfo, ...]      # active: where an escalation may go
    section_names: dict[int, str]          # every section, for the timeline
    category_names: dict[int, str]         # every category, for the timeline
    calendar: OfficeCalendar               # this year's holidays loaded: the clocks' time left
    sections_with_head: frozenset[int] = frozenset()   # where an active Kepala Seksi works


def load_consultation(actor: Actor, consultation_id: int) -> LoadedConsultation:
    """Everything the window shows about one consultation."""
    detail = queries.get_consultation(actor, consultation_id)
    office_id = actor.office_id
    profile = office.get_office(office_id)
    every_section = office.list_sections(active_only=False, office_id=office_id)
    return LoadedConsultation(
        detail=detail,
        timezone=profile.timezone if profile else DEFAULT_TIMEZONE,
        sections=tuple(s for s in every_section if s.active),
        section_names={s.id: s.name for s in every_section},
        category_names={c.id: c.name for c in office.list_categories(active_only=False,
                                                                     office_id=office_id)},
        calendar=office.ready_calendar(office_id=office_id),
        sections_with_head=frozenset(
            u.section_id for u in users.list_users(actor)
            if u.active and u.role == Role.KASI and u.section_id is not None))


def fetch_attachment(actor: Actor, attachment_id: int) -> Path:
    """The attachment's bytes (checked against their SHA-256) written read-only to this run's
    private folder (removed at exit) under its display name, with the extension of its detected
    type, ready for the desktop's viewer."""
    info, data = attachments.read_attachment(actor, attachment_id)
    kind = filetypes.by_mime(info.mime)
    name = filetypes.name_for(info.filename, kind) if kind else info.filename
    folder = Path(tempfile.mkdtemp(prefix=f"{attachment_id}-", dir=_private_folder()))
    path = folder / name
    path.write_bytes(data)
    path.chmod(0o400)
    return path


_PRIVATE: list[Path] = []
_PREFIX = "kppn-lampiran-"


def _private_folder() -> Path:
    """A folder only this user can read (mkdtemp: 0700), removed when the application ends.
    Its name carries the process id, so the next start removes what a run that was killed or
    crashed (atexit never ran) left behind."""
    if not _PRIVATE:
        remove_stale_private_folders()
        _PRIVATE.append(Path(tempfile.mkdtemp(prefix=f"{_PREFIX}{os.getpid()}-")))
        atexit.register(_remove_private_folder)
    return _PRIVATE[0]


def _remove_private_folder() -> None:
    for folder in _PRIVATE:
        _remove(folder)


def _remove(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            path.chmod(0o600)
    shutil.rmtree(folder, ignore_errors=True)


def remove_stale_private_folders(temp_dir: str | None = None) -> list[Path]:
    """Remove this user's ``kppn-lampiran-PID-*`` folders whose process has ended; returns them."""
    removed = []
    for folder in Path(temp_dir or tempfile.gettempdir()).glob(f"{_PREFIX}*"):
        pid_text = folder.name[len(_PREFIX):].split("-", 1)[0]
        try:
            pid = int(pid_text)
            if not folder.is_dir() or (hasattr(os, "getuid")
                                       and folder.stat().st_uid != os.getuid()):
                continue
        except (ValueError, OSError):
            continue      # not ours, or named before the process id was in the name
        if pid != os.getpid() and not _process_alive(pid):
            _remove(folder)
            removed.append(folder)
    return removed


def _process_alive(pid: int) -> bool:
    if os.name == "nt":   # pragma: no cover - Windows
        import ctypes  # noqa: PLC0415

        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x1000, False, pid)   # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259                            # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def attach_paths(actor: Actor, consultation_id: int,
                 paths: list[str]) -> tuple[list[str], list[str]]:
    """Attach each file; returns (names attached, messages about files that could not be)."""
    added: list[str] = []
    problems: list[str] = []
    for raw in paths:
        path = Path(raw)
        try:
            data = path.read_bytes()
        except OSError as exc:
            problems.append(QCoreApplication.translate(
                "ConsultationWindow", "{name}: tidak dapat dibaca ({detail}).").format(
                name=path.name, detail=exc.strerror or exc))
            continue
        try:
            info = attachments.attach_file(actor, consultation_id, path.name, data)
        except KppnError as exc:
            problems.append(f"{path.name}: {i18n.error_text(exc)}")
            continue
        added.append(info.filename)
    return added, problems
