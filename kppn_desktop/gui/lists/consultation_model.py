"""The table model behind every consultation list: it counts and fetches rows by page on a worker
thread, so a list of a million consultations opens as fast as a list of ten.

The GUI thread never runs a query: ``rowCount`` is the count fetched with the filter, and a row
whose page is not loaded yet shows a placeholder ("…") until its page arrives (``dataChanged``).

The first page comes before the count: the list shows at once with the rows it has, and the
count follows (rows are inserted): first a count that stops at ``COUNT_CAP`` ("more than
10,000", ``count_capped``), then, for a longer list, the whole count. A page that follows a
loaded one is fetched by key (after its last row), which costs the same at any depth; a page far
from any loaded one (a scrollbar jump) from the nearest of the list's keys every ``KEY_EVERY``
rows (made as far down as needed, the first time, and again after a reload)."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from typing import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableView

from kppn_desktop.domain import deadlines
from kppn_desktop.domain.calendar import OfficeCalendar
from kppn_desktop.domain.deadlines import Standing
from kppn_desktop.domain.texts import N_
from kppn_desktop.domain.workflow import STATE_LABELS
from kppn_desktop.gui.language import formatting, i18n
from kppn_desktop.gui.startup import errors
from kppn_desktop.gui.widgets.common import utcnow
from kppn_desktop.services import office, queries
from kppn_desktop.services.queries import ListFilter
from kppn_desktop.services.records import ConsultationSummary

PLACEHOLDER = "…"
PAGE_SIZE = 200
#: Pages kept in memory; older ones are dropped and fetched again when scrolled back to.
MAX_CACHED_PAGES = 50
#: Pages fetched again on ``reload`` (the ones looked at last); the rest are fetched on demand.
RELOAD_PAGES = 3
#: The first count stops here; a longer list is counted fully after it.
COUNT_CAP = queries.COUNT_CAP
#: A page is reached from a key at most this many rows above it (see ``queries.list_keys``).
KEY_EVERY = queries.KEY_EVERY
#: More rows than this arriving with a count reset the model rather than being inserted.
RESET_ABOVE = 100_000


COLUMNS = (N_("Nomor"), N_("Diterima"), N_("Stakeholder"), N_("Satker"), N_("Kategori"),
           N_("Ringkasan"), N_("Petugas"), N_("Status"), N_("Tenggat / sisa waktu"))
(COL_NUMBER, COL_RECEIVED, COL_STAKEHOLDER, COL_SATKER, COL_CATEGORY, COL_SUMMARY, COL_OFFICER,
 COL_STATUS, COL_DEADLINE) = range(len(COLUMNS))

OK, SOON, LATE = (level.value for level in deadlines.Level)
#: level -> (background, foreground)
LEVEL_COLOURS = {
    OK: ("#e3f2e5", "#1b5e20"),
    SOON: ("#fff1cc", "#7a4f00"),
    LATE: ("#fbe3e1", "#b3261e"),
}

#: The consultation id of a row (any column).
IdRole = Qt.ItemDataRole.UserRole
#: The row's ConsultationSummary, or None while its page loads.
SummaryRole = Qt.ItemDataRole.UserRole + 1
#: The deadline level of a row: 'ok', 'soon', 'late' or None.
LevelRole = Qt.ItemDataRole.UserRole + 2


def _tr(text: str) -> str:
    translated = QCoreApplication.translate("ConsultationTableModel", text)
    # A text marked below gui/ (a state) or in a table here (COLUMNS): context Messages.
    return translated if translated != text else i18n.message(text)


# --- the deadline column -------------------------------------------------------------------------

def time_left_text(left: deadlines.TimeLeft, calendar: OfficeCalendar) -> str:
    """A running clock's time left or over in words (the rule: ``domain.deadlines.time_left``):
    'sisa 3 hari kerja', 'sisa 12 menit', 'lewat 2 hari kerja', 'lewat 25 menit', 'lewat sejak
    15:00' (passed at closing time), and while the office is closed 'sisa 10 menit (lanjut Rab
    08:00)'."""
    if left.over:
        if left.days:
            return _tr("lewat {n} hari kerja").format(n=left.days)
        if left.passed_at_close:
            return _tr("lewat sejak {time}").format(time=formatting.format_time(left.due, calendar))
        return _tr("lewat {time}").format(time=formatting.format_minutes(left.minutes))
    if left.days is not None:
        return _tr("sisa {n} hari kerja").format(n=left.days)
    text = _tr("sisa {time}").format(time=formatting.format_minutes(left.minutes))
    note = _resumes_note(left.resumes_at)
    return f"{text} ({note})" if note else text


def time_left(calendar: OfficeCalendar, due: dt.datetime, now: dt.datetime, *,
              in_days: bool) -> str:
    """``time_left_text`` of the clock due at ``due`` as of ``now``."""
    return time_left_text(deadlines.time_left(calendar, due, now, in_days=in_days), calendar)


def _resumes_note(at: dt.datetime | None) -> str:
    """'' while the office is open; else when office time goes on, short ('lanjut Rab 08:00'):
    the list's deadline column must show it whole."""
    if at is None:
        return ""
    return _tr("lanjut {day} {time}").format(
        day=formatting.WEEKDAY_NAMES[at.weekday()][:3], time=formatting.format_time(at))


def deadline_cell(s: ConsultationSummary, now: dt.datetime,
                  calendar: OfficeCalendar) -> tuple[str, str | None, str]:
    """(text, level, tooltip) of the deadline column for ``s`` as of ``now``
    (``domain.deadlines.deadline_status`` in words). Level 'ok' (green), 'soon' (amber), 'late'
    (red) or None."""
    status = deadlines.deadline_status(s, now, calendar)
    level = status.level.value if status.level else None
    match status.standing:
        case Standing.BREACHED:
            return _tr("Melebihi standar"), level, _tr("Penyelesaian melebihi standar layanan.")
        case Standing.MET:
            return _tr("Sesuai standar"), level, _tr("Diselesaikan sesuai standar layanan.")
        case Standing.SERVICE_PAUSED:
            return (_tr("dijeda"), None,
                    _tr("Waktu layanan berhenti sementara selama menunggu dokumen."))
        case Standing.SOLUTION_PAUSED:
            return (_tr("dijeda"), None,
                    _tr("Waktu solusi berhenti sementara selama menunggu dokumen."))
        case Standing.NONE:
            return "", None, ""
    left = status.left
    which = _tr("Batas solusi") if status.clock == "solution" else _tr("Batas layanan")
    tooltip = f"{which}: {formatting.format_datetime(left.due, calendar)}"
    if not left.over and (note := _resumes_note(left.resumes_at)):
        tooltip += "\n" + _tr("Di luar jam layanan jam berhenti; {note}.").format(note=note)
    return time_left_text(left, calendar), level, tooltip


# --- the model -----------------------------------------------------------------------------------

def _nearest_key(page: int, size: int, loaded: dict, keys: list) -> tuple[int, tuple | None]:
    """(offset, key): where a page is read from -- the nearest key above its first row, the last
    row of a full page loaded above it or one of the list's keys (every KEY_EVERY rows), with the
    rows between skipped by offset; from the top when none is nearer."""
    start = page * size
    offset, after = start, None
    for p, rows in loaded.items():
        if p < page and len(rows) == size and start - (p + 1) * size < offset:
            offset, after = start - (p + 1) * size, queries.page_key(rows[-1])
    k = min(start // KEY_EVERY, len(keys))
    if k and start - k * KEY_EVERY < offset:
        offset, after = start - k * KEY_EVERY, keys[k - 1]
    return offset, after


def _read_page(actor, flt: ListFilter, size: int, page: int, loaded: dict, keys: list,
                by_key: bool) -> tuple[list[ConsultationSummary], list]:
    """(rows, keys), on the worker thread: a page of a newest-first list from the nearest key
    above it; when that is KEY_EVERY rows or more above (a jump far down), the list's keys are
    made down to the page first (reading what an OFFSET would, once; the next jumps read fewer
    than KEY_EVERY rows). Another order (the Kasi's short list by deadline): by offset."""
    if not by_key:
        return queries.list_consultations(actor, flt, offset=page * size, limit=size), keys
    offset, after = _nearest_key(page, size, loaded, keys)
    if offset >= KEY_EVERY:
        keys = keys + queries.list_keys(actor, flt, every=KEY_EVERY,
                                        after=keys[-1] if keys else None,
                                        count=page * size // KEY_EVERY - len(keys))
        offset, after = _nearest_key(page, size, loaded, keys)
    return queries.list_consultations(actor, flt, offset=offset, limit=size, after=after), keys


class ConsultationTableModel(QAbstractTableModel):
    """Consultations matching a :class:`ListFilter`, fetched by page through ``session.runner``.

    ``count_loaded(n)`` fires when a (re)count arrived (the whole count); ``count_capped(n)`` when
    the first count found more than ``n`` (``COUNT_CAP``) rows and the whole count is on its way;
    ``page_loaded(page)`` when a page did; ``load_failed`` when a count or page could not be
    fetched (the error is shown once; the rows
    stay as they were until the next reload). ``now`` may be replaced (tests) by any callable
    returning an aware instant."""

    count_loaded = Signal(int)
    count_capped = Signal(int)
    page_loaded = Signal(int)
    load_failed = Signal()

    def __init__(self, session, parent=None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.session = session
        self.page_size = page_size
        self.filter: ListFilter | None = None
        self.now: Callable[[], dt.datetime] = utcnow
        self.calendar: OfficeCalendar | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[ConsultationSummary]] = OrderedDict()
        self._pending: set[int] = set()
        self._failed: set[int] = set()
        self._generation = 0
        self._loaded = False
        self._counted = False
        self._status_cache: dict[int, tuple[str, str | None, str]] = {}
        #: The keys of the current list's rows KEY_EVERY, 2 x KEY_EVERY, ... (as far as made).
        self._keys: list[tuple[dt.datetime, int]] = []
        #: Optional: a column's text for a row instead of the standard one (the Kepala Seksi's
        #: inbox shows progress in the status column), and column titles that go with it.
        self.column_text: Callable[[ConsultationSummary, int], str | None] | None = None
        self.column_titles: dict[int, str] = {}
        self._ticker = QTimer(self)
        self._ticker.setInterval(30_000)
        self._ticker.timeout.connect(self._on_ticker_timeout)
        self._ticker.start()

    # --- loading ---------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        """True once the current filter's first rows have arrived (False while a new filter
        loads); its count may still be on its way (:attr:`counted`)."""
        return self._loaded

    @property
    def counted(self) -> bool:
        """True once the current filter's whole count has arrived."""
        return self._counted

    @property
    def total(self) -> int:
        return self._count

    def set_filter(self, flt: ListFilter) -> None:
        """Show the consultations matching ``flt``: the first page is fetched on the worker
        thread, then the model resets to it; the count follows."""
        self.filter = flt
        self._loaded = False
        self._keys = []
        self._fetch(flt, [0], reset=True)

    def reload(self, flt: ListFilter | None = None) -> None:
        """Fetch again (after a change here or on another workstation), keeping the filter (or
        taking ``flt``, e.g. the same list with a fresh 'now') and, when the count is unchanged,
        the view's selection and scroll position."""
        if flt is not None:
            self.filter = flt
        if self.filter is None:
            return
        recent = list(self._pages)[-RELOAD_PAGES:] or [0]
        self._fetch(self.filter, recent, reset=False)

    def _by_key(self, flt: ListFilter) -> bool:
        return flt.order == "newest"

    def _fetch(self, flt: ListFilter, pages: list[int], *, reset: bool) -> None:
        reset = reset or not self._loaded     # a reload during a new filter's load still resets
        self._generation += 1
        generation = self._generation
        actor, size = self.session.actor, self.page_size
        self._pending = set(pages)
        self._failed.clear()
        pages = sorted(pages)
        by_key = self._by_key(flt)

        def work():
            calendar = office.ready_calendar(utcnow(), actor.office_id)
            fetched: dict[int, list[ConsultationSummary]] = {}
            keys: list = []     # made again: the rows may have moved since the old ones
            for p in pages:
                before = fetched.get(p - 1)
                if p and before is not None and len(before) < size:
                    rows = []       # the page before was the last
                else:
                    rows, keys = _read_page(actor, flt, size, p, fetched, keys, by_key)
                fetched[p] = rows
            # A reload (the list already on screen) counts in the same go, so that the rows
            # and the count change together and the view keeps its selection.
            recount = None if reset else queries.count_consultations(actor, flt)
            return calendar, fetched, recount, keys

        self.session.runner.run(
            work, lambda result: self._on_pages_fetched(generation, pages, result),
            lambda exc: self._on_failed(generation, pages, exc), owner=self)

    def _on_pages_fetched(self, generation: int, pages: list[int], result) -> None:
        if generation != self._generation:
            return      # a newer filter or reload is on its way
        calendar, fetched, recount, self._keys = result
        self.calendar = calendar
        self._pending.difference_update(pages)
        self._status_cache.clear()
        fetched = {p: rows for p, rows in fetched.items() if rows or p == 0}
        if recount is not None:
            if recount != self._count:
                self.beginResetModel()
                self._count = recount
                self._pages = OrderedDict(sorted(fetched.items()))
                self._drop_rows_beyond(recount)
                self.endResetModel()
            else:
                self._pages = OrderedDict(sorted(fetched.items()))
                self._drop_rows_beyond(recount)
                if recount:
                    self.dataChanged.emit(self.index(0, 0),
                                          self.index(recount - 1, len(COLUMNS) - 1))
            self._loaded = self._counted = True
            self.count_loaded.emit(recount)
            return
        first = fetched.get(0)
        # A first page that is not full is the whole list: its count is known.
        known = len(first) if first is not None and len(first) < self.page_size else None
        self.beginResetModel()
        self._pages = OrderedDict(sorted(fetched.items()))
        self._count = known if known is not None else max(
            (p * self.page_size + len(rows) for p, rows in fetched.items()), default=0)
        self._counted = known is not None
        self.endResetModel()
        self._loaded = True
        if known is not None:
            self.count_loaded.emit(known)
        else:
            self._count_rows(generation, cap=COUNT_CAP)

    def _count_rows(self, generation: int, cap: int | None) -> None:
        actor, flt = self.session.actor, self.filter
        self.session.runner.run(
            lambda: queries.count_consultations(actor, flt, cap=cap),
            lambda n: self._on_counted(generation, n, final=cap is None or n <= cap),
            lambda exc: self._on_failed(generation, [], exc), owner=self)

    def _on_counted(self, generation: int, count: int, *, final: bool) -> None:
        """A new list's count, after its first page: the rows beyond that page come."""
        if generation != self._generation:
            return
        if count - self._count > RESET_ABOVE:
            # Inserting a million rows costs the view twice what a reset does (the page keeps
            # its selection across a reset by id, as after a reload).
            self.beginResetModel()
            self._count = count
            self.endResetModel()
        elif count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:       # rows went elsewhere meanwhile
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self._drop_rows_beyond(count)
            self.endRemoveRows()
        if final:
            self._counted = True
            self.count_loaded.emit(count)
        else:
            self.count_capped.emit(count - 1)
            self._count_rows(generation, cap=None)

    def _drop_rows_beyond(self, count: int) -> None:
        for page in list(self._pages):
            first = page * self.page_size
            if first >= count:
                del self._pages[page]
            elif first + len(self._pages[page]) > count:
                self._pages[page] = self._pages[page][:count - first]

    def _on_failed(self, generation: int, pages: list[int], exc: Exception) -> None:
        if generation == self._generation:
            self._pending.difference_update(pages)
            self._failed.update(pages)   # not asked for again until the next reload
        errors.show_exception(None, exc)
        if generation == self._generation:
            self.load_failed.emit()

    def _request_page(self, page: int) -> None:
        if page in self._pending or page in self._failed or self.filter is None:
            return
        self._pending.add(page)
        generation, flt = self._generation, self.filter
        actor, size = self.session.actor, self.page_size
        loaded, keys, by_key = dict(self._pages), self._keys, self._by_key(flt)
        self.session.runner.run(
            lambda: _read_page(actor, flt, size, page, loaded, keys, by_key),
            lambda result: self._on_page(generation, page, *result),
            lambda exc: self._on_failed(generation, [page], exc), owner=self)

    def _on_page(self, generation: int, page: int, rows: list[ConsultationSummary],
                 keys: list | None = None) -> None:
        if generation != self._generation:
            return
        if keys is not None and len(keys) > len(self._keys):
            self._keys = keys
        self._pending.discard(page)
        first = page * self.page_size
        last = min(first + self.page_size, self._count) - 1
        # Rows beyond the count (added elsewhere since it was taken) wait for the next reload.
        self._pages[page] = rows[:max(last - first + 1, 0)]
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        for row in rows:
            self._status_cache.pop(row.id, None)
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self.page_loaded.emit(page)

    def _on_ticker_timeout(self) -> None:
        """Keep 'sisa 12 menit' true as time passes."""
        self._status_cache.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, COL_DEADLINE),
                                  self.index(self._count - 1, COL_DEADLINE))

    # --- rows ------------------------------------------------------------------------------

    def summary(self, row: int) -> ConsultationSummary | None:
        """The row's consultation, or None while its page is loading (the load is requested)."""
        if not 0 <= row < self._count:
            return None
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            if self._loaded:    # while a new filter counts, old rows stay and no page is asked
                self._request_page(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def consultation_id(self, row: int) -> int | None:
        s = self.summary(row)
        return s.id if s else None

    def row_of(self, consultation_id: int) -> int | None:
        """The row of a consultation among the loaded pages, or None."""
        for page, rows in self._pages.items():
            for offset, s in enumerate(rows):
                if s.id == consultation_id:
                    return page * self.page_size + offset
        return None

    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

    def deadline_of(self, s: ConsultationSummary) -> tuple[str, str | None, str]:
        cached = self._status_cache.get(s.id)
        if cached is None:
            cached = self._status_cache[s.id] = deadline_cell(s, self.now(), self.calendar)
        return cached

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.column_titles.get(section) or _tr(COLUMNS[section])
            return None
        return super().headerData(section, orientation, role)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._count:
            return None
        s = self.summary(index.row())
        column = index.column()
        if s is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(s, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_DEADLINE:
                tip = self.deadline_of(s)[2]
                return f"{s.summary}\n{tip}" if tip else s.summary
            if column == COL_CATEGORY:
                return f"{s.category}\n{s.summary}"
            return s.summary
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if column != COL_DEADLINE:
                return None
            level = self.deadline_of(s)[1]
            if level is None:
                return None
            background, foreground = LEVEL_COLOURS[level]
            return QBrush(QColor(background if role == Qt.ItemDataRole.BackgroundRole
                                 else foreground))
        if role == IdRole:
            return s.id
        if role == SummaryRole:
            return s
        if role == LevelRole:
            return self.deadline_of(s)[1]
        return None

    def _display(self, s: ConsultationSummary, column: int) -> str:
        if self.column_text is not None:
            text = self.column_text(s, column)
            if text is not None:
                return text
        if column == COL_NUMBER:
            return s.number
        if column == COL_RECEIVED:
            return formatting.format_short_datetime(s.received_at, self.calendar)
        if column == COL_STAKEHOLDER:
            return s.stakeholder
        if column == COL_SATKER:
            return s.kode_satker
        if column == COL_CATEGORY:
            return s.category
        if column == COL_SUMMARY:
            return s.summary
        if column == COL_OFFICER:
            return s.officer
        if column == COL_STATUS:
            return _tr(s.state_label)
        return self.deadline_of(s)[0]


#: Widths from sample contents; what is left goes to the columns below, by share.
_COLUMN_SAMPLES = {COL_NUMBER: ("121-20260317-0001",), COL_RECEIVED: ("17/03/2026 10:05",),
                   COL_SATKER: ("999062",), COL_OFFICER: ("Andi Pratama",),
                   COL_STATUS: tuple(STATE_LABELS.values()),
                   # After closing time the clock says when it goes on: never cut off.
                   COL_DEADLINE: ("lewat 2 jam 55 menit", "Melebihi standar",
                                  "sisa 20 menit (lanjut Sel 08:00)")}
_FLEXIBLE_SHARES = {COL_STAKEHOLDER: 2, COL_CATEGORY: 2, COL_SUMMARY: 3}


class _ColumnFitter(QObject):
    """Gives the stakeholder, category and summary columns what the fixed columns leave, in
    proportion, whenever the table is resized (the user may still drag any column)."""

    def __init__(self, view: QTableView, samples: dict[int, tuple[str, ...]] | None = None):
        super().__init__(view)
        self.view = view
        metrics = view.fontMetrics()
        samples = {**_COLUMN_SAMPLES, **(samples or {})}
        padding = 2 * metrics.averageCharWidth() + 6
        header_metrics = view.horizontalHeader().fontMetrics()
        model = view.model()
        self.fixed = {column: max(header_metrics.horizontalAdvance(
                                      model.headerData(column, Qt.Orientation.Horizontal)),
                                  *(metrics.horizontalAdvance(_tr(t)) for t in texts)) + padding
                      for column, texts in samples.items()}
        self.minimum = 10 * metrics.averageCharWidth()
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        left = self.view.viewport().width() - sum(self.fixed.values())
        total = sum(_FLEXIBLE_SHARES.values())
        for column, width in self.fixed.items():
            self.view.setColumnWidth(column, width)
        for column, share in _FLEXIBLE_SHARES.items():
            self.view.setColumnWidth(column, max(self.minimum, left * share // total))

    def eventFilter(self, obj, event):  # Qt override
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def configure_view(view: QTableView, model: ConsultationTableModel,
                   samples: dict[int, tuple[str, ...]] | None = None) -> None:
    """Attach ``model`` to a QTableView with sensible column widths. Widths come from the font
    and sample texts (``samples`` adds to or replaces the standard ones per column), never from
    the contents: measuring contents would fetch every page."""
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(4 * view.fontMetrics().averageCharWidth())
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.column_fitter = _ColumnFitter(view, samples)
    view.column_fitter.fit()


class OpensConsultationRows:
    """For a page showing this model in ``self.ui.table``, with ``self.model`` and an
    ``open_consultation`` signal: Enter, a double-click or the Open button opens the row."""

    def _on_table_activated(self, index) -> None:
        self._open_row(index.row())

    def _on_openButton_clicked(self) -> None:
        index = self.ui.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        consultation_id = self.model.consultation_id(row)
        if consultation_id is not None:
            self.open_consultation.emit(consultation_id)
