"""Texts made below gui/ that the screen shows (labels, rule messages, clock explanations),
marked for translation without Qt.

``N_("Baru")`` returns its argument unchanged; it only marks the text so that
``python -m kppn_desktop.gui.language.i18n_build`` finds it and puts it in the translation files (context
``Messages``). The GUI translates it when it shows it (``gui.language.i18n.message``).

A sentence with values is a :class:`Text`: it *is* the Indonesian sentence (a ``str``: papers,
logs, exports and tests read it as before) and keeps its marked template and its values, so the
screen can translate the template and fill it again. Values that are instants, durations and days
are kept as :class:`Moment`, :class:`Minutes` and :class:`Day` (each also the Indonesian ``str``),
so the screen writes them in its own language too.
"""

from __future__ import annotations

from datetime import date, datetime


def N_(text: str) -> str:  # the customary name of a translation marker
    return text


class Text(str):
    """``Text(N_("Konsultasi diterima {at}."), at=Moment(...))``."""

    template: str
    values: dict

    def __new__(cls, template: str, **values):
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template, self.values = template, values
        return self


class Moment(str):
    """An instant, written in the office's zone ('Selasa, 17 Maret 2026 10:05 WITA')."""

    at: datetime
    zone: object

    def __new__(cls, at: datetime, zone):
        from kppn_desktop.domain.formatting import format_datetime  # noqa: PLC0415

        self = super().__new__(cls, format_datetime(at, zone))
        self.at, self.zone = at, zone
        return self


class Minutes(str):
    """A duration in office minutes ('1 jam 35 menit')."""

    minutes: float

    def __new__(cls, minutes: float):
        from kppn_desktop.domain.formatting import format_minutes  # noqa: PLC0415

        self = super().__new__(cls, format_minutes(minutes))
        self.minutes = minutes
        return self


class Day(str):
    """A calendar day ('Selasa, 17 Maret 2026')."""

    day: date

    def __new__(cls, day: date):
        from kppn_desktop.domain.formatting import format_date  # noqa: PLC0415

        self = super().__new__(cls, format_date(day))
        self.day = day
        return self


class Days(str):
    """Days, each with its reason where it is not the plain weekday ('Sabtu, 21 Maret 2026;
    Senin, 23 Maret 2026 (Cuti Bersama …)')."""

    days: tuple

    def __new__(cls, days):
        from kppn_desktop.domain.formatting import format_date  # noqa: PLC0415
        from kppn_desktop.domain.standards import WEEKDAY_NAMES  # noqa: PLC0415

        days = tuple(days)
        self = super().__new__(cls, "; ".join(
            format_date(d) if reason == WEEKDAY_NAMES[d.weekday()]
            else f"{format_date(d)} ({reason})" for d, reason in days))
        self.days = days
        return self
