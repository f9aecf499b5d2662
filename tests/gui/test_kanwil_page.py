"""The Kanwil's page: a Pemantau Kanwil starts at it; it ranks the KPPNs of a period with the
figures each KPPN's own report gives, lists the escalations past their deadline across them,
and saves the report as PDF and XLSX (gui/pages/kanwil.py)."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt

from kppn_desktop.gui.pages.kanwil import KanwilPage
from kppn_desktop.gui.shell.main_window import MainWindow
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import office as office_service
from kppn_desktop.services import reports, users
from kppn_desktop.services.records import QuestionInput
from kppn_desktop.storage.models import Office
from tests.services.helpers import bendahara, wita

MARCH = (wita(2026, 3, 1).date(), wita(2026, 3, 31).date())


@pytest.fixture
def region(office):
    """Kanwil Sulbar over the test office (121) and KPPN Mamuju (122): three consultations in
    121, one escalated in 122 whose three working days have long passed."""
    kanwil = office_service.add_office_unchecked(
        office_service.OfficeProfile(code="900", name="Kanwil DJPb Sulawesi Barat"), kind="kanwil")
    Office.update(parent=kanwil.id).where(Office.code == "121").execute()
    mamuju = office_service.add_office_unchecked(
        office_service.OfficeProfile(code="122", name="KPPN Mamuju"), parent_id=kanwil.id)
    users.create_user_unchecked("cso.b", "Cso Mamuju", "cso", "sandi-cso.b", office_id=mamuju.id)
    users.create_user_unchecked("pemantau", "Pemantau", "kanwil", "sandi-pemantau",
                                office_id=kanwil.id)
    cso_b = users.login("cso.b", "sandi-cso.b")
    for i in range(3):
        svc.take_consultation(office.cso, channel="tatap_muka", stakeholder=bendahara(),
                              questions=[QuestionInput(office.categories[0].id, f"SPM {i}")],
                              at=wita(2026, 3, 10 + i, 9, 0))
    sections = {s.code: s.id for s in office_service.list_sections(office_id=mamuju.id)}
    categories = office_service.list_categories(office_id=mamuju.id)
    [c] = svc.take_consultation(cso_b, channel="tatap_muka", stakeholder=bendahara(name="Rahmat"),
                                questions=[QuestionInput(categories[0].id, "Rekening berubah")],
                                at=wita(2026, 3, 10, 9, 0)).consultations
    svc.escalate(cso_b, c.id, section_id=sections["PDMS"], reason="Perlu Kasi",
                 contact_person="Rahmat", contact_phone="081244556677",
                 expected_version=c.version, at=wita(2026, 3, 10, 9, 10))
    return users.login("pemantau", "sandi-pemantau"), mamuju


def test_a_pemantau_kanwil_starts_at_the_consolidated_report(qtbot, make_session, region):
    window = MainWindow(make_session(region[0]))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "leave_confirmed", True))
    titles = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    assert titles == ["Perpustakaan", "Laporan gabungan"]     # the national regulations too
    assert isinstance(window.ui.pages.currentWidget(), KanwilPage)
    # No desk, so no consultation menu; its shortcuts do nothing (the search one opened the
    # list of consultations, which a Kanwil has not: a KeyError).
    assert not window.ui.menuConsultation.menuAction().isVisible()
    window.ui.actionSearch.trigger()
    window.ui.actionNew.trigger()
    assert isinstance(window.ui.pages.currentWidget(), KanwilPage)


def test_the_page_ranks_the_kppns_and_lists_their_overdue_escalations(
        qtbot, make_session, region, office, tmp_path, monkeypatch):
    watcher, mamuju = region
    session = make_session(watcher)
    page = KanwilPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    # Before any report: the escalations past their deadline now, across the KPPNs.
    qtbot.waitUntil(lambda: page.overdue_model.rows != [], timeout=10000)
    assert [r.office_code for r in page.overdue_model.rows] == ["122"]
    page.ui.fromEdit.setDate(page.ui.fromEdit.date().fromString("01/03/2026", "dd/MM/yyyy"))
    page.ui.toEdit.setDate(page.ui.toEdit.date().fromString("31/03/2026", "dd/MM/yyyy"))
    assert page.period() == MARCH
    qtbot.mouseClick(page.ui.makeButton, Qt.MouseButton.LeftButton)
    # (This month's report, made when the page was first shown, may come first.)
    qtbot.waitUntil(lambda: page.report is not None and page.report.period_start == MARCH[0],
                    timeout=20000)
    rows = page.ranking_model.rows
    assert [r.code for r in rows] and {r.code for r in rows} == {"121", "122"}
    own = {r.code: r.figures for r in rows}
    # Each KPPN's figures are those of its own service report.
    for code, office_id in (("121", office.admin.office_id), ("122", mamuju.id)):
        mine = reports.service_report(None, *MARCH, office_id=office_id)
        assert (own[code].total, own[code].escalated) == (mine.total, mine.escalated)
    assert own["121"].total == 3 and own["122"].escalated == 1
    assert "4 konsultasi" in page.ui.summaryLabel.text()
    assert [r.office_code for r in page.overdue_model.rows] == ["122"]
    assert page.ui.printButton.isEnabled() and page.pdf.startswith(b"%PDF")

    saved = {}
    monkeypatch.setattr("kppn_desktop.gui.printing.preview.save_file",
                        lambda owner, data, name, filters: saved.setdefault(name, data))
    page.ui.xlsxButton.click()
    qtbot.waitUntil(lambda: len(saved) == 1, timeout=10000)
    page.ui.savePdfButton.click()
    assert set(saved) == {"laporan-gabungan-20260301-20260331.xlsx",
                          "laporan-gabungan-20260301-20260331.pdf"}
    import openpyxl
    book = openpyxl.load_workbook(io.BytesIO(saved["laporan-gabungan-20260301-20260331.xlsx"]))
    text = " ".join(str(c.value) for ws in book for row in ws.iter_rows() for c in row if c.value)
    assert "KPPN Mamuju" in text


def test_the_page_opens_with_this_month_s_report(qtbot, make_session, region):
    """A Kanwil user starts at this page: it shows this month's ranking of its KPPNs without a
    click, dated by the Kanwil's own zone."""
    page = KanwilPage(make_session(region[0]))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    today = page.picker.today()
    assert (page.report.period_start, page.report.period_end) == (today.replace(day=1), today)
    assert {r.code for r in page.ranking_model.rows} == {"121", "122"}
    assert page.ui.summaryLabel.text() and page.ui.makeButton.isEnabled()
    assert page.ui.printButton.isEnabled()
    # Only once: hidden and shown again, the page keeps what it shows.
    first = page.report
    page.hide()
    page.show()
    qtbot.wait(200)
    assert page.report is first and page._asked == 1


def test_the_report_shown_is_the_latest_asked_for(qtbot, make_session, region, monkeypatch):
    """Asked for March and then April while March is still being made: March, arriving last,
    is not shown over April."""
    import time

    from kppn_desktop.services import kanwil

    made = kanwil.consolidated_report

    def slow_march(actor, first, last, now=None):
        if first == MARCH[0]:
            time.sleep(1.0)
        return made(actor, first, last, now)

    monkeypatch.setattr(kanwil, "consolidated_report", slow_march)
    page = KanwilPage(make_session(region[0]))
    qtbot.addWidget(page)
    page._first_report_due = False          # only the two asked for below
    page.show()
    for first, last in (("01/03/2026", "31/03/2026"), ("01/04/2026", "30/04/2026")):
        page.ui.fromEdit.setDate(page.ui.fromEdit.date().fromString(first, "dd/MM/yyyy"))
        page.ui.toEdit.setDate(page.ui.toEdit.date().fromString(last, "dd/MM/yyyy"))
        qtbot.mouseClick(page.ui.makeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    assert page.report.period_start.month == 4
    qtbot.wait(1500)                        # March has arrived by now, and was dropped
    assert page.report.period_start.month == 4 and page.ui.summaryLabel.text().startswith("<b>")


def test_an_end_before_the_start_is_said_beside_the_field(qtbot, make_session, region):
    page = KanwilPage(make_session(region[0]))
    qtbot.addWidget(page)
    page.show()
    page.ui.fromEdit.setDate(page.ui.fromEdit.date().fromString("31/03/2026", "dd/MM/yyyy"))
    page.ui.toEdit.setDate(page.ui.toEdit.date().fromString("01/03/2026", "dd/MM/yyyy"))
    page.make_report()
    assert page.ui.date_toError.text() and page.report is None


def test_a_kanwil_s_administrator_has_no_desk_s_tabs_or_pages(qtbot, make_session, region, office):
    """Sections and categories, the service standard and the consultations' personal data are a
    KPPN's: a Kanwil's administrator sees its users, calendar and profile only."""
    from kppn_desktop.gui.pages.admin import AdminPage

    kanwil_id = region[0].office_id
    users.create_user_unchecked("admin.kw", "Dewi Lestari", "admin", "sandi-admin.kw",
                                office_id=kanwil_id)
    shown = {}
    for who, actor in (("kanwil", users.login("admin.kw", "sandi-admin.kw")),
                       ("kppn", office.admin)):
        page = AdminPage(make_session(actor))
        qtbot.addWidget(page)
        tabs = page.ui.tabs
        shown[who] = [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    assert len(shown["kppn"]) == 6
    assert shown["kanwil"] == [shown["kppn"][i] for i in (0, 2, 4)]
    # Nor its desk's pages: no consultations, no report of its own, no consultation menu.
    window = MainWindow(make_session(users.login("admin.kw", "sandi-admin.kw")))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "leave_confirmed", True))
    titles = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    assert titles == ["Perpustakaan", "Administrasi"]
    assert not window.ui.menuConsultation.menuAction().isVisible()
