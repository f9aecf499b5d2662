"""Seksi & kategori: the office's sections and the service categories (each with its section and
its own service target, or the office standard)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kppn_desktop.gui.forms.ui_admin_catalog import Ui_CatalogTab
from kppn_desktop.gui.forms.ui_admin_category_dialog import Ui_CategoryDialog
from kppn_desktop.gui.forms.ui_admin_section_dialog import Ui_SectionDialog
from kppn_desktop.gui.pages.admin_common import (
    LatestLoader,
    RowsModel,
    attach_model,
    attempt,
    open_dialog,
    selected_row,
    show_rows,
)
from kppn_desktop.gui.widgets.common import FieldErrors
from kppn_desktop.services import office
from kppn_desktop.services.office import CategoryInfo, SectionInfo


def _load(office_id: int):
    return (office.list_sections(active_only=False, office_id=office_id),
            office.list_categories(active_only=False, office_id=office_id),
            office.service_standard(office_id).service_minutes)


class SectionDialog(QDialog):
    def __init__(self, session, section: SectionInfo | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.section = session, section
        self.ui = ui = Ui_SectionDialog()
        ui.setupUi(self)
        self.errors = FieldErrors({"code": (ui.codeEdit, ui.codeError),
                                   "name": (ui.nameEdit, ui.nameError)}, ui.generalError)
        self.setWindowTitle(self.tr("Tambah seksi") if section is None else self.tr("Ubah seksi"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Simpan"))
        if section is not None:
            ui.codeEdit.setText(section.code)
            ui.nameEdit.setText(section.name)
            ui.activeCheck.setChecked(section.active)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.buttons.accepted.connect(self._on_buttons_accepted)
        self.ui.buttons.rejected.connect(self.reject)

    def _on_buttons_accepted(self) -> None:
        ui = self.ui
        actor, code, name = self.session.actor, ui.codeEdit.text(), ui.nameEdit.text()
        section_id = self.section.id if self.section else None
        active = ui.activeCheck.isChecked()
        attempt(self, self.errors, lambda: office.save_section(
            actor, code, name, section_id=section_id, active=active), lambda _r: self.accept())


class CategoryDialog(QDialog):
    """Target 0 in the spin box (shown as 'Standar kantor') means the office standard."""

    def __init__(self, session, sections: list[SectionInfo], standard_minutes: int,
                 category: CategoryInfo | None = None, next_order: int = 0,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.category = session, category
        self.ui = ui = Ui_CategoryDialog()
        ui.setupUi(self)
        self.errors = FieldErrors({
            "name": (ui.nameEdit, ui.nameError),
            "section": (ui.sectionCombo, ui.sectionError),
            "service_minutes": (ui.minutesSpin, ui.service_minutesError),
            "sort_order": (ui.sortOrderSpin, ui.sort_orderError),
        }, ui.generalError)
        ui.sectionCombo.addItem(self.tr("— tanpa seksi —"), None)
        for section in sections:
            if section.active or (category and category.section_id == section.id):
                ui.sectionCombo.addItem(f"{section.code} — {section.name}", section.id)
        ui.minutesSpin.setSpecialValueText(
            self.tr("Standar kantor ({n} menit)").format(n=standard_minutes))
        ui.minutesHint.setText(self.tr(
            "Target layanan kosong (Standar kantor) mengikuti standar waktu layanan kantor, kini "
            "{n} menit. Isi bila jenis layanan ini memerlukan target sendiri.").format(
            n=standard_minutes))
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Simpan"))
        if category is None:
            self.setWindowTitle(self.tr("Tambah kategori layanan"))
            ui.sortOrderSpin.setValue(next_order)
        else:
            self.setWindowTitle(self.tr("Ubah kategori layanan"))
            ui.nameEdit.setText(category.name)
            ui.sectionCombo.setCurrentIndex(max(0, ui.sectionCombo.findData(category.section_id)))
            ui.minutesSpin.setValue(category.service_minutes or 0)
            ui.sortOrderSpin.setValue(category.sort_order)
            ui.activeCheck.setChecked(category.active)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.buttons.accepted.connect(self._on_buttons_accepted)
        self.ui.buttons.rejected.connect(self.reject)

    def _on_buttons_accepted(self) -> None:
        ui = self.ui
        minutes = ui.minutesSpin.value() or None
        actor, name, section = self.session.actor, ui.nameEdit.text(), ui.sectionCombo.currentData()
        values = {"service_minutes": minutes,
                  "category_id": self.category.id if self.category else None,
                  "sort_order": ui.sortOrderSpin.value(), "active": ui.activeCheck.isChecked()}
        attempt(self, self.errors, lambda: office.save_category(actor, name, section, **values),
                lambda _r: self.accept())


class CatalogTab(QWidget):
    """``dialog`` is the section or category dialog currently open (None when none is)."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_CatalogTab()
        self.ui.setupUi(self)
        self.dialog: QDialog | None = None
        self.standard_minutes = 20
        status = self._status
        self.sections_model = RowsModel([
            (self.tr("Kode"), lambda s: s.code),
            (self.tr("Nama seksi"), lambda s: s.name),
            (self.tr("Status"), lambda s: status(s.active)),
        ], self)
        self.categories_model = RowsModel([
            (self.tr("Urutan"), lambda c: str(c.sort_order)),
            (self.tr("Kategori"), lambda c: c.name),
            (self.tr("Seksi"), self._section_code),
            (self.tr("Target"), self._target_text),
            (self.tr("Status"), lambda c: status(c.active)),
        ], self)
        attach_model(self.ui.sectionsView, self.sections_model, stretch=1)
        attach_model(self.ui.categoriesView, self.categories_model, stretch=1)
        office_id = session.actor.office_id
        self.loader = LatestLoader(session.runner, lambda: _load(office_id), self._on_loaded, self)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.addSectionButton.clicked.connect(self._on_addSectionButton_clicked)
        ui.editSectionButton.clicked.connect(self._on_editSectionButton_clicked)
        ui.sectionsView.activated.connect(self._on_editSectionButton_clicked)
        ui.addCategoryButton.clicked.connect(self._on_addCategoryButton_clicked)
        ui.editCategoryButton.clicked.connect(self._on_editCategoryButton_clicked)
        ui.categoriesView.activated.connect(self._on_editCategoryButton_clicked)
        ui.sectionsView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.categoriesView.selectionModel().selectionChanged.connect(self._update_buttons)

    def _status(self, active: bool) -> str:
        return self.tr("Aktif") if active else self.tr("Nonaktif")

    def _section_code(self, category: CategoryInfo) -> str:
        for section in self.sections_model.rows:
            if section.id == category.section_id:
                return section.code
        return category.section_name

    def _target_text(self, category: CategoryInfo) -> str:
        if category.service_minutes is None:
            return self.tr("{n} menit (standar)").format(n=self.standard_minutes)
        return self.tr("{n} menit").format(n=category.service_minutes)

    def refresh(self) -> None:
        self.loader.start()

    def _on_loaded(self, result) -> None:
        sections, categories, self.standard_minutes = result
        show_rows(self.ui.sectionsView, sections)
        show_rows(self.ui.categoriesView, categories)
        self.ui.standardLabel.setText(self.tr(
            "Target kosong = standar kantor ({n} menit)").format(n=self.standard_minutes))
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.ui.editSectionButton.setEnabled(selected_row(self.ui.sectionsView) is not None)
        self.ui.editCategoryButton.setEnabled(selected_row(self.ui.categoriesView) is not None)

    def _open(self, dialog: QDialog) -> None:
        open_dialog(self, dialog, lambda _dialog: self.session.changed())

    def _on_addSectionButton_clicked(self) -> None:
        self._open(SectionDialog(self.session, None, self))

    def _on_editSectionButton_clicked(self, *_args) -> None:
        section = selected_row(self.ui.sectionsView)
        if section is not None:
            self._open(SectionDialog(self.session, section, self))

    def _on_addCategoryButton_clicked(self) -> None:
        orders = [c.sort_order for c in self.categories_model.rows]
        self._open(CategoryDialog(self.session, self.sections_model.rows, self.standard_minutes,
                                  None, max(orders, default=0) + 1, self))

    def _on_editCategoryButton_clicked(self, *_args) -> None:
        category = selected_row(self.ui.categoriesView)
        if category is not None:
            self._open(CategoryDialog(self.session, self.sections_model.rows,
                                      self.standard_minutes, category, 0, self))
