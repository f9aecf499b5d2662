"""The office's calendar and service standard as the services store them (``setting``,
``closure``, ``hours_override``, ``office``), with the domain's defaults where nothing is stored.

Apart from the recount (``clock_columns``), so that reading them does not import the clock
computation: the worker that loads the office data when the main window opens imports this
module, and the GUI thread waits for the interpreter lock meanwhile."""

from __future__ import annotations

import datetime as dt
import json

from kppn_desktop.domain.calendar import OfficeCalendar
from kppn_desktop.domain.standards import (
    DEFAULT_TIMEZONE,
    CalendarSettings,
    ServiceStandard,
    default_weekly_hours,
)
from kppn_desktop.storage.models import Closure, HoursOverride, Office, Setting

WEEKLY_HOURS_KEY = "calendar.weekly_hours"
_STANDARD_KEYS = {"service_minutes": "standard.service_minutes",
                  "solution_working_days": "standard.solution_working_days",
                  "progress_every_working_days": "standard.progress_every_working_days"}


def parse_hours(raw: dict) -> dict[int, tuple[dt.time, dt.time] | None]:
    """``{"0": ["08:00", "15:00"], "5": null}`` as stored -> weekday -> (open, close) or None."""
    return {int(day): None if not span else (dt.time.fromisoformat(span[0]),
                                              dt.time.fromisoformat(span[1]))
            for day, span in raw.items()}


def default_office_id() -> int | None:
    """The office of a call that names none: the first KPPN (a database of one office has only
    it). Services acting for a user always name the user's office (``context.require``)."""
    row = (Office.select(Office.id).where(Office.kind == "kppn").order_by(Office.id)
           .tuples().first()) or Office.select(Office.id).order_by(Office.id).tuples().first()
    return row[0] if row else None


def office_of(office_id: int | None) -> int | None:
    """``office_id``, or the default office when None."""
    return default_office_id() if office_id is None else office_id


def _stored(key: str, office_id: int | None):
    row = Setting.get_or_none(Setting.key == key, Setting.office_id == (office_id or 0))
    return None if row is None else json.loads(row.value)


def office_calendar(weekly_hours: dict | None = None, office_id: int | None = None
                    ) -> OfficeCalendar:
    """The calendar of office ``office_id`` (default: :func:`default_office_id`) as stored: its
    time zone, hours, hours overrides and closures. ``weekly_hours`` (as stored, JSON-like) when
    the caller has read it already; else read here, the domain's default when none is stored."""
    office_id = office_of(office_id)
    office = Office.select(Office.timezone).where(Office.id == office_id).first()
    overrides = tuple(
        (o.first_day, o.last_day, parse_hours(json.loads(o.hours)))
        for o in HoursOverride.select().where(HoursOverride.office == office_id)
        .order_by(HoursOverride.first_day, HoursOverride.id))
    closures = {c.day: c.reason or "Kantor tutup"
                for c in Closure.select().where(Closure.kind == "tutup",
                                                Closure.office == office_id)}
    openings = frozenset(c.day for c in Closure.select().where(Closure.kind == "buka",
                                                               Closure.office == office_id))
    if weekly_hours is None:
        weekly_hours = _stored(WEEKLY_HOURS_KEY, office_id)
    return OfficeCalendar(CalendarSettings(
        timezone=office.timezone if office else DEFAULT_TIMEZONE,
        weekly_hours=default_weekly_hours() if weekly_hours is None else parse_hours(weekly_hours),
        hours_overrides=overrides, closures=closures, openings=openings))


def service_standard(office_id: int | None = None) -> ServiceStandard:
    """The standard's figures of office ``office_id`` as stored, the domain's defaults where none
    is."""
    office_id = office_of(office_id)
    values = {name: _stored(key, office_id) for name, key in _STANDARD_KEYS.items()}
    return ServiceStandard(**{name: value for name, value in values.items() if value is not None})
