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


def _stored(key: str):
    row = Setting.get_or_none(Setting.key == key)
    return None if row is None else json.loads(row.value)


def office_calendar(weekly_hours: dict | None = None) -> OfficeCalendar:
    """The office calendar as stored. ``weekly_hours`` (as stored, JSON-like) when the caller
    has read it already; else read here, the domain's default when none is stored."""
    office = Office.select(Office.timezone).order_by(Office.id).first()
    overrides = tuple(
        (o.first_day, o.last_day, parse_hours(json.loads(o.hours)))
        for o in HoursOverride.select().order_by(HoursOverride.first_day, HoursOverride.id))
    closures = {c.day: c.reason or "Kantor tutup"
                for c in Closure.select().where(Closure.kind == "tutup")}
    openings = frozenset(c.day for c in Closure.select().where(Closure.kind == "buka"))
    if weekly_hours is None:
        weekly_hours = _stored(WEEKLY_HOURS_KEY)
    return OfficeCalendar(CalendarSettings(
        timezone=office.timezone if office else DEFAULT_TIMEZONE,
        weekly_hours=default_weekly_hours() if weekly_hours is None else parse_hours(weekly_hours),
        hours_overrides=overrides, closures=closures, openings=openings))


def service_standard() -> ServiceStandard:
    """The standard's figures as stored, the domain's defaults where none is."""
    values = {name: _stored(key) for name, key in _STANDARD_KEYS.items()}
    return ServiceStandard(**{name: value for name, value in values.items() if value is not None})
