"""The report's charts: daily volume (bars) and daily 20-minute compliance (line), as Drawings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from .fonts import register_fonts
from .styles import GRID, MUTED, NAVY

_LEFT, _BOTTOM, _RIGHT, _TOP = 30, 22, 8, 8  # room for the axis labels, in points
_MAX_LABELS = 16  # more day labels than this under a chart become an unreadable smear


_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
#: Beyond this many days (a quarter, a year) the axis names months, not days.
_DAYS_SPAN = 45


def _day_labels(days: Sequence[date]) -> list[str]:
    """'1', '2', … within one month; '28/2', '1/3' across months, thinned to ``_MAX_LABELS``
    (fewer when the labels are longer); for a quarter or a year only the month at the first day
    shown of each month ('Okt', 'Nov', with the year when the span crosses one)."""
    if not days:
        return []
    if (days[-1] - days[0]).days > _DAYS_SPAN:
        years = len({d.year for d in days}) > 1
        out, seen = [], set()
        for d in days:
            key = (d.year, d.month)
            out.append("" if key in seen else
                       _MONTH_NAMES[d.month - 1] + (f" {d.year % 100:02d}" if years else ""))
            seen.add(key)
        return out
    one_month = len({(d.year, d.month) for d in days}) <= 1
    labels = [str(d.day) if one_month else f"{d.day}/{d.month}" for d in days]
    most = _MAX_LABELS if one_month else _MAX_LABELS * 2 // 3
    step = max(1, -(-len(labels) // most))
    return [label if i % step == 0 else "" for i, label in enumerate(labels)]


def _empty(width: float, height: float, text: str) -> Drawing:
    regular = register_fonts()[0]
    drawing = Drawing(width, height)
    drawing.add(String(width / 2, height / 2, text, fontName=regular, fontSize=8,
                       fillColor=MUTED, textAnchor="middle"))
    return drawing


def _style_axes(chart, font: str) -> None:
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = GRID
    chart.categoryAxis.tickDown = 2
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDE2EA")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.valueMin = 0


def _nice_step(peak: float) -> int:
    """A tick step giving 4–6 gridlines: 1, 2, 5, 10, 20, 50, …"""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000):
        if peak / step <= 6:
            return step
    return 10000


def volume_chart(series: Sequence[tuple[date, int]], width: float,
                 height: float) -> Drawing:
    """Consultations per day as bars."""
    if not series:
        return _empty(width, height, "Tidak ada data pada periode ini")
    regular = register_fonts()[0]
    days, counts = zip(*series)
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = _LEFT, _BOTTOM
    chart.width, chart.height = width - _LEFT - _RIGHT, height - _BOTTOM - _TOP
    chart.data = [list(counts)]
    chart.categoryAxis.categoryNames = _day_labels(days)
    _style_axes(chart, regular)
    peak = max(max(counts), 1)
    step = _nice_step(peak)
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = -(-(peak * 1.08) // step) * step  # headroom above the peak
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = NAVY
    chart.bars[0].strokeColor = None
    chart.groupSpacing = 2.5 if len(counts) > 20 else 5
    drawing.add(chart)
    return drawing


def compliance_chart(series: Sequence[tuple[date, float | None]], width: float,
                     height: float) -> Drawing:
    """Share of consultations within the 20-minute target per day, 0–100 %, with a 100 % line.

    Days on which nothing was judged (weekends, holidays) are gaps, not zeros.
    """
    if not any(value is not None for _, value in series):
        return _empty(width, height, "Belum ada konsultasi yang dinilai pada periode ini")
    regular = register_fonts()[0]
    days, values = zip(*series)
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = _LEFT, _BOTTOM
    chart.width, chart.height = width - _LEFT - _RIGHT, height - _BOTTOM - _TOP
    # One series per run of judged days: a line drawn across a weekend would claim a figure
    # for days on which nobody was served.
    chart.data = _runs(values)
    chart.joinedLines = 1
    chart.categoryAxis.categoryNames = _day_labels(days)
    _style_axes(chart, regular)
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labelTextFormat = "%d%%"
    for i in range(len(chart.data)):  # each index has its own default colour: override all
        chart.lines[i].strokeColor = NAVY
        chart.lines[i].strokeWidth = 1.2
        chart.lines[i].symbol = makeMarker("FilledCircle", size=2.6, fillColor=NAVY,
                                           strokeColor=NAVY)
    drawing.add(chart)
    return drawing


def _runs(values: Sequence[float | None]) -> list[list[float | None]]:
    """Split ``[90, 80, None, None, 70]`` into ``[[90, 80, None, None, None],
    [None, None, None, None, 70]]``: same length, one contiguous run of values each."""
    runs: list[list[float | None]] = []
    current: list[float | None] | None = None
    for i, value in enumerate(values):
        if value is None:
            current = None
            continue
        if current is None:
            current = [None] * len(values)
            runs.append(current)
        current[i] = value
    return runs
