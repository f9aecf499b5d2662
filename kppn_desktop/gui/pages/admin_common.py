"""Small pieces the administration tabs and the setup wizard share: a read-only table model over a
list of plain rows, a loader that ignores stale worker results, and the try-save-show pattern."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from kppn_desktop.domain.errors import ConflictError, ValidationError
from kppn_desktop.gui.startup.errors import show_exception
from kppn_desktop.gui.widgets.common import FieldErrors

Column = tuple[str, Callable[[Any], str]]


class RowsModel(QAbstractTableModel):
    """Columns are ``(title, row -> text)``; rows are plain objects (the services' dataclasses).
    Admin lists are short (users, sections, categories, closures), so all rows are held."""

    def __init__(self, columns: list[Column], parent: QObject | None = None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        return self.columns[index.column()][1](self.rows[index.row()])

    def headerData(self, section: int, orientation: Qt.Orientation,  # Qt override
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None


def attach_model(view: QTableView, model: RowsModel, stretch: int | None = None) -> None:
    """Columns fit their contents; column ``stretch`` (default: the last) takes the rest of the
    width and elides (the full text is in the tooltip)."""
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)


def selected_row(view: QTableView) -> Any:
    """The row object selected in ``view`` (None when nothing is selected)."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    return view.model().row_at(rows[0].row())


def show_rows(view: QTableView, rows: list[Any],
              key: Callable[[Any], Any] = lambda r: r.id) -> None:
    """Put fresh ``rows`` in ``view``'s model, keeping the same record selected."""
    chosen = selected_row(view)
    view.model().set_rows(rows)
    if chosen is not None:
        for row, obj in enumerate(rows):
            if key(obj) == key(chosen):
                view.selectRow(row)
                break


class LatestLoader:
    """Runs ``fn`` on the session's worker and hands only the newest result to ``on_done``: a
    reload asked for while an older one is running makes the older result stale."""

    def __init__(self, runner, fn: Callable[[], Any] | None, on_done: Callable[[Any], None],
                 parent: QWidget):
        self.runner, self.fn, self.on_done, self.parent = runner, fn, on_done, parent
        self.generation = 0

    def start(self) -> None:
        self.generation += 1
        generation = self.generation

        def done(result):
            if generation == self.generation:
                self.on_done(result)

        def failed(exc):
            if generation == self.generation:
                show_exception(self.parent, exc)

        self.runner.run(self.fn, done, failed, owner=self.parent)


def attempt(parent: QWidget, errors: FieldErrors, call: Callable[[], Any],
            then: Callable[[Any], None] | None = None, *,
            on_conflict: Callable[[], None] | None = None,
            on_failed: Callable[[], None] | None = None, runner=None) -> None:
    """Call a service on the worker (``runner``, else the parent's session's), never on the GUI
    thread; ``then(result)`` runs on the GUI thread when it succeeded. Bad input goes beside its
    fields; any other error is shown (then ``on_conflict`` runs for a ConflictError). What was
    typed stays in every case; ``on_failed()`` runs after any failure. ``call`` must not touch a
    widget: read the fields first."""
    errors.clear()
    runner = runner or parent.session.runner

    def failed(exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            errors.show(exc)
            if errors.fallback is None and set(exc.errors) - set(errors.fields):
                show_exception(parent, exc)  # a message with no place beside a field is not lost
        else:
            show_exception(parent, exc)
            if isinstance(exc, ConflictError) and on_conflict is not None:
                on_conflict()
        if on_failed is not None:
            on_failed()

    runner.run(call, then or (lambda _result: None), failed, owner=parent)


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def open_dialog(owner: QObject, dialog: QDialog, on_accepted: Callable[[QDialog], None]) -> None:
    """Open ``dialog`` window-modal (``open()``, not a nested ``exec()`` loop, so the idle lock and
    the tests keep running). ``owner.dialog`` holds it while it is open; ``on_accepted(dialog)``
    runs when it is accepted."""
    owner.dialog = dialog

    def finished(result: int) -> None:
        if owner.dialog is dialog:
            owner.dialog = None
        if result == QDialog.DialogCode.Accepted:
            on_accepted(dialog)
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
