"""Two KPPNs in one database, seen from their desks: each desk's pages read its own office's
categories, sections, calendar, stakeholders and consultations, never the first office's (the
services scope by the actor; these are the screens' own reads, which name the office)."""

from __future__ import annotations

import pytest

from kppn_desktop.gui.pages.admin_catalog import CatalogTab
from kppn_desktop.gui.pages.intake import IntakePage
from kppn_desktop.gui.pages.queue import QueuePage
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import office as office_service
from kppn_desktop.services import users
from kppn_desktop.services.records import QuestionInput
from tests.services.helpers import bendahara, wita


@pytest.fixture
def mamuju(office):
    """KPPN Mamuju beside the test office, with a category of its own and a consultation."""
    info = office_service.add_office_unchecked(
        office_service.OfficeProfile(code="122", name="KPPN Mamuju", city="Mamuju"))
    for username, role in (("admin.b", "admin"), ("cso.b", "cso")):
        users.create_user_unchecked(username, username.title(), role, "sandi-" + username,
                                    office_id=info.id)
    admin, cso = (users.login(u, "sandi-" + u) for u in ("admin.b", "cso.b"))
    office_service.save_category(admin, "Khusus Mamuju", None)
    category = next(c for c in office_service.list_categories(office_id=info.id)
                    if c.name == "Khusus Mamuju")
    svc.take_consultation(cso, channel="tatap_muka", stakeholder=bendahara(name="Rahmat Mamuju"),
                          questions=[QuestionInput(category.id, "Rekening supplier Mamuju.")],
                          at=wita(2026, 3, 17, 9, 0))
    mine = office.cso
    svc.take_consultation(mine, channel="tatap_muka", stakeholder=bendahara(name="Nurhayati Majene"),
                          questions=[QuestionInput(office.categories[0].id, "SPM Majene.")],
                          at=wita(2026, 3, 17, 9, 30))
    return admin, cso


def _shown(widget, qtbot, make_session, actor):
    session = make_session(actor)
    page = widget(session)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page, session


@pytest.mark.parametrize("whose", ["mamuju", "majene"])
def test_each_desk_reads_its_own_office(qtbot, make_session, office, mamuju, whose):
    cso = mamuju[1] if whose == "mamuju" else office.cso
    intake, _ = _shown(IntakePage, qtbot, make_session, cso)
    qtbot.waitUntil(lambda: bool(intake.categories), timeout=10000)
    names = {c.name for c in intake.categories}
    assert ("Khusus Mamuju" in names) == (whose == "mamuju")

    queue, session = _shown(QueuePage, qtbot, make_session, cso)
    queue.ui.allButton.click()
    qtbot.waitUntil(lambda: queue.model.rowCount() > 0, timeout=10000)
    session.runner.wait()
    listed = {queue.model.summary(r).stakeholder for r in range(queue.model.rowCount())
              if queue.model.summary(r) is not None}
    assert listed == ({"Rahmat Mamuju"} if whose == "mamuju" else {"Nurhayati Majene"})

    qtbot.keyClicks(intake.ui.searchEdit, "Rahmat")
    qtbot.waitUntil(lambda: "Mencari" not in intake.ui.searchStatusLabel.text(), timeout=10000)
    intake.stakeholder.search_now()
    qtbot.waitUntil(lambda: "Mencari" not in intake.ui.searchStatusLabel.text(), timeout=10000)
    found = intake.ui.resultsList.count()
    assert (found > 0) == (whose == "mamuju")


def test_the_administrator_s_catalogue_is_the_office_s_own(qtbot, make_session, office, mamuju):
    names = {}
    for who, actor in (("mamuju", mamuju[0]), ("majene", office.admin)):
        tab, _session = _shown(CatalogTab, qtbot, make_session, actor)
        tab.refresh()
        qtbot.waitUntil(lambda tab=tab: bool(tab.categories_model.rows), timeout=10000)
        names[who] = {c.name for c in tab.categories_model.rows}
    assert "Khusus Mamuju" in names["mamuju"] and "Khusus Mamuju" not in names["majene"]
