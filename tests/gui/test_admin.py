"""The administration page driven through its widgets; what it stored is checked through the
services."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from kppn_desktop.gui.pages.admin import AdminPage
from kppn_desktop.gui.pages.admin_hours import hours_summary
from kppn_desktop.services import office as office_service
from kppn_desktop.services import settings, users
from tests.gui.conftest import finish_work


@pytest.fixture
def page(admin_session, qtbot):
    widget = AdminPage(admin_session)
    qtbot.addWidget(widget)
    widget.resize(1156, 673)
    widget.show()
    settle(qtbot, widget)
    return widget


def settle(qtbot, page) -> None:
    """Wait until every reload the page started has been shown."""
    qtbot.waitUntil(lambda: not page.session.runner.busy, timeout=10000)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    finish_work(qtbot)          # a save runs on the worker


def ok(qtbot, dialog) -> None:
    click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok))


def retype(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def select(view, predicate) -> None:
    for row, obj in enumerate(view.model().rows):
        if predicate(obj):
            view.selectRow(row)
            return
    raise AssertionError("row not shown")


def show_tab(page, tab) -> None:
    page.ui.tabs.setCurrentIndex(page.tabs.index(tab))


def qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


# --- Pengguna -------------------------------------------------------------------------------

def test_users_are_listed(page, office):
    shown = {u.username for u in page.users.model.rows}
    assert {"admin", "rina", "andi", "budi", "sari", "hasan"} <= shown
    assert "6 pengguna" in page.users.ui.countLabel.text()
    assert not page.users.ui.editButton.isEnabled()


def test_table_models_behave(page, qtbot, qtmodeltester):
    page.calendar.ui.yearSpin.setValue(2026)
    settle(qtbot, page)
    for model in (page.users.model, page.catalog.sections_model, page.catalog.categories_model,
                  page.calendar.closures_model, page.calendar.preview_model):
        assert model.rowCount() > 0 or model is page.calendar.closures_model
        qtmodeltester.check(model)


def test_add_user_through_the_form(page, qtbot, office):
    click(qtbot, page.users.ui.addButton)
    dialog = page.users.dialog
    ui = dialog.ui
    qtbot.keyClicks(ui.usernameEdit, "dewi")
    qtbot.keyClicks(ui.fullNameEdit, "Dewi Lestari")
    qtbot.keyClicks(ui.nipEdit, "199001012015032001")
    choose(ui.roleCombo, "cso")
    qtbot.keyClicks(ui.passwordEdit, "sandi-dewi1")
    qtbot.keyClicks(ui.confirmEdit, "sandi-dewi2")
    ok(qtbot, dialog)
    assert "tidak sama" in ui.confirmError.text() and dialog.isVisible()
    assert ui.fullNameEdit.text() == "Dewi Lestari"

    retype(qtbot, ui.confirmEdit, "sandi-dewi1")
    ok(qtbot, dialog)
    assert page.users.dialog is None
    [dewi] = [u for u in users.list_users(office.admin) if u.username == "dewi"]
    assert dewi.role == "cso" and dewi.nip == "199001012015032001" and dewi.active
    assert users.login("dewi", "sandi-dewi1").full_name == "Dewi Lestari"
    settle(qtbot, page)
    assert "dewi" in {u.username for u in page.users.model.rows}


def test_kepala_seksi_without_section_is_refused_beside_the_section(page, qtbot, office):
    click(qtbot, page.users.ui.addButton)
    dialog = page.users.dialog
    ui = dialog.ui
    qtbot.keyClicks(ui.usernameEdit, "joko")
    qtbot.keyClicks(ui.fullNameEdit, "Joko Susilo")
    choose(ui.roleCombo, "kasi")
    assert "wajib" in ui.sectionLabel.text()
    qtbot.keyClicks(ui.passwordEdit, "sandi-joko1")
    qtbot.keyClicks(ui.confirmEdit, "sandi-joko1")
    ok(qtbot, dialog)

    assert ui.sectionError.isVisible()
    assert ui.sectionError.text() == "Kepala Seksi harus memiliki seksi."
    assert dialog.isVisible() and ui.usernameEdit.text() == "joko"
    assert "joko" not in {u.username for u in users.list_users(office.admin)}

    choose(ui.sectionCombo, office.sections["BANK"])
    ok(qtbot, dialog)
    [joko] = [u for u in users.list_users(office.admin) if u.username == "joko"]
    assert joko.role == "kasi" and joko.section_id == office.sections["BANK"]


def test_edit_a_users_role(page, qtbot, office):
    select(page.users.ui.usersView, lambda u: u.username == "rina")
    click(qtbot, page.users.ui.editButton)
    dialog = page.users.dialog
    assert not dialog.ui.passwordEdit.isVisible() and dialog.ui.usernameEdit.isReadOnly()
    choose(dialog.ui.roleCombo, "kakan")
    ok(qtbot, dialog)
    [rina] = [u for u in users.list_users(office.admin) if u.username == "rina"]
    assert rina.role == "kakan"
    settle(qtbot, page)
    row = next(u for u in page.users.model.rows if u.username == "rina")
    assert row.role_label == "Kepala Kantor"


def test_edit_meets_a_change_made_elsewhere(page, qtbot, office, shown_errors):
    select(page.users.ui.usersView, lambda u: u.username == "andi")
    click(qtbot, page.users.ui.editButton)
    dialog = page.users.dialog
    retype(qtbot, dialog.ui.fullNameEdit, "Andi Pratama, S.E.")
    andi = dialog.user
    users.update_user(office.admin, andi.id, full_name="Andi P.", role="cso",
                      expected_version=andi.version)
    ok(qtbot, dialog)

    assert shown_errors and shown_errors[-1][0] == "Data berubah"
    assert dialog.isVisible() and dialog.ui.fullNameEdit.text() == "Andi Pratama, S.E."
    assert "Andi P." in dialog.ui.generalError.text()
    ok(qtbot, dialog)  # saving again, knowingly
    assert next(u for u in users.list_users(office.admin)
                if u.id == andi.id).full_name == "Andi Pratama, S.E."


def test_reset_a_password(page, qtbot, office):
    select(page.users.ui.usersView, lambda u: u.username == "hasan")
    click(qtbot, page.users.ui.passwordButton)
    dialog = page.users.dialog
    assert not dialog.ui.oldPasswordEdit.isVisible()
    qtbot.keyClicks(dialog.ui.newPasswordEdit, "pendek")
    qtbot.keyClicks(dialog.ui.confirmEdit, "pendek")
    ok(qtbot, dialog)
    assert "minimal 8" in dialog.ui.new_passwordError.text()
    retype(qtbot, dialog.ui.newPasswordEdit, "sandi-baru-hasan")
    retype(qtbot, dialog.ui.confirmEdit, "sandi-baru-hasan")
    ok(qtbot, dialog)
    assert page.users.dialog is None
    assert users.login("hasan", "sandi-baru-hasan").username == "hasan"


# --- Seksi & kategori -----------------------------------------------------------------------

def test_add_a_category_with_its_own_target(page, qtbot, office):
    catalog = page.catalog
    assert len(catalog.categories_model.rows) == 16
    click(qtbot, catalog.ui.addCategoryButton)
    dialog = catalog.dialog
    ui = dialog.ui
    assert ui.sortOrderSpin.value() == 17 and "Standar kantor" in ui.minutesSpin.text()
    ok(qtbot, dialog)
    assert ui.nameError.text() == "Nama kategori wajib diisi."

    qtbot.keyClicks(ui.nameEdit, "Konfirmasi setoran MPN")
    choose(ui.sectionCombo, office.sections["BANK"])
    ui.minutesSpin.clear()
    qtbot.keyClicks(ui.minutesSpin, "30")
    ok(qtbot, dialog)
    [added] = [c for c in office_categories() if c.name == "Konfirmasi setoran MPN"]
    assert added.service_minutes == 30 and added.section_id == office.sections["BANK"]
    assert added.sort_order == 17
    settle(qtbot, page)
    row = next(c for c in catalog.categories_model.rows if c.id == added.id)
    assert catalog._target_text(row) == "30 menit" and catalog._section_code(row) == "BANK"


def office_categories():
    return office_service.list_categories(active_only=False)


def test_edit_a_category_back_to_the_office_standard(page, qtbot, office):
    first = office.categories[0]
    office_service.save_category(office.admin, first.name, first.section_id, service_minutes=45,
                         category_id=first.id, sort_order=first.sort_order)
    page.refresh()
    settle(qtbot, page)
    select(page.catalog.ui.categoriesView, lambda c: c.id == first.id)
    click(qtbot, page.catalog.ui.editCategoryButton)
    dialog = page.catalog.dialog
    assert dialog.ui.minutesSpin.value() == 45
    dialog.ui.minutesSpin.setValue(0)
    dialog.ui.activeCheck.setChecked(False)
    ok(qtbot, dialog)
    saved = next(c for c in office_categories() if c.id == first.id)
    assert saved.service_minutes is None and not saved.active


def test_add_a_section_and_refuse_a_duplicate_code(page, qtbot, office):
    click(qtbot, page.catalog.ui.addSectionButton)
    dialog = page.catalog.dialog
    qtbot.keyClicks(dialog.ui.codeEdit, "pdms")
    qtbot.keyClicks(dialog.ui.nameEdit, "Seksi Lain")
    ok(qtbot, dialog)
    assert dialog.ui.codeError.text() == "Kode seksi sudah dipakai."
    assert dialog.ui.nameEdit.text() == "Seksi Lain"
    retype(qtbot, dialog.ui.codeEdit, "mski")
    ok(qtbot, dialog)
    assert "MSKI" in {s.code for s in office_service.list_sections()}


# --- Jam layanan & hari libur ----------------------------------------------------------------

def test_set_weekly_hours(page, qtbot, office):
    editor = page.calendar.editor
    editor.closes[4].setTime(QTime(7, 0))
    click(qtbot, page.calendar.ui.saveHoursButton)
    assert "sesudah jam buka" in editor.ui.hours_4Error.text()
    assert office_service.weekly_hours()[4] == (dt.time(8, 0), dt.time(15, 0))

    editor.closes[4].setTime(QTime(11, 30))
    click(qtbot, editor.checks[5])  # open on Saturday too
    editor.opens[5].setTime(QTime(9, 0))
    editor.closes[5].setTime(QTime(12, 0))
    click(qtbot, page.calendar.ui.saveHoursButton)
    hours = office_service.weekly_hours()
    assert hours[4] == (dt.time(8, 0), dt.time(11, 30))
    assert hours[5] == (dt.time(9, 0), dt.time(12, 0)) and hours[6] is None
    assert office_service.office_calendar().close_of(dt.date(2026, 3, 27)).time() == dt.time(11, 30)
    assert page.calendar.ui.hoursSavedLabel.text() == "Tersimpan."


def test_add_a_closure_and_a_corrected_opening(page, qtbot, office):
    ui = page.calendar.ui
    day = dt.date(2026, 4, 6)
    assert office_service.office_calendar().is_working_day(day)
    ui.closureDayEdit.setDate(qdate(day))
    click(qtbot, ui.addClosureButton)
    assert ui.reasonError.text() == "Alasan wajib diisi."
    qtbot.keyClicks(ui.closureReasonEdit, "Keputusan Kepala Kantor")
    click(qtbot, ui.addClosureButton)
    assert not office_service.office_calendar().is_working_day(day)
    assert office_service.office_calendar().non_working_reason(day) == "Keputusan Kepala Kantor"

    cuti = dt.date(2026, 3, 18)
    ui.closureDayEdit.setDate(qdate(cuti))
    choose(ui.closureKindCombo, "buka")
    qtbot.keyClicks(ui.closureReasonEdit, "Koreksi daftar cuti bersama")
    qtbot.keyClick(ui.closureReasonEdit, Qt.Key.Key_Return)
    finish_work(qtbot)
    assert office_service.office_calendar().is_working_day(cuti)

    settle(qtbot, page)
    assert [c.day for c in page.calendar.closures_model.rows] == [cuti, day]
    select(ui.closuresView, lambda c: c.day == day)
    click(qtbot, ui.removeClosureButton)
    assert office_service.office_calendar().is_working_day(day)


def test_preview_lists_the_cuti_bersama_of_the_year(page, qtbot):
    ui = page.calendar.ui
    ui.yearSpin.setValue(2026)
    settle(qtbot, page)
    texts = page.calendar.preview_texts()
    assert any("Cuti Bersama Hari Suci Nyepi" in t and "Cuti bersama" in t for t in texts)
    assert any(t.startswith("Rab, 18/03/2026") for t in texts)
    assert not any("Libur mingguan" in t for t in texts)
    assert "8 cuti bersama" in ui.previewCountLabel.text()
    click(qtbot, ui.weekendsCheck)
    assert any(t.startswith("Sab, 07/03/2026") and "Libur mingguan" in t
               for t in page.calendar.preview_texts())
    ui.yearSpin.setValue(2025)
    settle(qtbot, page)
    assert all(t.endswith("2025") or "/2025" in t for t in page.calendar.preview_texts())


def test_add_and_remove_hours_for_a_date_range(page, qtbot, office):
    click(qtbot, page.calendar.ui.addOverrideButton)
    dialog = page.calendar.dialog
    ui = dialog.ui
    ui.firstDayEdit.setDate(QDate(2026, 3, 19))
    ui.lastDayEdit.setDate(QDate(2026, 2, 18))
    ok(qtbot, dialog)
    assert "sebelum tanggal awal" in ui.last_dayError.text() and dialog.isVisible()

    ui.firstDayEdit.setDate(QDate(2026, 2, 18))
    ui.lastDayEdit.setDate(QDate(2026, 3, 19))
    for day in range(4):
        dialog.editor.closes[day].setTime(QTime(14, 0))
    dialog.editor.closes[4].setTime(QTime(14, 30))
    qtbot.keyClicks(ui.noteEdit, "Ramadan 1447 H")
    ok(qtbot, dialog)
    [override] = office_service.list_hours_overrides()
    assert override.note == "Ramadan 1447 H"
    assert office_service.office_calendar().close_of(dt.date(2026, 2, 23)).time() == dt.time(14, 0)
    settle(qtbot, page)
    assert hours_summary(page.calendar.overrides_model.rows[0].hours).startswith(
        "Sen–Kam 08:00–14:00; Jum 08:00–14:30")

    select(page.calendar.ui.overridesView, lambda o: o.id == override.id)
    click(qtbot, page.calendar.ui.removeOverrideButton)
    assert office_service.list_hours_overrides() == []


def test_hours_summary_groups_days():
    t = dt.time
    hours = {d: (t(8), t(15)) for d in range(5)} | {5: None, 6: None}
    assert hours_summary(hours) == "Sen–Jum 08:00–15:00; Sab–Min tutup"
    hours[4] = (t(8), t(11, 30))
    assert hours_summary(hours) == "Sen–Kam 08:00–15:00; Jum 08:00–11:30; Sab–Min tutup"


# --- Standar layanan ---------------------------------------------------------------------------

def test_change_the_service_standard(page, qtbot, office):
    show_tab(page, page.standard)
    ui = page.standard.ui
    assert ui.serviceMinutesSpin.value() == 20 and ui.attachmentSpin.value() == 25
    ui.serviceMinutesSpin.clear()
    qtbot.keyClicks(ui.serviceMinutesSpin, "25")
    ui.attachmentSpin.clear()
    qtbot.keyClicks(ui.attachmentSpin, "10")
    click(qtbot, ui.autoPrintCheck)
    click(qtbot, ui.saveStandardButton)
    assert office_service.service_standard().service_minutes == 25
    assert settings.get(settings.ATTACHMENT_MAX_BYTES) == 10 * 1024 * 1024
    assert settings.get(settings.AUTO_PRINT_SLIP) is True
    assert settings.get(settings.SOLUTION_WORKING_DAYS) == 3
    assert ui.standardSavedLabel.text() == "Tersimpan."
    click(qtbot, ui.saveStandardButton)
    assert ui.standardSavedLabel.text() == "Tidak ada perubahan."


def test_empty_standard_reference_is_kept_as_typed(page, qtbot):
    show_tab(page, page.standard)
    ui = page.standard.ui
    retype(qtbot, ui.referenceEdit, "KEP-83/PB/2025")
    page.refresh()  # a reload (e.g. another workstation saved) must not undo the typing
    settle(qtbot, page)
    assert ui.referenceEdit.text() == "KEP-83/PB/2025"
    click(qtbot, ui.saveStandardButton)
    assert office_service.service_standard().standard_reference == "KEP-83/PB/2025"


# --- Profil kantor -----------------------------------------------------------------------------

def test_office_profile_bad_code_is_shown_beside_it(page, qtbot, office):
    show_tab(page, page.profile)
    form = page.profile.form.ui
    retype(qtbot, form.codeEdit, "12")
    retype(qtbot, form.phoneEdit, "0422 21234")
    click(qtbot, page.profile.ui.saveButton)
    assert "3 digit" in form.codeError.text() and form.codeError.isVisible()
    assert form.codeEdit.text() == "12" and form.phoneEdit.text() == "0422 21234"
    assert office_service.get_office().code == "121"


def test_office_profile_conflict_keeps_what_was_typed(page, qtbot, office, shown_errors):
    show_tab(page, page.profile)
    form = page.profile.form.ui
    retype(qtbot, form.phoneEdit, "0422 21234")
    retype(qtbot, form.headNameEdit, "Andi Wijaya")
    elsewhere = office_service.get_office()
    office_service.save_office(office.admin, dataclasses.replace(
        elsewhere, website="https://kppn-majene.example.id", head_name="Budi Hartono"))
    click(qtbot, page.profile.ui.saveButton)

    assert shown_errors and shown_errors[-1][0] == "Data berubah"
    assert form.phoneEdit.text() == "0422 21234" and form.headNameEdit.text() == "Andi Wijaya"
    assert form.websiteEdit.text() == "https://kppn-majene.example.id"  # their change, taken in
    notice = page.profile.ui.noticeLabel
    assert notice.isVisible() and "Situs web" in notice.text() and "kepala kantor" in notice.text()
    assert office_service.get_office().phone == elsewhere.phone

    click(qtbot, page.profile.ui.saveButton)
    saved = office_service.get_office()
    assert saved.phone == "0422 21234" and saved.head_name == "Andi Wijaya"
    assert saved.website == "https://kppn-majene.example.id"
    assert page.profile.ui.savedLabel.text() == "Profil kantor tersimpan."
    assert not notice.isVisible()


def test_a_reload_does_not_overwrite_the_profile_being_edited(page, qtbot, office):
    show_tab(page, page.profile)
    form = page.profile.form.ui
    retype(qtbot, form.cityEdit, "Polewali")
    page.session.changed()
    settle(qtbot, page)
    assert form.cityEdit.text() == "Polewali"
    click(qtbot, page.profile.ui.reloadButton)
    settle(qtbot, page)
    assert form.cityEdit.text() == "Majene"


def test_a_closure_for_a_past_day_recounts_the_clocks_it_touched(page, qtbot, office):
    from kppn_desktop.services import consultations, queries
    from tests.services.helpers import take, wita

    [c] = take(office, wita(2026, 3, 10, 14, 50)).consultations       # Tuesday, 10 minutes left
    c = consultations.resolve(office.cso, c.id, "Dijawab.", expected_version=c.version,
                              at=wita(2026, 3, 11, 9, 0))               # Wednesday 09:00: late
    assert c.service_met is False
    ui = page.calendar.ui
    ui.closureDayEdit.setDate(qdate(dt.date(2026, 3, 11)))
    qtbot.keyClicks(ui.closureReasonEdit, "Banjir; kantor tutup (dicatat kemudian)")
    click(qtbot, ui.addClosureButton)
    qtbot.waitUntil(lambda: not page.calendar.recounting, timeout=10000)
    finish_work(qtbot)
    assert queries.summary_of(c.id).service_met is True
    label = page.calendar.recountLabel
    assert not label.isHidden() and "1 dari 1 konsultasi dikoreksi" in label.text()
