"""The library at the desk: one search over articles, FAQ entries and past answers; the
regulations' status; the FAQ, kept by a Kepala Seksi with its edit history. Importing files is
``services.library_import``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from kppn_desktop.domain import library_text, regulation_text, validation
from kppn_desktop.domain.errors import ConflictError, NotFound, ValidationError
from kppn_desktop.domain.texts import N_
from kppn_desktop.domain.workflow import Action
from kppn_desktop.services.context import Actor, audit, instant, require, transaction
from kppn_desktop.storage import library_index
from kppn_desktop.storage.models import (
    Article,
    Category,
    Consultation,
    FaqArticle,
    FaqEntry,
    FaqRevision,
    LibraryEntry,
    Regulation,
    RegulationCategory,
)

KIND_LABELS = {library_index.ARTICLE: N_("Pasal"), library_index.FAQ: N_("FAQ"),
               library_index.ANSWER: N_("Jawaban terdahulu")}
STATUS_LABELS = dict(regulation_text.STATUSES)
SEARCH_LIMIT = 50
ANSWER_MARK = library_index.ANSWER_MARK


@dataclass(frozen=True)
class LibraryHit:
    kind: str                  # 'pasal', 'faq', 'jawaban'
    ref: int                   # article, FAQ entry or consultation id
    citation: str              # 'PMK 62 Tahun 2023 Pasal 12', 'FAQ 17', the consultation number
    title: str
    snippet: str               # matched words marked «like this» (library_text.Snippet)
    status: str
    #: 'dicabut, diganti PMK 210 Tahun 2022' for an article of a regulation not in force, and
    #: for an FAQ entry resting on one; '' otherwise.
    status_note: str = ""
    #: The whole text: an FAQ entry's answer (for "Gunakan jawaban ini"), an article's text.
    body: str = ""

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    def snippet_html(self) -> str:
        return library_text.Snippet(self.snippet).html()

    def snippet_plain(self) -> str:
        return library_text.Snippet(self.snippet).plain()


def _status_note(reg: Regulation) -> str:
    if reg.status == "berlaku":
        return ""
    verb = "diubah dengan" if reg.status == "diubah" else "dicabut, diganti"
    if reg.changed_by_id:
        other = Regulation.get_by_id(reg.changed_by_id)
        return f"{verb} {regulation_text.citation(other.kind, other.number, other.year)}"
    return STATUS_LABELS[reg.status].lower()


def _faq_note(faq_id: int) -> str:
    regs = (Regulation.select().join(Article).join(FaqArticle)
            .where(FaqArticle.faq == faq_id, Regulation.status == "dicabut").distinct())
    notes = [f"{regulation_text.citation(r.kind, r.number, r.year)} {_status_note(r)}"
             for r in regs]
    return ("Perlu ditinjau: " + "; ".join(notes)) if notes else ""


def search(actor: Actor, query: str, *, kinds: tuple[str, ...] | None = None,
           category_id: int | None = None, include_revoked: bool = False,
           limit: int = 10) -> list[LibraryHit]:
    """The best ``limit`` hits for ``query`` (any Indonesian form of its words, abbreviations
    and their long forms alike), ranked by the engine (BM25 or ts_rank). Articles of revoked
    regulations only when ``include_revoked``, then with their status note."""
    office_id = require(actor, Action.SEARCH_LIBRARY)
    terms = library_text.query_terms(query or "")
    limit = max(1, min(int(limit), SEARCH_LIMIT))
    statuses = None if include_revoked else library_index.SHOWN_STATUSES
    found = _mixed(_own(library_index.search(terms, kinds=kinds, category_id=category_id,
                                             statuses=statuses, limit=limit * 4), office_id),
                   limit)
    hits = []
    for f in found:
        note = ""
        if f.kind == library_index.ARTICLE and f.status != "berlaku":
            art = Article.get_or_none(Article.id == f.ref)
            note = _status_note(art.regulation) if art else ""
        elif f.kind == library_index.FAQ:
            note = _faq_note(f.ref)
        hits.append(LibraryHit(f.kind, f.ref, f.citation, f.title,
                               library_text.snippet(f.body, terms).text, f.status, note,
                               f.body))
    return hits


def _own(found: list, office_id: int) -> list:
    """``found`` without the FAQ entries and past answers of other offices (the articles are
    national, everyone's). The index holds every office's entries; they are left out here, after
    ranking, so another office's are never shown (docs/DECISIONS.md says what it costs)."""
    faqs = [f.ref for f in found if f.kind == library_index.FAQ]
    answers = [f.ref for f in found if f.kind == library_index.ANSWER]
    mine_faq = set() if not faqs else {i for (i,) in FaqEntry.select(FaqEntry.id).where(
        FaqEntry.id.in_(faqs), FaqEntry.office == office_id).tuples()}
    mine_answers = set() if not answers else {i for (i,) in Consultation.select(
        Consultation.id).where(Consultation.id.in_(answers),
                               Consultation.office == office_id).tuples()}
    return [f for f in found if (f.kind == library_index.FAQ and f.ref in mine_faq)
            or (f.kind == library_index.ANSWER and f.ref in mine_answers)
            or f.kind not in (library_index.FAQ, library_index.ANSWER)]


def _mixed(found: list, limit: int) -> list:
    """The best ``limit`` of ``found`` (best first), no kind taking more than three in five while
    others matched too: past answers to the same question, asked a hundred times, would
    otherwise hide the article and the FAQ entry the CSO needs."""
    cap = max(1, -(-limit * 3 // 5))
    chosen, rest, per_kind = [], [], {}
    for f in found:
        if per_kind.get(f.kind, 0) < cap and len(chosen) < limit:
            chosen.append(f)
            per_kind[f.kind] = per_kind.get(f.kind, 0) + 1
        else:
            rest.append(f)
    chosen += rest[:limit - len(chosen)]
    return sorted(chosen, key=found.index)


# --- regulations ------------------------------------------------------------------------------

@dataclass(frozen=True)
class RegulationInfo:
    id: int
    kind: str
    number: str
    year: int
    title: str
    in_force_on: dt.date | None
    status: str
    status_note: str
    articles: int
    categories: tuple[str, ...]
    sample: bool
    #: The ids of ``categories``, in the same order.
    category_ids: tuple[int, ...] = ()
    #: The regulation that changed or revoked it, when named.
    changed_by_id: int | None = None

    @property
    def citation(self) -> str:
        return regulation_text.citation(self.kind, self.number, self.year)


def _info(reg: Regulation, office_id: int) -> RegulationInfo:
    """A regulation (national) with the categories of office ``office_id`` it serves."""
    cats = list(Category.select(Category.id, Category.name).join(
        RegulationCategory, on=(RegulationCategory.category == Category.id))
        .where(RegulationCategory.regulation == reg.id, Category.office == office_id)
        .order_by(Category.name).tuples())
    return RegulationInfo(reg.id, reg.kind, reg.number, reg.year, reg.title, reg.in_force_on,
                          reg.status, _status_note(reg), reg.articles.count(),
                          tuple(name for _i, name in cats), reg.sample,
                          tuple(i for i, _n in cats), reg.changed_by_id)


def list_regulations(actor: Actor) -> list[RegulationInfo]:
    office_id = require(actor, Action.SEARCH_LIBRARY)
    return [_info(r, office_id) for r in Regulation.select().order_by(Regulation.year.desc(),
                                                            Regulation.kind, Regulation.number)]


def set_status(actor: Actor, regulation_id: int, status: str,
               changed_by_id: int | None = None) -> RegulationInfo:
    """Mark a regulation ``berlaku``, ``diubah`` or ``dicabut`` (by ``changed_by_id``); its
    articles follow in the search, and FAQ entries resting on a revoked one are flagged."""
    office_id = require(actor, Action.MANAGE_LIBRARY)
    if status not in regulation_text.STATUS_CODES:
        raise ValidationError({"status": "Status peraturan tidak dikenal."})
    if status == "berlaku":
        changed_by_id = None
    with transaction():
        reg = Regulation.get_or_none(Regulation.id == validation.record_id(regulation_id))
        if reg is None:
            raise NotFound("Peraturan tidak ditemukan.")
        if changed_by_id is not None and (changed_by_id == reg.id or Regulation.get_or_none(
                Regulation.id == validation.record_id(changed_by_id)) is None):
            raise ValidationError({"changed_by": "Peraturan pengganti tidak ditemukan."})
        reg.status, reg.changed_by, reg.version = status, changed_by_id, reg.version + 1
        reg.save()
        library_index.index_regulation(reg.id)
        audit(actor, "perpustakaan", "status_peraturan", peraturan=reg.id, status=status,
              oleh=changed_by_id)
        return _info(reg, office_id)


def set_categories(actor: Actor, regulation_id: int,
                   category_ids: tuple[int, ...]) -> RegulationInfo:
    """The categories a regulation serves (the search's category filter), in place of those it
    had; its articles' entries follow."""
    office_id = require(actor, Action.MANAGE_LIBRARY)
    ids = tuple(dict.fromkeys(validation.record_id(i) for i in category_ids))
    with transaction():
        reg = Regulation.get_or_none(Regulation.id == validation.record_id(regulation_id))
        if reg is None:
            raise NotFound("Peraturan tidak ditemukan.")
        own = Category.select(Category.id).where(Category.office == office_id)
        if ids and Category.select().where(Category.id.in_(ids),
                                           Category.office == office_id).count() != len(ids):
            raise ValidationError({"categories": "Ada kategori yang tidak dikenal."})
        # The office's own categories only: another office's links to the regulation stay.
        RegulationCategory.delete().where(RegulationCategory.regulation == reg.id,
                                          RegulationCategory.category.in_(own)).execute()
        for cid in ids:
            RegulationCategory.create(regulation=reg.id, category=cid)
        reg.version += 1
        reg.save()
        library_index.index_regulation(reg.id)
        audit(actor, "perpustakaan", "kategori_peraturan", peraturan=reg.id,
              kategori=list(ids))
        return _info(reg, office_id)


@dataclass(frozen=True)
class ArticleInfo:
    id: int
    citation: str
    title: str
    text: str
    status: str


def article(actor: Actor, article_id: int) -> ArticleInfo:
    require(actor, Action.SEARCH_LIBRARY)
    art = Article.get_or_none(Article.id == validation.record_id(article_id))
    if art is None:
        raise NotFound("Pasal tidak ditemukan di perpustakaan.")
    reg = art.regulation
    return ArticleInfo(art.id, regulation_text.citation(reg.kind, reg.number, reg.year, art.number),
                       reg.title, art.text, reg.status)


def articles_cited(actor: Actor, text: str) -> tuple[int, ...]:
    """The articles named in ``text`` as the library cites them, separated by ';' or new lines
    ('PMK 62 Tahun 2023 Pasal 12; PER-1/PB/2023 Pasal 3'); ValidationError naming any not
    found."""
    require(actor, Action.SEARCH_LIBRARY)
    wanted = [" ".join(part.split()) for part in text.replace("\n", ";").split(";")]
    wanted = [w for w in wanted if w]
    found = {c.lower(): ref for c, ref in LibraryEntry.select(LibraryEntry.citation,
                                                              LibraryEntry.ref)
             .where(LibraryEntry.kind == library_index.ARTICLE,
                    fn.LOWER(LibraryEntry.citation).in_([w.lower() for w in wanted])).tuples()}
    missing = [w for w in wanted if w.lower() not in found]
    if missing:
        raise ValidationError({"articles": "Pasal tidak ada di perpustakaan: " + "; ".join(missing)
                               + ". Tulis seperti pada hasil pencarian, mis. 'PMK 62 Tahun 2023 "
                               "Pasal 12'."})
    return tuple(dict.fromkeys(found[w.lower()] for w in wanted))


# --- FAQ ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FaqInfo:
    id: int
    question: str
    answer: str
    category_id: int | None
    review_on: dt.date | None
    article_ids: tuple[int, ...]
    citations: tuple[str, ...]
    version: int
    flag: str                  # why it needs review ('' when it does not)
    #: False once deactivated: kept with its history, out of the search and the suggestions.
    active: bool = True


def _faq_info(faq: FaqEntry) -> FaqInfo:
    arts = list(Article.select().join(FaqArticle).where(FaqArticle.faq == faq.id)
                .order_by(Article.id))
    cites = tuple(regulation_text.citation(a.regulation.kind, a.regulation.number,
                                           a.regulation.year, a.number) for a in arts)
    return FaqInfo(faq.id, faq.question, faq.answer, faq.category_id, faq.review_on,
                   tuple(a.id for a in arts), cites, faq.version, _faq_note(faq.id),
                   bool(faq.active))


def list_faq(actor: Actor) -> list[FaqInfo]:
    """Every FAQ entry, the deactivated ones too (``active`` False), in the order written."""
    office_id = require(actor, Action.SEARCH_LIBRARY)
    return [_faq_info(f) for f in FaqEntry.select().where(FaqEntry.office == office_id)
            .order_by(FaqEntry.id)]


def set_faq_active(actor: Actor, faq_id: int, active: bool, *,
                   expected_version: int | None = None) -> FaqInfo:
    """Deactivate an FAQ entry (it leaves the search and the suggestions, and keeps its text and
    history) or activate it again. ``expected_version`` guards against a change made meanwhile."""
    office_id = require(actor, Action.MANAGE_LIBRARY)
    with transaction():
        faq = FaqEntry.get_or_none(FaqEntry.id == validation.record_id(faq_id),
                                   FaqEntry.office == office_id)
        if faq is None:
            raise NotFound("Entri FAQ tidak ditemukan.")
        if expected_version is not None and faq.version != expected_version:
            raise ConflictError("Entri FAQ ini baru saja diubah oleh pengguna lain; muat "
                                "ulang lalu coba lagi.")
        if bool(faq.active) != bool(active):
            faq.active = bool(active)
            faq.save()
            library_index.index_faq(faq.id)
            audit(actor, "perpustakaan", "faq_diaktifkan" if active else "faq_dinonaktifkan",
                  faq=faq.id, versi=faq.version)
        return _faq_info(faq)


def faq_revisions(actor: Actor, faq_id: int) -> list[tuple[int, str, str, dt.datetime]]:
    """The FAQ entry's earlier versions: (version, question, answer, changed at), oldest first."""
    office_id = require(actor, Action.SEARCH_LIBRARY)
    return [(r.version, r.question, r.answer, r.changed_at) for r in
            FaqRevision.select().join(FaqEntry)
            .where(FaqRevision.faq == validation.record_id(faq_id), FaqEntry.office == office_id)
            .order_by(FaqRevision.version)]


def save_faq(actor: Actor, faq_id: int | None, *, question: str, answer: str,
             article_ids: tuple[int, ...] = (), review_on: dt.date | None = None,
             category_id: int | None = None, source_id: int | None = None,
             expected_version: int | None = None, at: dt.datetime | None = None) -> FaqInfo:
    """Add an FAQ entry (``faq_id`` None) or change one: the version before the change is kept
    in its history. ``expected_version`` guards against two editors at once."""
    office_id = require(actor, Action.MANAGE_LIBRARY)
    errors: dict[str, str] = {}
    question = validation.clean_text_into(errors, question, "question", "Pertanyaan",
                                          limit=2000, multiline=True, required=True)
    answer = validation.clean_text_into(errors, answer, "answer", "Jawaban", limit=8000,
                                        multiline=True, required=True)
    ids = tuple(dict.fromkeys(int(i) for i in article_ids))
    if ids and Article.select().where(Article.id.in_(ids)).count() != len(ids):
        errors["articles"] = "Ada pasal yang tidak ada di perpustakaan."
    if category_id is not None and not Category.select().where(
            Category.id == validation.record_id(category_id), Category.office == office_id).exists():
        errors["category"] = "Kategori tidak ditemukan."
    if source_id is not None and not Consultation.select().where(
            Consultation.id == validation.record_id(source_id),
            Consultation.office == office_id).exists():
        errors["source"] = "Konsultasi tidak ditemukan."
    if errors:
        raise ValidationError(errors)
    now = instant(at)
    with transaction():
        if faq_id is None:
            faq = FaqEntry.create(office=office_id, question=question.strip(), answer=answer.strip(),
                                  review_on=review_on, category=category_id,
                                  created_at=now, created_by=actor.user_id, source=source_id)
            what = "faq_baru"
        else:
            faq = FaqEntry.get_or_none(FaqEntry.id == validation.record_id(faq_id),
                                       FaqEntry.office == office_id)
            if faq is None:
                raise NotFound("Entri FAQ tidak ditemukan.")
            if not faq.active:
                raise ConflictError("Entri FAQ ini nonaktif; aktifkan kembali sebelum "
                                    "mengubahnya.")
            if expected_version is not None and faq.version != expected_version:
                raise ConflictError("Entri FAQ ini baru saja diubah oleh pengguna lain; muat "
                                    "ulang lalu ubah kembali.")
            FaqRevision.create(faq=faq.id, version=faq.version, question=faq.question,
                               answer=faq.answer, review_on=faq.review_on, changed_at=now,
                               changed_by=actor.user_id)
            faq.question, faq.answer, faq.review_on = question.strip(), answer.strip(), review_on
            faq.category, faq.version = category_id, faq.version + 1
            faq.save()
            FaqArticle.delete().where(FaqArticle.faq == faq.id).execute()
            what = "faq_diubah"
        for art_id in ids:
            FaqArticle.create(faq=faq.id, article=art_id)
        library_index.index_faq(faq.id)
        audit(actor, "perpustakaan", what, faq=faq.id, versi=faq.version)
        return _faq_info(faq)
