"""The library's part of the service report (issue 12): the share of the period's answers that
cite an article of the library, the articles cited most, and the categories whose questions most
often found no article or FAQ entry (where an FAQ is missing)."""

from __future__ import annotations

import datetime as dt

from kppn_desktop import documents
from kppn_desktop.domain.regulation_text import citation
from kppn_desktop.storage import rollups
from kppn_desktop.storage.models import Article, Category, Regulation

TOP = 10


def library_use(first: dt.date, last: dt.date, office_id: int) -> documents.LibraryUse:
    """Answers given by office ``office_id`` from ``first`` to ``last`` (office-local days; by the
    time of the answer) and questions received in those days, from the running sums
    (``storage.rollups``: the answers and their cited articles per day, the questions looked up
    and those that found nothing per category and day), so the cost follows the days of the
    period, not its answers (a year at 1M consultations read 280,000 answers: 800 ms)."""
    sums = rollups.sums_of_offices(first, last, rollups.LIBRARY_DIMENSIONS, [office_id],
                                   ("total",))

    def counts(dimension: str) -> dict[str, int]:
        return {key: row.total for key, row in sums.get((office_id, dimension), {}).items()
                if row.total}
    answers = sum(counts("answers").values())
    cited_rows = [(int(article), n) for article, n in counts("article").items()]
    cited = sum(n for _article, n in cited_rows)
    best = sorted(cited_rows, key=lambda r: (-r[1], r[0]))[:TOP]
    names = {a.id: (citation(a.regulation.kind, a.regulation.number, a.regulation.year, a.number),
                    a.regulation.title)
             for a in Article.select(Article, Regulation).join(Regulation)
             .where(Article.id.in_([a for a, _ in best]))} if best else {}
    top = tuple((*names[a], count) for a, count in best if a in names)
    asked, missed = counts("lib_asked"), counts("lib_none")
    labels = dict(Category.select(Category.id, Category.name)
                  .where(Category.id.in_([int(k) for k in asked])).tuples()) if asked else {}
    # A category's name is unique in its office: one line per category.
    nothing = sorted(((labels.get(int(key), key), n, missed[key]) for key, n in asked.items()
                      if missed.get(key)), key=lambda r: (-r[2], r[0]))[:TOP]
    return documents.LibraryUse(answers, cited, top, tuple(nothing))
