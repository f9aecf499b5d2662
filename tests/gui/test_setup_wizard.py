"""The first-run wizard on an empty database, driven through its widgets; what it stored is checked
through the services."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kppn_desktop.gui.shell.setup_wizard import ADMIN_PAGE, PROFILE_PAGE, SetupWizard
from kppn_desktop.services import office, users
from tests.gui.conftest import finish_work


@pytest.fixture
def wizard(database, qtbot):
    widget = SetupWizard()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finish_work(qtbot)          # the office is set up on a worker


def retype(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_profile_is_prefilled_with_kppn_majene(wizard):
    form = wizard.profile_form.ui
    default = office.OfficeProfile()
    assert form.codeEdit.text() == default.code == "121"
    assert form.nameEdit.text() == "KPPN Majene"
    assert form.timezoneCombo.currentText() == "Asia/Makassar"
    assert form.zoneAbbrevLabel.text() == "WITA"
    assert form.websiteEdit.text() == default.website
    assert wizard.page == PROFILE_PAGE and not wizard.ui.finishButton.isVisible()


def test_wizard_sets_up_office_and_first_administrator(wizard, qtbot):
    ui = wizard.ui
    assert office.needs_setup()
    qtbot.keyClicks(wizard.profile_form.ui.headNameEdit, "Andi Wijaya")
    click(qtbot, ui.nextButton)
    assert wizard.page == ADMIN_PAGE and ui.finishButton.isVisible()
    assert not wizard.usernameNote.isVisible()
    qtbot.keyClicks(ui.usernameEdit, "Admin")
    # Lower-cased as typed, and said so beside the field.
    assert ui.usernameEdit.text() == "admin" and wizard.usernameNote.isVisible()
    qtbot.keyClicks(ui.fullNameEdit, "Admin Kantor")
    qtbot.keyClicks(ui.passwordEdit, "rahasia-admin")
    qtbot.keyClicks(ui.confirmEdit, "rahasia-admn")
    click(qtbot, ui.finishButton)

    assert "tidak sama" in ui.confirmError.text() and ui.confirmError.isVisible()
    assert ui.passwordEdit.text() == "rahasia-admin" and ui.usernameEdit.text() == "admin"
    assert office.needs_setup() and wizard.result() != QDialog.DialogCode.Accepted

    # Going back and forth loses nothing.
    click(qtbot, ui.backButton)
    assert wizard.profile_form.ui.headNameEdit.text() == "Andi Wijaya"
    click(qtbot, ui.nextButton)
    assert ui.fullNameEdit.text() == "Admin Kantor"

    retype(qtbot, ui.confirmEdit, "rahasia-admin")
    click(qtbot, ui.finishButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert not office.needs_setup()
    actor = users.login("admin", "rahasia-admin")
    assert actor.role == "admin" and actor.full_name == "Admin Kantor"
    assert wizard.admin.user_id == actor.user_id
    profile = office.get_office()
    assert profile.name == "KPPN Majene" and profile.head_name == "Andi Wijaya"
    assert len(office.list_categories()) == len(office.DEFAULT_CATEGORIES)


def test_bad_kode_kppn_is_shown_beside_the_field_and_nothing_is_lost(wizard, qtbot):
    form = wizard.profile_form.ui
    retype(qtbot, form.codeEdit, "12")
    retype(qtbot, form.cityEdit, "Mamuju")
    qtbot.keyClicks(form.headNipEdit, "198503302003121002")
    click(qtbot, wizard.ui.nextButton)

    assert wizard.page == PROFILE_PAGE
    assert form.codeError.isVisible() and "3 digit" in form.codeError.text()
    assert form.codeEdit.text() == "12" and form.cityEdit.text() == "Mamuju"
    assert form.headNipEdit.text() == "198503302003121002"
    assert form.nameEdit.text() == "KPPN Majene"

    retype(qtbot, form.codeEdit, "121")
    qtbot.keyClick(form.codeEdit, Qt.Key.Key_Return)  # Enter goes on, like Lanjut
    assert wizard.page == ADMIN_PAGE and not form.codeError.isVisible()


def test_profile_mistakes_found_at_finish_send_the_user_back(wizard, qtbot):
    form, ui = wizard.profile_form.ui, wizard.ui
    click(qtbot, ui.nextButton)
    for edit, text in ((ui.usernameEdit, "admin"), (ui.fullNameEdit, "Admin Kantor"),
                       (ui.passwordEdit, "rahasia-admin"), (ui.confirmEdit, "rahasia-admin")):
        qtbot.keyClicks(edit, text)
    click(qtbot, ui.backButton)
    form.timezoneCombo.setEditText("Asia/Atlantis")
    wizard._go(ADMIN_PAGE)  # as if Lanjut had been pressed before the zone was spoiled
    click(qtbot, ui.finishButton)
    assert wizard.page == PROFILE_PAGE and "Zona waktu" in form.timezoneError.text()
    assert office.needs_setup() and ui.passwordEdit.text() == "rahasia-admin"


def test_service_messages_for_the_administrator_go_beside_its_fields(wizard, qtbot):
    ui = wizard.ui
    click(qtbot, ui.nextButton)
    qtbot.keyClicks(ui.usernameEdit, "Admin Kantor")
    qtbot.keyClicks(ui.passwordEdit, "pendek")
    qtbot.keyClicks(ui.confirmEdit, "pendek")
    click(qtbot, ui.finishButton)
    assert "huruf kecil" in ui.usernameError.text()
    assert "Nama lengkap wajib" in ui.full_nameError.text()
    assert "minimal 8" in ui.passwordError.text()
    assert ui.usernameEdit.text() == "admin kantor" and ui.passwordEdit.text() == "pendek"
    assert office.needs_setup()
