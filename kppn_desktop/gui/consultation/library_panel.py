"""Answers at hand: the library's best hits for what the officer is typing (articles, FAQ entries,
past answers), found on the worker after a short pause in typing, the matched words in bold.

The intake page and the consultation window show it beside the question; the Selesaikan dialog
shows it with its links: "Kutip pasal ini" (an article becomes the cited regulation) and
"Gunakan jawaban ini" (an FAQ entry's answer is copied into the answer)."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from kppn_desktop.gui.language import i18n

#: The pause in typing after which the library is asked, in milliseconds.
PAUSE_MS = 450
#: Fewer letters than this are not looked up.
MIN_CHARS = 4
CITE, USE, MAKE_FAQ = "kutip", "pakai", "faq"


class LibraryPanel(QGroupBox):
    """``set_query(text)`` after each keystroke; the search runs once typing pauses.
    ``article_chosen(id, citation)`` and ``answer_chosen(text)`` come from the links, shown only
    when ``actions``."""

    article_chosen = Signal(int, str)
    answer_chosen = Signal(str)
    #: A past answer to turn into an FAQ entry: (consultation id, its question, its answer).
    faq_requested = Signal(int, str, str)
    #: The hits shown changed (tests and the tour wait for it).
    shown = Signal()

    def __init__(self, session, parent: QWidget | None = None, *, limit: int = 5,
                 actions: bool = False, make_faq: bool = False):
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.setTitle(self.tr("Jawaban di perpustakaan"))
        self.session, self.limit, self.actions = session, limit, actions
        self.make_faq = make_faq
        self.hits: list = []
        self._query, self._asked, self._ticket = "", None, 0
        #: Filters of the search page: kinds (None: all) and whether revoked regulations show.
        self.kinds: tuple[str, ...] | None = None
        self.include_revoked = False
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("libraryStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #555;")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("libraryHits")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Hasil perpustakaan"))
        self.browser.setMinimumHeight(120)
        layout.addWidget(self.status)
        layout.addWidget(self.browser, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self._connect_signals()
        self._show_status(self.tr("Ketik pertanyaan: peraturan, FAQ dan jawaban terdahulu yang "
                                  "terkait muncul di sini."))

    def _connect_signals(self) -> None:
        self.timer.timeout.connect(self._on_timer_timeout)
        self.browser.anchorClicked.connect(self._on_browser_anchorClicked)

    # --- asking ------------------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        """The text typed now; looked up when typing pauses."""
        self._query = " ".join(text.split())
        self.timer.start()

    def set_filters(self, kinds: tuple[str, ...] | None, include_revoked: bool) -> None:
        """Narrow the hits (the library page); the text typed is looked up again."""
        self.kinds, self.include_revoked, self._asked = kinds, include_revoked, None
        self.timer.start()

    def search_now(self, text: str) -> None:
        self._query = " ".join(text.split())
        self.timer.stop()
        self._on_timer_timeout()

    def _on_timer_timeout(self) -> None:
        query = self._query
        if len(query) < MIN_CHARS or query == self._asked:
            return
        self._asked = query
        self._ticket += 1
        ticket, actor, limit = self._ticket, self.session.actor, self.limit
        kinds, revoked = self.kinds, self.include_revoked

        def look():
            from kppn_desktop.services import library  # noqa: PLC0415 - on the worker

            return library.search(actor, query, limit=limit, kinds=kinds,
                                  include_revoked=revoked)

        self._show_status(self.tr("Mencari di perpustakaan…"))
        self.session.runner.run(look, lambda hits: self._on_found(ticket, hits),
                                self._on_failed, owner=self)

    def _on_found(self, ticket: int, hits: list) -> None:
        if ticket != self._ticket:      # an older question's answer: a newer one is coming
            return
        self.hits = list(hits)
        if not self.hits:
            self._show_status(self.tr("Tidak ada yang cocok di perpustakaan. Jawaban Anda akan "
                                      "menjadi jawaban terdahulu untuk pertanyaan berikutnya."))
            self.browser.clear()
        else:
            self._show_status("")
            self.browser.setHtml(self._html())
        self.shown.emit()

    def _on_failed(self, exc: Exception) -> None:
        self._asked = None
        self._show_status(self.tr("Perpustakaan tidak dapat dibaca: {why}").format(
            why=getattr(exc, "message", str(exc))))

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # --- showing -----------------------------------------------------------------------------

    def _html(self) -> str:
        parts = []
        for i, hit in enumerate(self.hits):
            head = f"<b>{html.escape(hit.citation)}</b> <span style='color:#555'>· " \
                   f"{html.escape(i18n.message(hit.kind_label))}</span>"
            if hit.status_note:
                head += f" <span style='color:#b3261e'>({html.escape(hit.status_note)})</span>"
            title = f"<br><i>{html.escape(hit.title[:160])}</i>" if hit.title else ""
            links = ""
            if self.actions and hit.kind == "pasal":
                links = f"<br><a href='{CITE}:{i}'>{self.tr('Kutip pasal ini')}</a>"
            elif self.actions and hit.kind == "faq":
                links = f"<br><a href='{USE}:{i}'>{self.tr('Gunakan jawaban ini')}</a>"
            elif self.make_faq and hit.kind == "jawaban":
                links = f"<br><a href='{MAKE_FAQ}:{i}'>{self.tr('Jadikan FAQ')}</a>"
            parts.append(f"<p>{head}{title}<br>{hit.snippet_html()}{links}</p>")
        return "".join(parts)

    def _on_browser_anchorClicked(self, url: QUrl) -> None:
        what, _, index = url.toString().partition(":")
        if not index.isdigit() or int(index) >= len(self.hits):
            return
        hit = self.hits[int(index)]
        if what == CITE:
            self.article_chosen.emit(hit.ref, hit.citation)
        elif what == USE:
            self.answer_chosen.emit(hit.body)
        elif what == MAKE_FAQ:
            # Imported here, not with the intake page: start-up stays without the search stack.
            from kppn_desktop.services.library import ANSWER_MARK  # noqa: PLC0415

            question, _, answer = hit.body.partition(ANSWER_MARK)
            self.faq_requested.emit(hit.ref, question.strip(), answer.strip())
