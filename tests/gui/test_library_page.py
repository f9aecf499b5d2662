"""The Perpustakaan page: a Kepala Seksi imports files (progress on the worker; a refused batch
names each file and imports nothing), marks a regulation revoked, and keeps the FAQ; a CSO
searches with filters and sees no management controls."""

from __future__ import annotations

import pytest

from kppn_desktop.gui.pages.library import LibraryPage
from kppn_desktop.storage.models import FaqEntry, FaqRevision, Regulation
from tests import library_files as files
from tests.gui.conftest import finish_work


def _page(qtbot, session) -> LibraryPage:
    page = LibraryPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    finish_work(qtbot)
    return page


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "peraturan"
    d.mkdir()
    (d / "pmk62.pdf").write_bytes(files.pdf(files.PMK_62))
    (d / "per7.docx").write_bytes(files.docx(files.PER_SAKTI))
    return d


def test_kasi_imports_a_folder_then_revokes_and_keeps_the_faq(qtbot, office, kasi_session,
                                                              folder):
    page = _page(qtbot, kasi_session)
    assert not page.ui.importFilesButton.isHidden() and not page.ui.faqBox.isHidden()
    page.choose_folder = lambda: [str(folder)]
    page.ui.tabs.setCurrentWidget(page.ui.regulationsTab)
    qtbot.mouseClick(page.ui.importFolderButton, qtbot_left())
    assert not page.ui.importFolderButton.isEnabled()          # while the worker imports
    qtbot.waitUntil(lambda: page.ui.regulationsTable.rowCount() == 2, timeout=10000)
    assert "2 peraturan (5 pasal) diimpor" in page.ui.importMessage.text()
    assert page.ui.importProgress.isHidden() and page.ui.importFolderButton.isEnabled()
    assert page.ui.regulationsTable.item(1, 0).text() == "PMK 62 Tahun 2023"  # newest first

    # the same folder again: refused, each file named, nothing added
    qtbot.mouseClick(page.ui.importFolderButton, qtbot_left())
    qtbot.waitUntil(lambda: "Tidak ada yang diimpor" in page.ui.importMessage.text(),
                    timeout=10000)
    assert "pmk62.pdf: berkas ini sudah pernah diimpor" in page.ui.importMessage.text()
    assert Regulation.select().count() == 2

    # PER-7 revoked by PMK 62
    page.ui.regulationsTable.selectRow(0)
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("dicabut"))
    page.ui.replacedByCombo.setCurrentIndex(page.ui.replacedByCombo.findText("PMK 62 Tahun 2023"))
    qtbot.mouseClick(page.ui.saveStatusButton, qtbot_left())
    qtbot.waitUntil(lambda: "diganti PMK 62" in page.ui.regulationsTable.item(0, 2).text(),
                    timeout=5000)

    # an FAQ entry resting on a PMK article, then edited: its history keeps the first answer
    page.ui.tabs.setCurrentWidget(page.ui.faqTab)
    qtbot.keyClicks(page.ui.questionEdit, "Berapa lama SP2D terbit?")
    qtbot.keyClicks(page.ui.answerEdit, "Paling lambat satu jam.")
    qtbot.keyClicks(page.ui.citationsEdit, "PMK 62 Tahun 2023 Pasal 99")
    qtbot.mouseClick(page.ui.saveFaqButton, qtbot_left())
    qtbot.waitUntil(lambda: page.ui.articlesError.isVisible(), timeout=5000)
    assert "PMK 62 Tahun 2023 Pasal 99" in page.ui.articlesError.text()
    assert FaqEntry.select().count() == 0
    page.ui.citationsEdit.setText("pmk 62 tahun 2023 pasal 12")
    qtbot.mouseClick(page.ui.saveFaqButton, qtbot_left())
    qtbot.waitUntil(lambda: page.ui.faqTable.rowCount() == 1, timeout=5000)
    assert page.ui.faqTable.item(0, 2).text() == "PMK 62 Tahun 2023 Pasal 12"
    page.ui.answerEdit.setPlainText("Satu jam setelah SPM lengkap.")
    qtbot.mouseClick(page.ui.saveFaqButton, qtbot_left())
    qtbot.waitUntil(lambda: "versi 2" in page.ui.faqBox.title(), timeout=5000)
    assert [r.answer for r in FaqRevision.select()] == ["Paling lambat satu jam."]
    finish_work(qtbot)


def test_cso_searches_with_filters_and_cannot_manage(qtbot, office, cso_session, folder):
    from kppn_desktop.services.library_import import import_paths

    import_paths(office.kasi, [folder])
    page = _page(qtbot, cso_session)
    assert page.ui.importFilesButton.isHidden()
    assert page.ui.faqBox.isHidden() and page.ui.statusBox.isHidden()
    qtbot.keyClicks(page.ui.searchEdit, "kartu kredit")
    qtbot.waitUntil(lambda: bool(page.results.hits), timeout=5000)
    assert page.results.hits[0].citation.startswith("PER-7/PB/2024")
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findText("FAQ"))
    qtbot.waitUntil(lambda: page.results.hits == [], timeout=5000)
    finish_work(qtbot)


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_good_past_answer_becomes_an_faq_entry(qtbot, office, kasi_session):
    from PySide6.QtCore import QUrl

    from kppn_desktop.services import consultations as svc
    from tests.services.helpers import take, wita

    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    svc.resolve(office.cso, c.id, "Perbaiki data supplier di SAKTI lalu ajukan ulang SPM.",
                expected_version=None, at=wita(2026, 3, 17, 9, 10))
    page = _page(qtbot, kasi_session)
    qtbot.keyClicks(page.ui.searchEdit, "data supplier")
    qtbot.waitUntil(lambda: bool(page.results.hits), timeout=5000)
    assert "Jadikan FAQ" in page.results.browser.toPlainText()
    page.results.browser.anchorClicked.emit(QUrl("faq:0"))
    assert page.ui.tabs.currentWidget() is page.ui.faqTab
    assert page.ui.questionEdit.toPlainText().startswith("SPM LS ditolak")
    assert page.ui.answerEdit.toPlainText() == "Perbaiki data supplier di SAKTI lalu ajukan ulang SPM."
    qtbot.mouseClick(page.ui.saveFaqButton, qtbot_left())
    qtbot.waitUntil(lambda: page.ui.faqTable.rowCount() == 1, timeout=5000)
    assert FaqEntry.get().source_id == c.id
    finish_work(qtbot)


def test_kasi_deactivates_an_faq_entry_and_activates_it_again(qtbot, office, kasi_session):
    from kppn_desktop.services import library

    faq = library.save_faq(office.kasi, None, question="Bagaimana reset OTP SAKTI?",
                           answer="Ajukan reset melalui admin SAKTI satker.")
    page = _page(qtbot, kasi_session)
    page.ui.tabs.setCurrentWidget(page.ui.faqTab)
    assert not page.ui.activeFaqButton.isEnabled()           # nothing chosen yet
    page.ui.faqTable.selectRow(0)
    assert page.ui.activeFaqButton.text() == "Nonaktif&kan"
    qtbot.mouseClick(page.ui.activeFaqButton, qtbot_left())
    qtbot.waitUntil(lambda: page.ui.faqTable.item(0, 4).text() == "nonaktif", timeout=5000)
    assert "dinonaktifkan" in page.ui.faqMessage.text()
    assert not FaqEntry.get_by_id(faq.id).active
    assert library.search(office.cso, "reset OTP", kinds=("faq",)) == []
    # still listed; read, not edited, until activated again
    page.ui.faqTable.selectRow(0)
    assert page.ui.activeFaqButton.text() == "Aktifkan &kembali"
    assert not page.ui.saveFaqButton.isEnabled() and page.ui.answerEdit.isReadOnly()
    assert "nonaktif" in page.ui.faqBox.title()
    qtbot.mouseClick(page.ui.activeFaqButton, qtbot_left())
    qtbot.waitUntil(lambda: page.ui.faqTable.item(0, 4).text() == "aktif", timeout=5000)
    assert FaqEntry.get_by_id(faq.id).active
    assert [h.citation for h in library.search(office.cso, "reset OTP", kinds=("faq",))] == [
        f"FAQ {faq.id}"]
    finish_work(qtbot)


def test_kasi_sets_the_categories_a_regulation_serves(qtbot, office, kasi_session, folder):
    from PySide6.QtCore import Qt

    from kppn_desktop.services import library
    from kppn_desktop.services.library_import import import_paths

    import_paths(office.kasi, [folder])
    page = _page(qtbot, kasi_session)
    page.ui.tabs.setCurrentWidget(page.ui.regulationsTab)
    assert not page.ui.categoryBox.isEnabled()              # no regulation chosen
    page.ui.regulationsTable.selectRow(0)                    # PER-7/PB/2024
    box = page.ui.categoryList
    assert box.count() == len(office.categories) and page.ui.categoryBox.isEnabled()
    wanted = office.categories[1]
    item = next(box.item(i) for i in range(box.count()) if box.item(i).text() == wanted.name)
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.ui.saveCategoriesButton, qtbot_left())
    qtbot.waitUntil(lambda: page.ui.regulationsTable.item(0, 4).text() == wanted.name,
                    timeout=5000)
    per = Regulation.get(Regulation.kind == "PER")
    hits = library.search(office.cso, "kartu kredit", category_id=wanted.id)
    assert hits and all(h.citation.startswith("PER-7/PB/2024") for h in hits)
    assert library.search(office.cso, "kartu kredit", category_id=office.categories[2].id) == []
    # the selection stays, and the list shows what is stored
    assert page._selected_regulation().id == per.id
    checked = [box.item(i).text() for i in range(box.count())
               if box.item(i).checkState() == Qt.CheckState.Checked]
    assert checked == [wanted.name]
    finish_work(qtbot)


NO_HEADING_TXT = ("Catatan layanan pencairan dana\n\nPasal 1\nDana dicairkan setelah SPM diterima "
                  "lengkap dan benar.\n\nPasal 2\nSP2D terbit paling lambat satu jam.\n")


def test_a_file_without_a_heading_asks_for_its_details_then_imports(qtbot, office,
                                                                     kasi_session, tmp_path):
    path = tmp_path / "catatan.txt"
    path.write_text(NO_HEADING_TXT, encoding="utf-8")
    page = _page(qtbot, kasi_session)
    page.ui.tabs.setCurrentWidget(page.ui.regulationsTab)
    page.import_paths([str(path)])
    qtbot.waitUntil(lambda: page.details_dialog is not None, timeout=10000)
    dialog = page.details_dialog
    assert "catatan.txt" in dialog.ui.introLabel.text()
    ok = dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok)
    # nothing chosen, a year out of range: each message beside its field, the dialog stays
    qtbot.keyClicks(dialog.ui.numberEdit, "SE-5/PB/2025")
    qtbot.keyClicks(dialog.ui.yearEdit, "1900")
    qtbot.mouseClick(ok, qtbot_left())
    assert dialog.isVisible()
    assert dialog.ui.kindError.text() == "Pilih jenis peraturan."
    assert "Tahun antara 1945" in dialog.ui.yearError.text()
    assert "Judul" in dialog.ui.titleError.text() and not dialog.ui.numberError.isVisible()
    assert Regulation.select().count() == 0
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("SE"))
    dialog.ui.yearEdit.setText("2025")
    qtbot.keyClicks(dialog.ui.titleEdit, "Layanan pencairan dana")
    qtbot.mouseClick(ok, qtbot_left())
    qtbot.waitUntil(lambda: page.ui.regulationsTable.rowCount() == 1, timeout=10000)
    reg = Regulation.get()
    assert (reg.kind, reg.number, reg.year, reg.title) == ("SE", "SE-5/PB/2025", 2025,
                                                           "Layanan pencairan dana")
    assert reg.articles.count() == 2
    assert "1 peraturan (2 pasal) diimpor" in page.ui.importMessage.text()
    finish_work(qtbot)


def test_cancelling_the_details_imports_nothing(qtbot, office, kasi_session, tmp_path):
    path = tmp_path / "catatan.txt"
    path.write_text(NO_HEADING_TXT, encoding="utf-8")
    page = _page(qtbot, kasi_session)
    page.import_paths([str(path)])
    qtbot.waitUntil(lambda: page.details_dialog is not None, timeout=10000)
    page.details_dialog.reject()
    assert "Impor dibatalkan" in page.ui.importMessage.text()
    assert Regulation.select().count() == 0
    finish_work(qtbot)
