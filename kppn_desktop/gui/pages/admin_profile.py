"""The office profile: the form (shared by the first-run wizard and the administration page) and
the Profil kantor tab, which saves with the version it read so two administrators cannot silently
overwrite each other."""

from __future__ import annotations

from dataclasses import fields
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from kppn_desktop.gui.forms.ui_admin_profile import Ui_ProfileTab
from kppn_desktop.gui.forms.ui_admin_profile_form import Ui_OfficeProfileForm
from kppn_desktop.gui.language import formatting
from kppn_desktop.gui.pages.admin_common import LatestLoader, attempt, show_message
from kppn_desktop.gui.startup.errors import show_exception
from kppn_desktop.gui.widgets.common import FieldErrors, digits_only
from kppn_desktop.services import office
from kppn_desktop.services.office import OfficeProfile

#: Profile field -> the widget's object name in admin_profile_form.ui.
PROFILE_WIDGETS = {
    "code": "codeEdit", "office_type": "officeTypeCombo", "name": "nameEdit",
    "full_name": "fullNameEdit", "kanwil": "kanwilEdit", "head_name": "headNameEdit",
    "head_nip": "headNipEdit", "address": "addressEdit", "city": "cityEdit",
    "timezone": "timezoneCombo", "phone": "phoneEdit", "email": "emailEdit",
    "website": "websiteEdit",
}
PROFILE_FIELDS = tuple(f.name for f in fields(OfficeProfile) if f.name != "version")


class OfficeProfileForm(QWidget):
    """Every field of :class:`OfficeProfile`, each with its error label. ``edited`` fires on what
    the user types (not on :meth:`set_profile`); ``edited_fields`` names the fields typed in since
    the last :meth:`set_profile`."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, fallback: QLabel | None = None):
        super().__init__(parent)
        self.ui = Ui_OfficeProfileForm()
        self.ui.setupUi(self)
        self.edited_fields: set[str] = set()
        self.errors = FieldErrors(
            {name: (getattr(self.ui, widget), getattr(self.ui, f"{name}Error"))
             for name, widget in PROFILE_WIDGETS.items()}, fallback)
        digits_only(self.ui.codeEdit, self.ui.codeError, 3)
        digits_only(self.ui.headNipEdit, self.ui.head_nipError, 18)
        self._connect_signals()

    def _connect_signals(self) -> None:
        for name in PROFILE_FIELDS:
            widget = self._widget(name)
            edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget
            edit.textEdited.connect(lambda _text, name=name: self._on_field_edited(name))
            if isinstance(widget, QComboBox):
                widget.activated.connect(lambda _index, name=name: self._on_field_edited(name))
        self.ui.timezoneCombo.currentTextChanged.connect(self._on_timezoneCombo_currentTextChanged)

    def _widget(self, name: str):
        return getattr(self.ui, PROFILE_WIDGETS[name])

    def label_of(self, name: str) -> str:
        """The on-screen label of a field, without its mnemonic: 'Telepon'."""
        widget = PROFILE_WIDGETS[name]
        label = getattr(self.ui, widget.removesuffix("Edit").removesuffix("Combo") + "Label")
        return label.text().replace("&", "")

    def set_value(self, name: str, value: str) -> None:
        widget = self._widget(name)
        if isinstance(widget, QComboBox):
            widget.setCurrentText(value or "")
        else:
            widget.setText(value or "")
            widget.setCursorPosition(0)

    def set_profile(self, profile: OfficeProfile) -> None:
        for name in PROFILE_FIELDS:
            self.set_value(name, getattr(profile, name))
        self.edited_fields.clear()

    def profile(self, version: int = 0) -> OfficeProfile:
        """What the form holds now, as a profile to save (``version``: the one that was read)."""
        values = {}
        for name in PROFILE_FIELDS:
            widget = self._widget(name)
            values[name] = (widget.currentText() if isinstance(widget, QComboBox)
                            else widget.text()).strip()
        return OfficeProfile(**values, version=version)

    def _on_field_edited(self, name: str) -> None:
        self.edited_fields.add(name)
        self.edited.emit()

    def _on_timezoneCombo_currentTextChanged(self, text: str) -> None:
        try:
            abbrev = formatting.zone_abbrev(ZoneInfo(text.strip()))
        except (ValueError, KeyError):  # an unknown zone while typing; saving will say so
            abbrev = "?"
        self.ui.zoneAbbrevLabel.setText(abbrev)


class ProfileTab(QWidget):
    """Profil kantor. A reload never overwrites what the administrator is typing. A save that
    meets someone else's change is refused and explained: their change is taken into the fields
    this administrator did not touch, what was typed stays, and saving again stores both."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_ProfileTab()
        self.ui.setupUi(self)
        self.form = OfficeProfileForm(self, fallback=self.ui.generalError)
        self.ui.formHolder.addWidget(self.form)
        self.loaded: OfficeProfile | None = None
        self.version = 0
        self.ui.noticeLabel.hide()
        self.loader = LatestLoader(session.runner, office.get_office, self._on_loaded, self)
        self.setTabOrder(self.form.ui.websiteEdit, self.ui.reloadButton)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.form.edited.connect(self._on_form_edited)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.reloadButton.clicked.connect(self._on_reloadButton_clicked)

    @property
    def dirty(self) -> bool:
        return bool(self.form.edited_fields)

    def refresh(self) -> None:
        self.loader.start()

    def _on_loaded(self, profile: OfficeProfile | None) -> None:
        if profile is not None and not self.dirty:
            self._show(profile)

    def _show(self, profile: OfficeProfile) -> None:
        self.loaded, self.version = profile, profile.version
        self.form.set_profile(profile)
        self.form.errors.clear()
        self.ui.noticeLabel.hide()

    def _on_form_edited(self) -> None:
        show_message(self.ui.savedLabel, "")

    def _on_reloadButton_clicked(self) -> None:
        self.form.edited_fields.clear()
        self.refresh()

    def save(self) -> None:
        show_message(self.ui.savedLabel, "")
        actor, profile = self.session.actor, self.form.profile(self.version)

        def saved(stored) -> None:
            self._show(stored)
            show_message(self.ui.savedLabel, self.tr("Profil kantor tersimpan."))
            self.session.changed()

        attempt(self, self.form.errors, lambda: office.save_office(actor, profile), saved,
                on_conflict=self._take_their_change)

    def _take_their_change(self) -> None:
        """After a refused save: read the newest profile (on the worker), put its changes into the
        fields this administrator did not edit, keep the typed ones, and say which is which."""
        self.session.runner.run(office.get_office, self._on_their_change_loaded,
                                lambda exc: show_exception(self, exc), owner=self)

    def _on_their_change_loaded(self, latest) -> None:
        before = self.loaded or latest
        theirs = [n for n in PROFILE_FIELDS if getattr(before, n) != getattr(latest, n)]
        clash = [n for n in theirs if n in self.form.edited_fields]
        for name in theirs:
            if name not in self.form.edited_fields:
                self.form.set_value(name, getattr(latest, name))
        self.loaded, self.version = latest, latest.version
        text = self.tr("Profil kantor baru saja diubah di workstation lain")
        if theirs:
            text += self.tr(" ({fields})").format(
                fields=", ".join(self.form.label_of(n) for n in theirs))
        text += self.tr(". Perubahan itu sudah dimuat; isian Anda tetap di layar.")
        if clash:
            text += self.tr(" Isian Anda untuk {fields} akan menggantikan isian mereka.").format(
                fields=", ".join(self.form.label_of(n) for n in clash))
        text += self.tr(" Periksa, lalu tekan Simpan profil sekali lagi.")
        show_message(self.ui.noticeLabel, text)
