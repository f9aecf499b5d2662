"""Deadlines on demand (``kppn-desktop sla deadline``): the same calendar and clocks as the desk,
with the office settings of the selected database, or the defaults where it has none."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kppn_desktop.domain import clocks, formatting
from kppn_desktop.domain.calendar import OfficeCalendar
from kppn_desktop.domain.standards import CalendarSettings, ServiceStandard
from kppn_desktop.storage.database import close_database, open_database, resolve_url, sqlite_file
from kppn_desktop.storage.models import Office, Setting


@dataclass(frozen=True)
class DeadlineResult:
    deadline: dt.datetime
    explanation: tuple[str, ...]


def _sqlite_file_missing(url: str) -> bool:
    return url.lower().startswith("sqlite:///") and not Path(sqlite_file(url)).exists()


def office_rules(url: str | None) -> tuple[OfficeCalendar, ServiceStandard]:
    """The office calendar and standard stored in the database at ``url``; the defaults when the
    database does not exist yet (it is not created) or holds no office yet."""
    from kppn_desktop.services import office  # noqa: PLC0415

    resolved = resolve_url(url)
    if _sqlite_file_missing(resolved):
        return OfficeCalendar(CalendarSettings()), ServiceStandard()
    open_database(resolved, migrate=False)
    try:
        if not (Office.table_exists() and Setting.table_exists()):
            return OfficeCalendar(CalendarSettings()), ServiceStandard()
        return office._build_calendar(), office.service_standard()
    finally:
        close_database()


def deadline(start: dt.datetime, kind: str, calendar: OfficeCalendar,
             standard: ServiceStandard) -> DeadlineResult:
    """``kind`` 'service': the 20-minute service clock started at ``start`` (moved to the next
    opening). 'escalation': the close of office on the N-th working day after ``start``'s day."""
    if kind == "service":
        due = clocks.service_deadline(start, calendar, standard.service_minutes)
        opening = calendar.next_opening(start)
        lines = [f"Standar layanan {standard.service_minutes} menit waktu kantor.",
                 f"Jam mulai dihitung: {formatting.format_datetime(opening, calendar)}."]
    elif kind == "escalation":
        due = clocks.solution_deadline(start, calendar, standard.solution_working_days)
        day = clocks.consultation_day(start, calendar)
        lines = [f"Solusi paling lambat {standard.solution_working_days} hari kerja setelah hari "
                 f"konsultasi ({formatting.format_date(day)}), pada jam tutup layanan."]
        if day != calendar.local(start).date():
            lines.append("Diterima di luar jam layanan atau pada hari libur: hari konsultasi "
                         "adalah hari kerja berikutnya.")
    else:
        raise ValueError(kind)
    for day, reason in calendar.non_working_days_between(calendar.local(start).date(),
                                                         calendar.local(due).date()):
        lines.append(f"Dilewati: {formatting.format_date(day)} ({reason}).")
    lines.append(f"Tenggat: {formatting.format_datetime(due, calendar)}.")
    return DeadlineResult(calendar.local(due), tuple(lines))
