"""The stakeholder part of the intake page: find a returning stakeholder as the officer types, or
enter a new one on the spot. Works on the page's own widgets (``ui`` of ``Ui_IntakePage``).
The stakeholder service is imported when first used (the search runs on the worker)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidgetItem, QWidget

from kppn_desktop.domain import validation
from kppn_desktop.gui.language import i18n
from kppn_desktop.gui.widgets.common import digits_only

if TYPE_CHECKING:
    from kppn_desktop.services.stakeholders import StakeholderInfo, StakeholderInput


def _find(text: str, office_id: int) -> list:
    """Runs on a worker thread."""
    from kppn_desktop.services import stakeholders  # noqa: PLC0415

    return stakeholders.find_stakeholders(text, office_id=office_id)

#: Wait this long after the last key before searching, so typing stays smooth.
SEARCH_DELAY_MS = 250


class StakeholderSection(QObject):
    """``picked`` is the returning stakeholder (or None); ``changed`` fires when it changes.
    ``searched`` fires after each search result has been shown (tests wait on it)."""

    changed = Signal()
    searched = Signal()

    def __init__(self, ui, runner, office_id: int, parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        self.runner = runner
        self.office_id = office_id
        self.picked: StakeholderInfo | None = None
        self._search_seq = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        ui.kindCombo.addItem(self.tr("— pilih jenis —"), "")
        for code, label in validation.STAKEHOLDER_TYPES:
            ui.kindCombo.addItem(i18n.message(label), code)
        ui.roleCombo.addItem(self.tr("— tidak ada —"), "")
        for code, label in validation.SATKER_ROLES:
            ui.roleCombo.addItem(i18n.message(label), code)
        # Long lines wrap instead of growing a horizontal scroll bar, which covered a single
        # result at 1366x768.
        ui.resultsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.resultsList.setWordWrap(True)
        ui.resultsList.setAlternatingRowColors(True)
        ui.resultsList.setResizeMode(ui.resultsList.ResizeMode.Adjust)
        ui.resultsList.hide()
        ui.pickedFrame.hide()
        digits_only(ui.kodeSatkerEdit, ui.kodeSatkerError, 6)
        digits_only(ui.kodeBaEdit, ui.kodeBaError, 3)
        digits_only(ui.nipEdit, ui.nipError, 18)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.searchEdit.textEdited.connect(self._on_searchEdit_textEdited)
        # Keys through a shortcut and a signal, not an event filter: a filter is a Python
        # override Qt calls for every event of the field, even while its page is being torn down.
        self.search_down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.ui.searchEdit)
        self.search_down.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.search_down.activated.connect(self._on_searchDown_activated)
        self.ui.searchEdit.returnPressed.connect(self._on_searchEdit_returnPressed)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.ui.resultsList.itemActivated.connect(self._on_resultsList_itemActivated)
        self.ui.resultsList.itemClicked.connect(self._on_resultsList_itemActivated)
        self.ui.clearPickButton.clicked.connect(self._on_clearPickButton_clicked)

    # --- search -----------------------------------------------------------------------------

    def _on_searchDown_activated(self) -> None:
        """Down moves from the search field into the results."""
        results = self.ui.resultsList
        if results.isVisible() and results.count():
            results.setFocus()
            results.setCurrentRow(0)

    def _on_searchEdit_returnPressed(self) -> None:
        """Enter picks the chosen (or first) result."""
        results = self.ui.resultsList
        if results.count():
            self.pick_item(results.currentItem() or results.item(0))

    def _on_searchEdit_textEdited(self, _text: str) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.search_now()

    def search_now(self) -> None:
        text = self.ui.searchEdit.text().strip()
        self._search_seq += 1
        seq = self._search_seq
        if len(text) < 2:
            self._show_results(seq, [])
            return
        self.ui.searchStatusLabel.setText(self.tr("Mencari…"))
        office_id = self.office_id
        self.runner.run(lambda: _find(text, office_id),
                        lambda found: self._show_results(seq, found), self._on_search_failed,
                        owner=self)

    def _on_search_failed(self, exc: Exception) -> None:
        from kppn_desktop.gui.startup.errors import show_exception  # noqa: PLC0415

        self.ui.searchStatusLabel.setText(self.tr("Pencarian gagal."))
        show_exception(self.ui.searchEdit.window(), exc)

    def _show_results(self, seq: int, found: list[StakeholderInfo]) -> None:
        if seq != self._search_seq:
            return   # an older search answering after a newer one was started
        results = self.ui.resultsList
        results.clear()
        for info in found:
            extra = ", ".join(p for p in (i18n.message(info.kind_label), info.nip, info.phone) if p)
            item = QListWidgetItem(f"{info.display}  ·  {extra}")
            item.setData(Qt.ItemDataRole.UserRole, info)
            item.setToolTip(item.text())
            results.addItem(item)
        results.setVisible(bool(found))
        if found:   # as tall as its rows (up to six, as laid out at this width), so the form
            # below stays in view
            results.doItemsLayout()
            rows = sum(results.visualItemRect(results.item(i)).height()
                       for i in range(min(len(found), 6)))
            results.setFixedHeight(rows + 2 * results.frameWidth() + 2)
        text = self.ui.searchEdit.text().strip()
        if len(text) < 2:
            status = self.tr("Ketik sedikitnya 2 huruf atau angka; stakeholder baru diisi "
                             "di bawah.")
        elif found:
            status = self.tr("{n} ditemukan. Pilih dengan klik atau Enter.").format(n=len(found))
        else:
            status = self.tr("Tidak ditemukan. Isi data stakeholder baru di bawah.")
        self.ui.searchStatusLabel.setText(status)
        self.searched.emit()

    # --- picking ----------------------------------------------------------------------------

    def _on_resultsList_itemActivated(self, item: QListWidgetItem) -> None:
        self.pick_item(item)

    def pick_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.pick(item.data(Qt.ItemDataRole.UserRole))

    def pick(self, info: StakeholderInfo) -> None:
        """Use a stakeholder already on file (a returning stakeholder)."""
        import html  # noqa: PLC0415

        self.picked = info
        lines = [f"<b>{html.escape(info.name)}</b> — {html.escape(i18n.message(info.kind_label))}"]
        satker = " ".join(p for p in (info.kode_satker, info.satker_name) if p)
        if satker:
            lines.append(self.tr("Satker: {s}").format(s=html.escape(satker)))
        nip = f"NIP {info.nip}" if info.nip else ""
        contact = ", ".join(p for p in (nip, info.phone, info.email) if p)
        if contact:
            lines.append(html.escape(contact))
        self.ui.pickedLabel.setText(self.tr("Stakeholder terdaftar:") + "<br>" + "<br>".join(lines))
        self.ui.pickedFrame.show()
        self.ui.resultsList.hide()
        self.ui.newStakeholderGroup.setEnabled(False)
        self.ui.newStakeholderGroup.setTitle(self.tr("Stakeholder baru (tidak dipakai: "
                                                     "stakeholder terdaftar dipilih)"))
        self.ui.searchStatusLabel.setText(self.tr("Stakeholder terdaftar dipilih."))
        self.changed.emit()

    def _on_clearPickButton_clicked(self) -> None:
        self.unpick()
        self.ui.searchEdit.setFocus()

    def unpick(self) -> None:
        self.picked = None
        self.ui.pickedFrame.hide()
        self.ui.pickedLabel.clear()
        self.ui.newStakeholderGroup.setEnabled(True)
        self.ui.newStakeholderGroup.setTitle(self.tr("Stakeholder baru"))
        self.ui.resultsList.setVisible(self.ui.resultsList.count() > 0)
        self.changed.emit()

    # --- new stakeholder --------------------------------------------------------------------

    def _line_edits(self):
        ui = self.ui
        return (ui.nameEdit, ui.kodeSatkerEdit, ui.satkerNameEdit, ui.kodeBaEdit, ui.nipEdit,
                ui.phoneEdit, ui.emailEdit)

    def new_is_blank(self) -> bool:
        return (all(not e.text().strip() for e in self._line_edits())
                and not self.ui.kindCombo.currentData() and not self.ui.roleCombo.currentData())

    def new_input(self) -> StakeholderInput:
        from kppn_desktop.services.stakeholders import StakeholderInput  # noqa: PLC0415

        ui = self.ui
        return StakeholderInput(
            name=ui.nameEdit.text(), kind=ui.kindCombo.currentData() or "",
            role=ui.roleCombo.currentData() or "", kode_satker=ui.kodeSatkerEdit.text(),
            satker_name=ui.satkerNameEdit.text(), kode_ba=ui.kodeBaEdit.text(),
            nip=ui.nipEdit.text(), phone=ui.phoneEdit.text(), email=ui.emailEdit.text())

    def choice(self) -> dict:
        """The keyword arguments take_consultation needs for the stakeholder."""
        if self.picked is not None:
            return {"stakeholder_id": self.picked.id}
        if self.new_is_blank():
            return {}
        return {"stakeholder": self.new_input()}

    def is_blank(self) -> bool:
        return self.picked is None and self.new_is_blank() and not self.ui.searchEdit.text().strip()

    def error_fields(self) -> dict[str, tuple[QWidget, QLabel]]:
        ui = self.ui
        return {
            "stakeholder": (ui.searchEdit, ui.stakeholderError),
            "stakeholder.name": (ui.nameEdit, ui.nameError),
            "stakeholder.kind": (ui.kindCombo, ui.kindError),
            "stakeholder.role": (ui.roleCombo, ui.roleError),
            "stakeholder.kode_satker": (ui.kodeSatkerEdit, ui.kodeSatkerError),
            "stakeholder.satker_name": (ui.satkerNameEdit, ui.satkerNameError),
            "stakeholder.kode_ba": (ui.kodeBaEdit, ui.kodeBaError),
            "stakeholder.nip": (ui.nipEdit, ui.nipError),
            "stakeholder.phone": (ui.phoneEdit, ui.phoneError),
            "stakeholder.email": (ui.emailEdit, ui.emailError),
        }

    def reset(self) -> None:
        self._timer.stop()
        self._search_seq += 1
        self.ui.searchEdit.clear()
        self.ui.resultsList.clear()
        for edit in self._line_edits():
            edit.clear()
        self.ui.kindCombo.setCurrentIndex(0)
        self.ui.roleCombo.setCurrentIndex(0)
        self.unpick()
        self.ui.searchStatusLabel.setText(
            self.tr("Ketik sedikitnya 2 huruf atau angka; stakeholder baru diisi di bawah."))

    def stop(self) -> None:
        self._timer.stop()
