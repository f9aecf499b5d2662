"""The library's part of the service report (issue 12): the share of the period's answers that
cite an article of the library, the articles cited most, and the categories whose questions most
often found no article or FAQ entry (where an FAQ is missing)."""

from __future__ import annotations

import datetime as dt

from peewee import Case, fn

from kppn_desktop import documents
from kppn_desktop.domain.regulation_text import citation
from kppn_desktop.storage.models import Article, Category, Consultation, Regulation, Resolution

TOP = 10


def library_use(first: dt.date, last: dt.date, tz, office_id: int) -> documents.LibraryUse:
    """Answers given by office ``office_id`` from ``first`` to ``last`` (office-local days; by the
    time of the answer, through the index on ``resolution.at``) and questions received in those
    days."""
    start = dt.datetime.combine(first, dt.time(), tz).astimezone(dt.timezone.utc)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tz).astimezone(dt.timezone.utc)
    in_period = ((Resolution.at >= start) & (Resolution.at < end)
                 & (Consultation.office == office_id))
    answers = Resolution.select().join(Consultation).where(in_period).count()
    n = fn.COUNT(Resolution.id)
    cited_rows = list(Resolution.select(Resolution.article, n.alias("n")).join(Consultation)
                      .where(in_period, Resolution.article.is_null(False))
                      .group_by(Resolution.article).tuples())
    cited = sum(count for _article, count in cited_rows)
    best = sorted(cited_rows, key=lambda r: (-r[1], r[0]))[:TOP]
    names = {a.id: (citation(a.regulation.kind, a.regulation.number, a.regulation.year, a.number),
                    a.regulation.title)
             for a in Article.select(Article, Regulation).join(Regulation)
             .where(Article.id.in_([a for a, _ in best]))} if best else {}
    top = tuple((*names[a], count) for a, count in best if a in names)
    missed = fn.SUM(Case(None, [(Consultation.library_found == False, 1)], 0))  # noqa: E712
    rows = (Consultation.select(Category.name, fn.COUNT(Consultation.id), missed)
            .join(Category)
            .where(Consultation.received_date.between(first, last),
                   Consultation.office == office_id,
                   Consultation.library_found.is_null(False))
            .group_by(Category.name).tuples())
    nothing = sorted(((name, int(asked), int(none or 0)) for name, asked, none in rows
                      if none), key=lambda r: (-r[2], r[0]))[:TOP]
    return documents.LibraryUse(answers, cited, top, tuple(nothing))
