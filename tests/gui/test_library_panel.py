"""Answers at hand at the desk: the library's hits appear beside the question being typed (found
on the worker after a pause), and in Selesaikan an article is cited from the library and an FAQ
answer copied into the answer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl

from kppn_desktop.gui.consultation.actions import ResolveDialog
from kppn_desktop.gui.pages.intake import IntakePage
from kppn_desktop.services import library
from kppn_desktop.services.library_import import import_files
from kppn_desktop.storage.models import Article, Resolution
from tests import library_files as files
from tests.gui.test_consultation_window import open_dialog, submit
from tests.services.helpers import take, wita

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def stocked(office):
    import_files(office.kasi, [("pmk62.pdf", files.pdf(files.PMK_62)),
                               ("per7.docx", files.docx(files.PER_SAKTI))])
    art = Article.get(Article.number == "2")
    library.save_faq(office.kasi, None, question="Kapan tagihan KKP dibayar?",
                     answer="Paling lambat lima hari kerja setelah tagihan diterima.",
                     article_ids=(art.id,))
    return office


def test_hits_appear_beside_the_question_while_it_is_typed(qtbot, stocked, cso_session):
    page = IntakePage(cso_session)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: bool(page.categories), timeout=5000)
    panel = page.library
    assert panel.isVisible() and panel.hits == []
    edit = page.rows[0].ui.questionEdit
    edit.setFocus()
    with qtbot.waitSignal(panel.shown, timeout=5000):
        qtbot.keyClicks(edit, "Kapan dana mencairkan SP2D?")
    assert panel.hits[0].citation == "PMK 62 Tahun 2023 Pasal 12"
    assert len(panel.hits) <= 5
    assert "<b>SP2D</b>" in panel.browser.toHtml().replace("font-weight:700;\">", "") or \
        "SP2D" in panel.browser.toPlainText()
    assert "«" not in panel.browser.toPlainText()
    # One search after the pause, not one per keystroke
    assert panel._ticket == 1


def test_the_consultation_window_shows_hits_for_its_question(qtbot, stocked, cso_session):
    from kppn_desktop.gui.consultation.window import ConsultationWindow

    [c] = take(stocked, wita(2026, 3, 17, 9, 0)).consultations   # 'SPM LS ditolak …'
    window = ConsultationWindow(cso_session, c.id)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: bool(window.library.hits), timeout=5000)
    assert any(h.citation.startswith("PMK 62 Tahun 2023") for h in window.library.hits)


def test_resolve_cites_an_article_from_the_library_and_uses_an_faq_answer(
        qtbot, stocked, cso_session, monkeypatch):
    from kppn_desktop.gui.consultation.window import ConsultationWindow

    [c] = take(stocked, wita(2026, 3, 17, 9, 0)).consultations
    window = ConsultationWindow(cso_session, c.id)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    dialog = open_dialog(qtbot, window, window.ui.resolveButton, ResolveDialog)
    panel = dialog.library
    # first asked with the consultation's question, then with what is typed
    qtbot.waitUntil(lambda: bool(panel.hits), timeout=5000)
    qtbot.keyClicks(dialog.ui.librarySearchEdit, "tagihan kartu kredit")
    qtbot.waitUntil(lambda: any(h.kind == "faq" for h in panel.hits), timeout=5000)
    faq = next(i for i, h in enumerate(panel.hits) if h.kind == "faq")
    panel.browser.anchorClicked.emit(QUrl(f"pakai:{faq}"))
    assert dialog.ui.answerEdit.toPlainText().startswith("Paling lambat lima hari kerja")
    qtbot.keyClicks(dialog.ui.answerEdit, " Silakan ajukan SPM.")
    dialog.ui.librarySearchEdit.clear()
    qtbot.keyClicks(dialog.ui.librarySearchEdit, "SP2D")
    qtbot.waitUntil(lambda: panel.hits[0].citation == "PMK 62 Tahun 2023 Pasal 12", timeout=5000)
    art = next(i for i, h in enumerate(panel.hits) if h.kind == "pasal")
    panel.browser.anchorClicked.emit(QUrl(f"kutip:{art}"))
    assert dialog.ui.regulationEdit.text() == "PMK 62 Tahun 2023 Pasal 12"
    submit(qtbot, window, dialog)
    res = Resolution.get(Resolution.consultation == c.id)
    assert res.article_id == panel.hits[art].ref
    assert res.answer.endswith("Silakan ajukan SPM.")


def test_a_citation_typed_over_by_hand_is_free_text_again(qtbot, stocked, cso_session):
    [c] = take(stocked, wita(2026, 3, 17, 9, 0)).consultations
    dialog = ResolveDialog(cso_session, c.id, lambda: None)
    qtbot.addWidget(dialog)
    dialog.library.hits = library.search(stocked.cso, "SP2D")
    dialog.library.browser.anchorClicked.emit(QUrl("kutip:0"))
    assert dialog.article is not None
    qtbot.keyClicks(dialog.ui.regulationEdit, " ayat (2)")
    assert dialog.article is None


def test_the_hits_sit_under_the_question_being_typed_both_in_sight(qtbot, stocked,
                                                                   cso_session):
    """At 1366x768 with three questions, typing the first shows its hits right under it, the
    question field and the hits both inside the form's visible area."""
    from PySide6.QtCore import QPoint, QRect

    page = IntakePage(cso_session)
    qtbot.addWidget(page)
    page.resize(1126, 700)              # the page's share of a 1366x768 window
    page.show()
    qtbot.waitUntil(lambda: bool(page.categories), timeout=5000)
    page.add_question()
    page.add_question()
    layout, panel = page.ui.questionRows, page.library

    def in_sight(widget) -> bool:
        viewport = page.ui.formScroll.viewport()
        top_left = widget.mapTo(viewport, QPoint(0, 0))
        return viewport.rect().contains(QRect(top_left, widget.size()))

    asked = ("Kapan dana SP2D dicairkan?", "Tagihan kartu kredit KKP", "Pengajuan TUP ditolak")
    for row, text in zip((page.rows[0], page.rows[2], page.rows[1]), asked):
        edit = row.ui.questionEdit
        edit.setFocus()
        with qtbot.waitSignal(panel.shown, timeout=5000):
            qtbot.keyClicks(edit, text)
        qtbot.waitUntil(lambda edit=edit: in_sight(panel) and in_sight(edit), timeout=3000)
        assert layout.indexOf(panel) == layout.indexOf(row) + 1
        assert panel.height() >= 190 and panel.hits
