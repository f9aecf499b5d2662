"""The tables of the consultation window: timeline, clocks, attachments and document requests.
Each is a small read-only model over the plain records a :class:`ConsultationDetail` carries."""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kppn_desktop.domain import filetypes, validation
from kppn_desktop.domain.clocks import ClockResult, ClockStatus
from kppn_desktop.domain.events import EventKind
from kppn_desktop.domain.standards import DEFAULT_TIMEZONE
from kppn_desktop.domain.texts import N_
from kppn_desktop.gui.language import formatting, i18n
from kppn_desktop.gui.lists.consultation_model import time_left

MIME_LABELS = {t.mime: t.label for t in vars(filetypes).values() if isinstance(t, filetypes.FileType)}

#: Background and text colour of a clock's status cell.
STATUS_COLOURS = {
    ClockStatus.MET: ("#d8f0dc", "#1b5e20"),
    ClockStatus.BREACHED: ("#f9d6d4", "#8c1d18"),
    ClockStatus.RUNNING: ("#ffe9b0", "#6d4c00"),
    ClockStatus.PAUSED: ("#e4e4e4", "#333333"),
    ClockStatus.NOT_STARTED: ("#e4e4e4", "#333333"),
    None: ("#f2f2f2", "#666666"),
}

STATUS_LABELS = {
    ClockStatus.NOT_STARTED: N_("Belum mulai"),
    ClockStatus.RUNNING: N_("Berjalan"),
    ClockStatus.PAUSED: N_("Dijeda"),
    ClockStatus.MET: N_("Terpenuhi"),
    ClockStatus.BREACHED: N_("Terlampaui"),
    None: N_("Belum berlaku"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsultationWindow", text)


class _Table(QAbstractTableModel):
    """Rows of any records, columns given as (header, function of a record -> text)."""

    columns: list[tuple[str, Callable[[Any], str]]] = []

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list = []
        self.tz = DEFAULT_TIMEZONE

    def set_rows(self, rows, tz: str) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.tz = tz
        self.endResetModel()

    def time(self, t: dt.datetime | None) -> str:
        return formatting.format_short_datetime(t, self.tz) if t else ""

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return i18n.message(self.columns[section][0])
        return None

    def text(self, row, column: int) -> str:
        return self.columns[column][1](self, row)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return self.style(row, index.column(), role)

    def tooltip(self, row, column: int) -> str | None:
        return None

    def style(self, row, column: int, role) -> Any:
        return None


# --- timeline ------------------------------------------------------------------------------

_DETAIL_LABELS = {
    "kanal": N_("Kanal"), "kategori": N_("Kategori"), "ringkasan": N_("Ringkasan"), "alasan": N_("Alasan"),
    "seksi": N_("Seksi"), "kontak": N_("Kontak"), "telepon": N_("Telepon"), "catatan": N_("Catatan"),
    "jawaban": N_("Jawaban"), "dasar": N_("Dasar"), "nama": N_("Berkas"), "ukuran": N_("Ukuran"),
    "masa_simpan_tahun": N_("Masa simpan (tahun)"),
    "lama": N_("Sebelumnya"), "dari": N_("Dari seksi"),
}
_KIND_LABELS = {(EventKind.DOCUMENTS_REQUESTED.value, "alasan"): N_("Dokumen")}
#: "pertanyaan" (on receipt) and "baru" (an edit's new text): the consultation itself shows them.
_HIDDEN = {"lampiran", "sha256", "pertanyaan", "baru"}
_OLD_LABELS = {"pertanyaan": N_("pertanyaan"), "ringkasan": N_("ringkasan"), "kategori": N_("kategori")}


class TimelineModel(_Table):
    """Every event of the consultation: when (office time), who, what, and its details."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.sections: dict[int, str] = {}
        self.categories: dict[int, str] = {}

    def set_names(self, sections: dict[int, str], categories: dict[int, str]) -> None:
        self.sections, self.categories = sections, categories

    def _value(self, key: str, value) -> str:
        if key == "kanal":
            return i18n.message(validation.CHANNEL_LABELS.get(value, value or ""))
        if key in ("seksi", "dari"):
            return self.sections.get(value, str(value))
        if key == "ukuran":
            return formatting.size_text(int(value))
        if key == "lama" and isinstance(value, dict):
            parts = []
            for old_key, old in value.items():
                if old_key == "kategori":
                    old = self.categories.get(old, old)
                parts.append(f"{i18n.message(_OLD_LABELS.get(old_key, old_key))} \u201c{old}\u201d")
            return ", ".join(parts)
        return str(value)

    def details(self, entry) -> list[str]:
        lines = []
        for key, value in entry.data.items():
            if key in _HIDDEN or value in (None, "", {}):
                continue
            label = _KIND_LABELS.get((entry.kind, key)) or _DETAIL_LABELS.get(key, key)
            lines.append(f"{i18n.message(label)}: {self._value(key, value)}")
        return lines

    columns = [
        (N_("Waktu"), lambda m, e: m.time(e.at)),
        (N_("Oleh"), lambda m, e: e.actor),
        (N_("Peristiwa"), lambda m, e: i18n.message(e.label)),
        (N_("Rincian"), lambda m, e: " \u00b7 ".join(" ".join(line.split()) for line in m.details(e))),
    ]

    def tooltip(self, entry, column: int) -> str | None:
        lines = self.details(entry)
        return "\n".join(lines) if lines else None


# --- clocks --------------------------------------------------------------------------------

_CLOCK_NAMES = (N_("Layanan"), N_("Solusi"), N_("Progres"))


def _used(m, row) -> str:
    clock: ClockResult | None = row[2]
    if clock is None or clock.status is ClockStatus.NOT_STARTED:
        return ""
    used = formatting.format_minutes(clock.elapsed_minutes)
    if clock.target_minutes is not None:
        return _tr("{used} dari {target}").format(
            used=used, target=formatting.format_minutes(clock.target_minutes))
    return used


def _left(m, row) -> str:
    clock: ClockResult | None = row[2]
    if clock is None:
        return ""
    if row[1] == "Progres":
        if clock.status is ClockStatus.BREACHED:
            return _tr("{n} progres terlewat").format(n=len(clock.missed_days))
        return _tr("{n} progres disampaikan").format(n=clock.updates)
    if clock.status is ClockStatus.RUNNING and clock.deadline is not None \
            and m.calendar is not None:
        # The list's rule, as of now: both read the same.
        return time_left(m.calendar, clock.deadline, m.now(), in_days=row[1] == "Solusi")
    if clock.status is ClockStatus.BREACHED:
        return _tr("lewat {time}").format(time=formatting.format_minutes(clock.overrun_minutes))
    if clock.status in (ClockStatus.PAUSED, ClockStatus.NOT_STARTED) \
            and clock.remaining_minutes is not None:
        return _tr("sisa {time}").format(time=formatting.format_minutes(clock.remaining_minutes))
    return ""


class ClocksModel(_Table):
    """Three rows per cycle (service, solution, progress), each with its status colour. A cycle
    that was not escalated shows its solution and progress clocks as not applicable."""

    columns = [
        (N_("Siklus"), lambda m, r: str(r[0])),
        (N_("Jam"), lambda m, r: i18n.message(r[2].name if r[2] else r[1])),
        (N_("Status"), lambda m, r: i18n.message(STATUS_LABELS[r[2].status if r[2] else None])),
        (N_("Batas waktu"), lambda m, r: m.time(r[2].deadline) if r[2] else ""),
        (N_("Terpakai"), _used),
        (N_("Sisa / lewat"), _left),
    ]
    STATUS_COLUMN = 2

    #: The office calendar (from the load) and the time to count from (replaceable in tests).
    calendar = None
    now = staticmethod(lambda: dt.datetime.now(dt.timezone.utc))

    def set_cycles(self, cycles, tz: str, calendar=None) -> None:
        self.calendar = calendar
        rows = []
        for cycle in cycles:
            for name, clock in zip(_CLOCK_NAMES, (cycle.service, cycle.solution, cycle.progress),
                                   strict=True):
                rows.append((cycle.number, name, clock))
        self.set_rows(rows, tz)

    def clock(self, row: int) -> ClockResult | None:
        return self.rows[row][2] if 0 <= row < len(self.rows) else None

    def status(self, row: int) -> ClockStatus | None:
        clock = self.clock(row)
        return clock.status if clock else None

    def default_row(self) -> int:
        """The row worth reading first: the latest cycle's solution clock when escalated,
        otherwise its service clock."""
        if not self.rows:
            return -1
        last = len(self.rows) - 3
        return last + 1 if self.rows[last + 1][2] is not None else last

    def style(self, row, column: int, role) -> Any:
        if column != self.STATUS_COLUMN:
            return None
        background, foreground = STATUS_COLOURS[row[2].status if row[2] else None]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(background))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(foreground))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


# --- attachments ---------------------------------------------------------------------------

def _removal(m, a) -> str:
    if a.removed_at is None:
        return ""
    return _tr("Dihapus {time}: {reason}").format(time=m.time(a.removed_at),
                                                  reason=a.removal_reason)


class AttachmentsModel(_Table):
    """Attachments, withdrawn ones struck through with the reason beside them."""

    columns = [
        (N_("Nama berkas"), lambda m, a: a.filename),
        (N_("Jenis"), lambda m, a: i18n.message(MIME_LABELS.get(a.mime, a.mime))),
        (N_("Ukuran"), lambda m, a: formatting.size_text(a.size)),
        (N_("Ditambahkan oleh"), lambda m, a: a.added_by),
        (N_("Waktu"), lambda m, a: m.time(a.added_at)),
        (N_("Keterangan"), _removal),
    ]
    REMARK_COLUMN = 5

    def attachment(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def style(self, row, column: int, role) -> Any:
        if row.removed_at is None:
            return None
        if role == Qt.ItemDataRole.FontRole and column != self.REMARK_COLUMN:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#777777"))
        return None

    def tooltip(self, row, column: int) -> str | None:
        return f"SHA-256: {row.sha256}"


# --- document requests ---------------------------------------------------------------------

class DocumentsModel(_Table):
    """Supporting documents asked of the stakeholder, and whether they arrived."""

    columns = [
        (N_("Dokumen yang diminta"), lambda m, r: " ".join(r.description.split())),
        (N_("Diminta"), lambda m, r: m.time(r.requested_at)),
        (N_("Oleh"), lambda m, r: r.requested_by),
        (N_("Diterima"), lambda m, r: m.time(r.received_at) if r.received_at else _tr("Belum diterima")),
        (N_("Catatan penerimaan"), lambda m, r: r.received_note),
    ]

    def tooltip(self, row, column: int) -> str | None:
        return row.description if column == 0 else None
