"""Opens every page of every role, the consultation window and its dialogs, the login and the
setup wizard in a real window on the screen it is given, and prints (JSON) what does not fit:
a horizontal scroll bar on a page, a label cut off, a field narrower than its content needs.

Run by ``tests/gui/test_layout.py`` under Xvfb at 1366x768 and 1920x1080:
``python -m tests.gui.layout_probe DB_URL``."""

from __future__ import annotations

import datetime as dt
import json
import sys

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QWidget,
)

#: A field this many pixels narrower than its minimum still shows its content.
SLACK = 2


def settle(app) -> None:
    for _ in range(5):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def problems_in(where: str, root: QWidget) -> list[str]:
    found = []
    for area in root.findChildren(QScrollArea):
        if area.isVisible() and area.widget() is not None and area.widgetResizable():
            need, have = area.widget().minimumSizeHint().width(), area.viewport().width()
            if need > have + SLACK:
                found.append(f"{where}: {area.objectName() or 'scroll area'} needs {need} px, "
                             f"has {have} (horizontal scroll bar)")
    for label in root.findChildren(QLabel):
        if (label.isVisible() and label.text() and not label.wordWrap()
                and not isinstance(label.parentWidget(), QAbstractScrollArea)
                and label.width() + SLACK < label.minimumSizeHint().width()):
            found.append(f"{where}: label {label.objectName() or label.text()[:30]!r} cut off "
                         f"({label.width()} of {label.minimumSizeHint().width()} px)")
    for field in [*root.findChildren(QLineEdit), *root.findChildren(QComboBox)]:
        if field.isVisible() and field.width() + SLACK < field.minimumSizeHint().width() \
                and not isinstance(field.parentWidget(), QComboBox):
            found.append(f"{where}: field {field.objectName()} narrower than its content "
                         f"({field.width()} of {field.minimumSizeHint().width()} px)")
    return found


def probe(db_url: str) -> list[str]:
    from kppn_desktop.gui.startup.app import make_application

    app = make_application(["layout-probe"])
    from kppn_desktop.gui.consultation.window import ConsultationWindow
    from kppn_desktop.gui.shell.login import LoginDialog
    from kppn_desktop.gui.shell.main_window import MainWindow
    from kppn_desktop.gui.shell.setup_wizard import ADMIN_PAGE, SetupWizard
    from kppn_desktop.gui.startup.session import Session
    from kppn_desktop.gui.widgets.geometry import FRAME_HEIGHT
    from kppn_desktop.services import consultations, office, system, users
    from kppn_desktop.services.records import QuestionInput
    from kppn_desktop.services.stakeholders import StakeholderInput

    system.open_database(db_url)
    found: list[str] = []

    wizard = SetupWizard()
    wizard.show()
    settle(app)
    found += problems_in("setup wizard, profile", wizard)
    wizard.ui.nextButton.click()
    settle(app)
    assert wizard.page == ADMIN_PAGE
    found += problems_in("setup wizard, administrator", wizard)
    wizard.close()

    admin = office.setup_office(office.OfficeProfile(), admin_username="admin",
                                admin_full_name="Administrator Kantor", admin_password="sandi-admin")
    sections = {s.code: s.id for s in office.list_sections()}
    for username, role, section in (("rina", "cso", None), ("budi", "kasi", "PDMS"),
                                    ("hasan", "kakan", None)):
        users.add_user(admin, username, username.title(), role, "sandi-" + username,
                       section_id=sections.get(section))
    actors = {u: users.login(u, "sandi-" + u) for u in ("rina", "budi", "hasan")}
    actors["admin"] = admin
    category = office.list_categories()[0]
    visit = consultations.take_consultation(
        actors["rina"], channel="tatap_muka",
        questions=[QuestionInput(category.id, "SPM LS ditolak karena data supplier belum sesuai.")],
        stakeholder=StakeholderInput(name="Nurhayati Saleh", kind="satker_kl",
                                     role="bendahara_pengeluaran", kode_satker="019385",
                                     satker_name="Kantor Kementerian Agama Kabupaten Majene",
                                     kode_ba="025", phone="081244556677"),
        at=dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=5))
    consultation_id = visit.consultations[0].id

    login = LoginDialog("KPPN Majene")
    login.show()
    settle(app)
    found += problems_in("login", login)
    login.close()

    for name, actor in actors.items():
        session = Session(actor, "probe")
        window = MainWindow(session)
        window.leave_confirmed = True
        # Maximised as a desk runs it (Xvfb has no window manager to do it: the screen's area
        # less a title bar).
        area = window.screen().availableGeometry()
        window.setGeometry(area.x(), area.y() + FRAME_HEIGHT, area.width(),
                           area.height() - FRAME_HEIGHT)
        window.show()
        settle(app)
        for key in list(window.pages._specs):
            page = window.show_page(key)
            settle(app)
            tabs = page.findChildren(QTabWidget)
            if tabs:
                for index in range(tabs[0].count()):
                    tabs[0].setCurrentIndex(index)
                    settle(app)
                    found += problems_in(f"{name}: {key}, tab {tabs[0].tabText(index)}", window)
            else:
                found += problems_in(f"{name}: {key}", window)
        if name == "rina":
            consultation = ConsultationWindow(session, consultation_id, window)
            consultation.show()
            for _ in range(50):
                settle(app)
                if consultation.detail is not None:
                    break
                session.runner.wait(100)
            settle(app)
            found += problems_in("consultation window", consultation)
            for code in consultation.offered_actions():
                dialog = consultation.open_action(code)
                if dialog is None:
                    continue
                settle(app)
                found += problems_in(f"dialog {code}", dialog)
                dialog.reject()
            consultation.close()
        window.close()
        session.close()
        settle(app)
    return found


if __name__ == "__main__":
    print(json.dumps(probe(sys.argv[1]), ensure_ascii=False, indent=1))
