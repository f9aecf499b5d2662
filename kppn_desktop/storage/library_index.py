"""The library's one search index: a row of ``library_entry`` per article, FAQ entry and past
answer, holding the Snowball stems of its text (``domain.library_text``), and the ranked query
over it: BM25 through FTS5 on SQLite, ``ts_rank`` over a GIN-indexed ``tsvector`` of the stems
on PostgreSQL, kept in the narrow table ``library_rank`` by triggers (migration 0016), so the
rank never reads the wide rows; only the page's rows are read from ``library_entry``.
Neither engine stems: the stems are made in Python, so both find the same rows
(docs/DECISIONS.md)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable

from peewee import SqliteDatabase

from kppn_desktop.domain import library_text
from kppn_desktop.domain.regulation_text import citation
from kppn_desktop.domain.workflow import State
from kppn_desktop.storage.database import db
from kppn_desktop.storage.models import (
    Article,
    Consultation,
    FaqArticle,
    FaqEntry,
    LibraryEntry,
    Regulation,
    RegulationCategory,
    Stakeholder,
)

ARTICLE, FAQ, ANSWER = "pasal", "faq", "jawaban"
#: Between a past answer's question and its answer in the text shown.
ANSWER_MARK = "\nJawaban: "
KINDS = (ARTICLE, FAQ, ANSWER)
#: Statuses shown unless asked otherwise: a revoked regulation's articles are hidden.
SHOWN_STATUSES = ("berlaku", "diubah")
ANSWER_BATCH = 2000


def _sqlite() -> bool:
    return isinstance(db.obj, SqliteDatabase)


def _categories(ids: Iterable[int]) -> str:
    return "|" + "".join(f"{i}|" for i in sorted(set(ids)))


def _entry(kind: str, ref: int, *, citation_text: str, title: str, body: str, status: str,
           categories: Iterable[int]) -> dict:
    return dict(kind=kind, ref=ref, categories=_categories(categories), status=status,
                citation=citation_text[:300], title=title[:300], body=body,
                terms=library_text.index_terms(f"{citation_text} {title} {body}"))


_INSERT_BATCH = 500


def _replace(kind: str, refs: Iterable[int], entries: list[dict]) -> None:
    """The entries of ``refs`` written again: removed, then ``entries`` inserted in statements of
    many rows (a rebuild of a million past answers must not build a statement per row; on
    PostgreSQL the statement trigger of migration 0016 then runs once per batch). SQLite's
    executemany, one prepared statement per row, measured slower than these."""
    remove(kind, refs)
    for i in range(0, len(entries), _INSERT_BATCH):
        LibraryEntry.insert_many(entries[i:i + _INSERT_BATCH]).execute()


def remove(kind: str, refs: Iterable[int]) -> None:
    refs = list(refs)
    if refs:
        LibraryEntry.delete().where(LibraryEntry.kind == kind, LibraryEntry.ref.in_(refs)).execute()


def index_regulation(regulation_id: int) -> None:
    """The entries of every article of a regulation, written again (its status, title and
    categories are in each)."""
    reg = Regulation.get_by_id(regulation_id)
    cats = [c for (c,) in RegulationCategory.select(RegulationCategory.category)
            .where(RegulationCategory.regulation == reg.id).tuples()]
    arts = list(Article.select().where(Article.regulation == reg.id))
    _replace(ARTICLE, [a.id for a in arts], [
        _entry(ARTICLE, art.id, citation_text=citation(reg.kind, reg.number, reg.year, art.number),
               title=reg.title, body=art.text, status=reg.status, categories=cats)
        for art in arts])
    # The FAQ entries resting on its articles carry its status in their flag.
    for (faq_id,) in (FaqArticle.select(FaqArticle.faq).join(Article)
                      .where(Article.regulation == reg.id).distinct().tuples()):
        index_faq(faq_id)


def index_faq(faq_id: int) -> None:
    faq = FaqEntry.get_by_id(faq_id)
    cats = [faq.category_id] if faq.category_id else []
    _replace(FAQ, [faq.id], [_entry(FAQ, faq.id, citation_text=f"FAQ {faq.id}",
                                    title=faq.question, body=faq.answer, status="berlaku",
                                    categories=cats)] if faq.active else [])


def index_answers(consultation_ids: Iterable[int]) -> None:
    """The past answers of these consultations: resolved and not anonymised ones are (re)written,
    the others removed. What is kept is the question and the answer without the stakeholder's
    name, contact person, NIP, phone numbers or e-mail addresses (``library_text.redact``)."""
    ids = list(consultation_ids)
    if not ids:
        return
    rows = (Consultation.select(Consultation.id, Consultation.number, Consultation.summary,
                                Consultation.question, Consultation.answer,
                                Consultation.category, Stakeholder.name,
                                Consultation.contact_person, Consultation.state,
                                Consultation.anonymised_at)
            .join(Stakeholder).where(Consultation.id.in_(ids))
            .tuples())          # plain tuples: a million model objects cost a minute at 1M
    entries = []
    for (cid, number, summary, question, answer, category_id, name, contact, state,
         anonymised_at) in rows:
        if state != State.RESOLVED or anonymised_at is not None or not answer.strip():
            continue
        names = (name, contact)
        question = library_text.redact(question, names)
        answer = library_text.redact(answer, names)
        entries.append(_entry(ANSWER, cid, citation_text=number,
                              title=library_text.redact(summary, names),
                              body=f"{question}{ANSWER_MARK}{answer}", status="berlaku",
                              categories=[category_id]))
    _replace(ANSWER, ids, entries)


def rebuild_answers(progress=None) -> int:
    """Every past answer written again, in batches (migration 0014, sample data)."""
    last, done = 0, 0
    while True:
        ids = [i for (i,) in Consultation.select(Consultation.id)
               .where(Consultation.id > last, Consultation.state == State.RESOLVED)
               .order_by(Consultation.id).limit(ANSWER_BATCH).tuples()]
        if not ids:
            return done
        with db.atomic():
            index_answers(ids)
        last, done = ids[-1], done + len(ids)
        if progress:
            progress(done)


def mark_found(consultation_id: int, question: str) -> None:
    """Keep whether an article or FAQ entry in force answers ``question`` (the report's
    categories "where an FAQ is missing")."""
    found = bool(search(library_text.query_terms(question), kinds=(ARTICLE, FAQ), limit=1))
    Consultation.update(library_found=found).where(Consultation.id == consultation_id).execute()


def article_citation(article_id: int) -> str | None:
    """'PMK 62 Tahun 2023 Pasal 12' for an article of the library; None when there is none."""
    row = (Article.select(Regulation.kind, Regulation.number, Regulation.year, Article.number)
           .join(Regulation).where(Article.id == article_id).tuples().first())
    return citation(row[0], row[1], row[2], row[3]) if row else None


# --- the query ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Found:
    kind: str
    ref: int
    citation: str
    title: str
    body: str
    status: str
    score: float


#: Past answers ranked per search: the newest this many that match. A question asked daily has
#: thousands of past answers; ranking them all made the first page cost grow with the years
#: kept (and an answer from years ago may rest on a rule since changed). PostgreSQL finds them
#: by walking the answers newest first, so a word in one answer of twenty walks 20 times this
#: many: 5,000 cost 100-150 ms there at a million answers, 2,000 about 40 ms.
NEWEST_ANSWERS = 2000


def search(terms: list[str], *, kinds: Iterable[str] | None = None,
           category_id: int | None = None, statuses: Iterable[str] | None = SHOWN_STATUSES,
           limit: int = 20) -> list[Found]:
    """The best ``limit`` entries holding any of ``terms`` (stems), best first; ``statuses``
    None means every status. Articles and FAQ entries are ranked all; past answers, the newest
    :data:`NEWEST_ANSWERS` that match (both engines' scores are comparable across kinds)."""
    if not terms:
        return []
    kinds = list(kinds or KINDS)
    curated = [k for k in kinds if k != ANSWER]
    found = _ranked(terms, curated, category_id, statuses, limit) if curated else []
    if ANSWER in kinds:
        found += _ranked(terms, [ANSWER], category_id, statuses, limit, newest=NEWEST_ANSWERS)
    found.sort(key=lambda f: (f.score, f.kind, f.ref))
    return found[:limit]


def _ranked(terms: list[str], kinds: list[str], category_id: int | None,
            statuses: Iterable[str] | None, limit: int, newest: int | None = None) -> list[Found]:
    if not _sqlite():
        return _ranked_postgres(terms, kinds, category_id, statuses, limit, newest)
    match = (f"kind : ({' OR '.join(kinds)}) AND terms : ("
             + " OR ".join('"' + t.replace('"', '') + '"' for t in terms) + ")")
    parts, filters = [], []
    statuses = list(statuses) if statuses is not None else []
    if statuses:
        parts.append(f"f.status IN ({', '.join('?' * len(statuses))})")
        filters += statuses
    if category_id is not None:
        parts.append("f.categories LIKE ?")
        filters.append(f"%|{int(category_id)}|%")
    if newest:
        return _newest_answers(terms, match, parts, filters, limit, newest)
    # Articles and FAQ entries: BM25 over their own index (migration 0016), the status matched
    # there too; the kind and status columns weigh nothing (their match would rank a rarer
    # kind higher). Sorted and cut to the page on the rank (and the category, when asked); the
    # text shown is read for the page's rows.
    wanted = match[match.index(" AND ") + 5:]
    if set(kinds) != {ARTICLE, FAQ}:
        wanted = f"kind : ({' OR '.join(kinds)}) AND {wanted}"
    if statuses:
        wanted = f"status : ({' OR '.join(statuses)}) AND {wanted}"
    category = [p for p in parts if "categories" in p]
    page = ("SELECT m.rowid AS id, m.score FROM (SELECT rowid, "
            "bm25(library_curated_fts, 0.0, 0.0, 1.0) AS score FROM library_curated_fts "
            "WHERE library_curated_fts MATCH ?) m "
            + ("JOIN library_entry f ON f.id = m.rowid WHERE " + category[0] + " "
               if category else "")
            + f"ORDER BY m.score, m.rowid LIMIT {int(limit)}")
    match, filters = wanted, filters[-1:] if category else []
    return _page(_rows(page, [match, *filters]))


def _rows(sql: str, params: list) -> list[tuple]:
    cursor = db.execute_sql(sql, params)
    try:
        return cursor.fetchall()
    finally:
        cursor.close()


def _page(ranked: list[tuple[int, float]]) -> list[Found]:
    """The entries of ``ranked`` (id, score; best first) with their text, in that order."""
    if not ranked:
        return []
    rows = {r[0]: r[1:] for r in _rows(
        "SELECT id, kind, ref, citation, title, body, status FROM library_entry WHERE id IN ("
        + ", ".join("?" * len(ranked)) + ")", [i for i, _s in ranked])}
    return [Found(*rows[i], float(score)) for i, score in ranked if i in rows]


#: BM25's constants, FTS5's own.
BM25_K1, BM25_B = 1.2, 0.75


def _newest_answers(terms: list[str], match: str, parts: list[str], filters: list, limit: int,
                    newest: int) -> list[Found]:
    """SQLite: the newest ``newest`` past answers that match, found walking the index backwards
    without ranking (milliseconds), then ranked here by BM25 among themselves. FTS5's bm25()
    counts, for each query word, every row of the index holding it: over a million answers that
    count cost 200-400 ms a search."""
    rows = _rows("SELECT f.id, f.terms FROM library_entry f WHERE f.id IN (SELECT rowid FROM "
                 "library_fts WHERE library_fts MATCH ? ORDER BY rowid DESC "
                 f"LIMIT {int(newest)})" + "".join(" AND " + p for p in parts),
                 [match, *filters])
    if not rows:
        return []
    # Counted in C: str.count on the stems with every space doubled (a stem repeated side by
    # side is then counted twice, not once).
    wanted = list(dict.fromkeys(terms))
    docs = [(i, f" {text.replace(' ', '  ')} ", text.count(" ") + 1) for i, text in rows]
    needles = {t: f" {t} " for t in wanted}
    counts = [(i, length, [padded.count(needles[t]) for t in wanted])
              for i, padded, length in docs]
    n = len(counts)
    avg = (sum(length for _i, length, _c in counts) / n) or 1.0
    idf = [math.log((n - d + 0.5) / (d + 0.5) + 1.0)
           for d in (sum(1 for _i, _l, c in counts if c[k]) for k in range(len(wanted)))]
    scored = []
    for i, length, tfs in counts:
        norm = BM25_K1 * (1 - BM25_B + BM25_B * length / avg)
        scored.append((-sum(w * f * (BM25_K1 + 1) / (f + norm)
                            for w, f in zip(idf, tfs) if f), i))
    scored.sort()
    return _page([(i, score) for score, i in scored[:limit]])


#: PostgreSQL: the articles and FAQ entries ranked exactly per search are those among the best
#: this many (or twice the limit) of each query stem by its weight (``library_posting``).
POSTINGS_PER_TERM = 200


def _ranked_postgres(terms: list[str], kinds: list[str], category_id: int | None,
                     statuses: Iterable[str] | None, limit: int,
                     newest: int | None) -> list[Found]:
    """PostgreSQL: every filter, the rank and the page's limit on the narrow ``library_rank``
    (migration 0016); only the page's rows are read from ``library_entry``. Past answers: the
    newest ``newest`` that match, then ranked. Articles and FAQ entries: those among the best
    :data:`POSTINGS_PER_TERM` postings of each query stem; when the filters leave fewer than
    ``limit`` of them, every match (a rare filter, few matches: cheap either way)."""
    query = " | ".join("'" + t.replace("'", "") + "'" for t in terms)
    where, params = [f"r.kind IN ({', '.join(['%s'] * len(kinds))})"], list(kinds)
    statuses = list(statuses) if statuses is not None else []
    if statuses:
        where.append(f"r.status IN ({', '.join(['%s'] * len(statuses))})")
        params += statuses
    if category_id is not None:
        where.append("r.categories LIKE %s")
        params.append(f"%|{int(category_id)}|%")
    if newest is None:
        per_term = max(POSTINGS_PER_TERM, 2 * int(limit))
        candidates = (f"(SELECT DISTINCT p.id FROM unnest(%s::text[]) t (term) CROSS JOIN "
                      f"LATERAL (SELECT id FROM library_posting WHERE term = t.term "
                      f"ORDER BY weight DESC LIMIT {per_term}) p) b JOIN library_rank r "
                      "ON r.id = b.id")
        found = _postgres_page(query, candidates, [list(terms)], where, params, limit)
        if len(found) >= limit:
            return found
    matching = "library_rank r"
    order = f" ORDER BY r.id DESC LIMIT {int(newest)}" if newest else ""
    return _postgres_page(query, matching, [], ["r.tsv @@ q", *where], params, limit, order)


def _postgres_page(query: str, source: str, source_params: list, where: list[str],
                   params: list, limit: int, order: str = "") -> list[Found]:
    matching = (f"SELECT r.id, r.tsv, q FROM {source}, to_tsquery('simple', %s) q WHERE "
                + " AND ".join(where) + order)
    sql = ("SELECT e.kind, e.ref, e.citation, e.title, e.body, e.status, m.score FROM ("
           f"SELECT id, -ts_rank(tsv, q, 1) AS score FROM ({matching}) c "
           f"ORDER BY score, id LIMIT {int(limit)}) m JOIN library_entry e ON e.id = m.id "
           "ORDER BY m.score, e.id")
    cursor = db.execute_sql(sql, [*source_params, query, *params])
    try:
        return [Found(*row[:6], float(row[6])) for row in cursor.fetchall()]
    finally:
        cursor.close()
