"""Lists and search (hand-written SQL in storage.listing) give what the rows say, on both engines."""

from __future__ import annotations

import datetime as dt

import pytest

from kppn_desktop.demo import sample
from kppn_desktop.domain import workflow
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import queries, stakeholders
from kppn_desktop.services.context import Actor
from kppn_desktop.services.stakeholders import StakeholderInput
from kppn_desktop.storage.models import Consultation, Stakeholder, User, Visit

NOW = dt.datetime(2026, 3, 13, 3, 30, tzinfo=dt.timezone.utc)   # Friday 11:30 WITA
OPEN = {s.value for s in workflow.OPEN_STATES}


@pytest.fixture
def office(database):
    sample.generate(consultations=300, months=2, seed=11, now=NOW, bulk=True)
    user = User.get(User.username == "cso1")
    return Actor(user.id, user.username, user.full_name, user.role)


def _everything():
    rows = (Consultation.select(Consultation, Stakeholder, Visit.external_ref)
            .join_from(Consultation, Stakeholder).join_from(Consultation, Visit))
    return list(rows)


def _newest(rows):
    return [c.id for c in sorted(rows, key=lambda c: (c.received_at, c.id), reverse=True)]


def _texts(c):
    return " ".join([c.number, c.stakeholder.name, c.stakeholder.kode_satker,
                     c.stakeholder.satker_name, c.visit.external_ref, c.summary, c.question,
                     c.answer]).lower()


def _check(actor, flt, expected_ids):
    got = [s.id for s in queries.list_consultations(actor, flt, limit=1000)]
    assert got == expected_ids
    assert queries.count_consultations(actor, flt) == len(expected_ids)
    page = queries.list_consultations(actor, flt, offset=3, limit=5)
    assert [s.id for s in page] == expected_ids[3:8]


def test_every_filter_lists_what_the_rows_say(office):
    rows = _everything()
    officer = User.get(User.username == "cso2").id
    some = rows[len(rows) // 2]
    first, last = some.received_date - dt.timedelta(days=3), some.received_date
    cases = [
        (queries.ListFilter(), rows),
        (queries.ListFilter(states=tuple(OPEN)), [c for c in rows if c.state in OPEN]),
        (queries.ListFilter(officer_id=officer, channel="whatsapp"),
         [c for c in rows if c.officer_id == officer and c.channel == "whatsapp"]),
        (queries.ListFilter(category_id=some.category_id, date_from=first, date_to=last),
         [c for c in rows if c.category_id == some.category_id
          and first <= c.received_date <= last]),
        (queries.ListFilter(section_id=some.section_id),
         [c for c in rows if c.section_id == some.section_id]),
        (queries.ListFilter(overdue_at=NOW),
         [c for c in rows if c.state in OPEN and (
             (c.state != "dieskalasi" and c.service_due_at and c.service_due_at < NOW)
             or (c.state == "dieskalasi" and c.solution_due_at and c.solution_due_at < NOW))]),
    ]
    for flt, expected in cases:
        assert expected or flt == queries.ListFilter(overdue_at=NOW), flt
        _check(office, flt, _newest(expected))


def test_the_kasi_list_comes_by_deadline(office):
    rows = [c for c in _everything() if c.state == "dieskalasi"]
    assert rows
    expected = [c.id for c in sorted(rows, key=lambda c: (c.solution_due_at is None,
                                                          c.solution_due_at, c.id))]
    _check(office, queries.ListFilter(states=("dieskalasi",), order="deadline"), expected)


@pytest.mark.parametrize("pick", [
    lambda c: c.stakeholder.name.split()[0],         # part of a name
    lambda c: c.number,                              # a whole number
    lambda c: c.number[4:12],                        # a day of numbers
    lambda c: c.stakeholder.satker_name[-10:].upper(),   # any case
    lambda c: "rekonsiliasi",                        # a word of the question
    lambda c: c.answer.split()[0] if c.answer else "SAKTI",
    lambda c: "HAI-",                                # the HAI CSO tickets
    lambda c: "ka",                                  # shorter than a trigram
])
def test_search_finds_the_text_anywhere_in_a_consultation(office, pick):
    rows = _everything()
    text = pick(rows[7])
    expected = [c for c in rows if text.lower() in _texts(c)]
    assert expected
    _check(office, queries.ListFilter(text=text), _newest(expected))


def test_search_takes_percent_and_underscore_literally(office):
    assert queries.count_consultations(office, queries.ListFilter(text="%")) == 0
    assert queries.count_consultations(office, queries.ListFilter(text="__")) == 0


def test_search_follows_answers_and_renamed_stakeholders(office):
    c = Consultation.select().where(Consultation.state == "dilayani").first() or \
        Consultation.select().where(Consultation.state.in_(list(OPEN))).first()
    assert c is not None
    flt = queries.ListFilter(text="zebra-kuning")
    assert queries.count_consultations(office, flt) == 0
    if c.state == "dilayani":
        svc.resolve(office, c.id, "Jawaban zebra-kuning", expected_version=c.version,
                    at=NOW + dt.timedelta(minutes=1))
        assert [s.id for s in queries.list_consultations(office, flt)] == [c.id]
    person = Stakeholder.get_by_id(c.stakeholder_id)
    admin_user = User.get(User.username == "admin")
    admin = Actor(admin_user.id, "admin", admin_user.full_name, admin_user.role)
    data = StakeholderInput(name="Andi Kumbang Tua", kind=person.kind, role=person.role,
                            kode_satker=person.kode_satker, satker_name=person.satker_name,
                            kode_ba=person.kode_ba)
    stakeholders.update_stakeholder(admin, person.id, data, expected_version=person.version)
    theirs = Consultation.select().where(Consultation.stakeholder == person.id).count()
    assert queries.count_consultations(office, queries.ListFilter(text="kumbang")) == theirs


# --- paging by key, and searches that read the newest rows first (issue 15) ---------------------

def _out_of_order(rows):
    """Some consultations entered long after they came (an online message taken days later): ids
    no longer follow the time of receipt. Every ninth is moved 20 days back, every thirteenth an
    hour later; the office-local day follows."""
    from kppn_desktop.services import office as office_service

    calendar = office_service.office_calendar()
    for c in rows:
        shift = (-dt.timedelta(days=20) if c.id % 9 == 0 else
                 dt.timedelta(hours=1) if c.id % 13 == 0 else None)
        if shift is not None:
            received = c.received_at + shift
            (Consultation.update(received_at=received,
                                 received_date=calendar.local(received).date())
             .where(Consultation.id == c.id).execute())
    return _everything()


def _walk(actor, flt, size):
    """The whole list, page after page by key."""
    got, after = [], None
    while True:
        page = queries.list_consultations(actor, flt, limit=size, after=after)
        got += [s.id for s in page]
        if len(page) < size:
            return got
        after = queries.page_key(page[-1])


@pytest.mark.parametrize("probe", [3, 60, 4000])
def test_paging_by_key_gives_every_list_and_search_in_order_at_any_depth(office, monkeypatch,
                                                                          probe):
    """Walked page by page (by key), every list is the rows newest first, even with ids out of
    the order of receipt -- through each way a search finds its page: the text index's stream
    corrected by the newest-first index (SQLite; within the ids of a period's rows, or not when
    the period is long), a word's few matches read whole and sorted, or the newest rows read row
    by row, then on row by row or from the index, within a stretch of time first (PostgreSQL),
    when they hold no page (``probe`` rows: 3 sends nearly every search to the index, 60 reads
    on row by row for a common word, 4000 reads these small lists row by row)."""
    from kppn_desktop.storage import listing

    monkeypatch.setattr(listing, "PROBE_ROWS", probe)
    monkeypatch.setattr(listing, "_probe_reach", lambda: (max(1, probe // 4), 10 ** 6))
    monkeypatch.setattr(listing, "SQLITE_PROBE_ROWS", probe)
    monkeypatch.setattr(listing, "WINDOW_ROWS", 20 if probe == 3 else listing.WINDOW_ROWS)
    # SQLite: the stream and its correction (0), a few matches read whole (sometimes), all.
    monkeypatch.setattr(listing, "FEW_MATCHES", {3: 0, 60: 10}.get(probe, 10 ** 6))
    monkeypatch.setattr(listing, "PEEK_MATCHES", 2 if probe < 4000 else listing.PEEK_MATCHES)
    rows = _out_of_order(_everything())
    assert _newest(rows) != sorted((c.id for c in rows), reverse=True)   # out of order indeed
    some = rows[len(rows) // 2]
    first, last = some.received_date - dt.timedelta(days=10), some.received_date
    name = some.stakeholder.name.split()[0]
    cases = [
        (queries.ListFilter(), lambda c: True),
        (queries.ListFilter(channel="whatsapp"), lambda c: c.channel == "whatsapp"),
        (queries.ListFilter(category_id=some.category_id, date_from=first, date_to=last),
         lambda c: c.category_id == some.category_id and first <= c.received_date <= last),
        (queries.ListFilter(text="rekonsiliasi"), lambda c: "rekonsiliasi" in _texts(c)),
        (queries.ListFilter(text=name), lambda c: name.lower() in _texts(c)),
        (queries.ListFilter(text=name, channel=some.channel),
         lambda c: name.lower() in _texts(c) and c.channel == some.channel),
        (queries.ListFilter(text=name, date_from=first, date_to=last),
         lambda c: name.lower() in _texts(c) and first <= c.received_date <= last),
        (queries.ListFilter(text="rekonsiliasi", date_to=last),
         lambda c: "rekonsiliasi" in _texts(c) and c.received_date <= last),
        (queries.ListFilter(text="ka", date_from=first, date_to=last),
         lambda c: "ka" in _texts(c) and first <= c.received_date <= last),
        (queries.ListFilter(text="tidak-ada-ini"), lambda c: False),
    ]
    for flt, wanted in cases:
        expected = _newest([c for c in rows if wanted(c)])
        for size in (1, 7, 50):
            assert _walk(office, flt, size) == expected, (flt, size)
        assert [s.id for s in queries.list_consultations(office, flt, limit=7)] == expected[:7]
        assert queries.count_consultations(office, flt) == len(expected)
        assert queries.count_consultations(office, flt, cap=5) == min(len(expected), 6)


def test_a_page_key_must_be_a_newest_first_key(office):
    from kppn_desktop.domain.errors import ValidationError

    first = queries.list_consultations(office, queries.ListFilter(), limit=1)[0]
    for flt, after in [(queries.ListFilter(order="deadline"), queries.page_key(first)),
                       (queries.ListFilter(), (first.received_at.replace(tzinfo=None), first.id)),
                       (queries.ListFilter(), (first.received_at, "1 OR 1=1"))]:
        with pytest.raises(ValidationError):
            queries.list_consultations(office, flt, after=after)
    with pytest.raises(ValidationError):
        queries.count_consultations(office, queries.ListFilter(), cap=-1)


def test_a_listed_summary_makes_its_values_when_first_read_and_equals_the_one_read_alone(office):
    page = queries.list_consultations(office, queries.ListFilter(), limit=20)
    untouched = page[5]
    assert "_row" in vars(untouched) and untouched.id == vars(untouched)["id"]
    assert "_row" in vars(untouched)       # the id alone made nothing
    for s in page:
        alone = queries.summary_of(s.id)
        assert s == alone and hash(s) == hash(alone) and repr(s) == repr(alone)
        assert s.received_at.tzinfo is not None and isinstance(s.service_met, (bool, type(None)))
    assert "_row" not in vars(untouched)
    with pytest.raises(AttributeError):
        untouched.no_such_field  # noqa: B018 - the attribute read is the test


@pytest.mark.parametrize("seek", [3, 5000])
def test_a_list_key_every_so_many_rows_and_a_page_at_an_offset_after_it(office, monkeypatch, seek):
    """The keys of the every-th rows, from the top or after one of them, and a page at an offset
    after a key: what the whole list says at those positions, for plain lists and for searches
    (read the search's way up to ``SEEK_ROWS`` rows after the key, by the plain SQL beyond)."""
    from kppn_desktop.storage import listing

    monkeypatch.setattr(listing, "SEEK_ROWS", seek)
    rows = _out_of_order(_everything())
    some = rows[len(rows) // 2]
    for flt in (queries.ListFilter(), queries.ListFilter(channel="whatsapp"),
                queries.ListFilter(text="rekonsiliasi"),
                queries.ListFilter(text=some.stakeholder.name.split()[0]),
                queries.ListFilter(text="ka", date_to=some.received_date)):
        whole = queries.list_consultations(office, flt, limit=1000)
        assert len(whole) > 6, flt
        keys = queries.list_keys(office, flt, every=3)
        assert keys == [queries.page_key(s) for s in whole[2::3]], flt
        assert queries.list_keys(office, flt, every=3, after=keys[0], count=2) == keys[1:3]
        assert queries.list_keys(office, flt, every=3, count=0) == []
        for k, offset in ((0, 0), (0, 2), (1, 1), (len(keys) - 1, 2)):
            page = queries.list_consultations(office, flt, offset=offset, limit=4, after=keys[k])
            start = 3 * (k + 1) + offset
            assert [s.id for s in page] == [s.id for s in whole[start:start + 4]], (flt, k)
    assert queries.list_keys(office, queries.ListFilter(order="deadline", states=("dieskalasi",)),
                             every=2) == []
    from kppn_desktop.domain.errors import ValidationError

    for bad in ({"every": 0}, {"every": True}, {"count": -1}):
        with pytest.raises(ValidationError):
            queries.list_keys(office, queries.ListFilter(), **bad)


def test_a_saved_consultation_s_summary_is_the_one_peewee_reads(office):
    """``summary_of``, ``visit_result`` and ``find_by_number`` read their summaries with the
    lists' hand-written select: each value, and its type, is what a peewee select of the same
    columns (written here) gives."""
    from peewee import JOIN, fn

    from kppn_desktop.services.records import ConsultationSummary
    from kppn_desktop.storage.models import Category, Section

    columns = (
        Consultation.id, Consultation.number, Consultation.visit, Consultation.state,
        Consultation.version, Consultation.channel, Consultation.category, Category.name,
        Consultation.section, fn.COALESCE(Section.name, ""), Consultation.summary,
        Consultation.stakeholder, Stakeholder.name, Stakeholder.kode_satker, Consultation.officer,
        User.full_name, Consultation.received_at, Consultation.service_target,
        Consultation.service_due_at, Consultation.service_met, Consultation.solution_due_at,
        Consultation.solution_met, Consultation.resolved_at)

    def by_peewee(condition):
        return [ConsultationSummary.from_values(row) for row in Consultation.select(*columns)
                .join_from(Consultation, Category)
                .join_from(Consultation, Section, join_type=JOIN.LEFT_OUTER)
                .join_from(Consultation, Stakeholder)
                .join_from(Consultation, User, on=(Consultation.officer == User.id))
                .where(condition).order_by(Consultation.id).tuples()]

    def same(a, b):
        assert vars(a) == vars(b)
        assert [type(v) for v in vars(a).values()] == [type(v) for v in vars(b).values()]

    ids = [c for (c,) in Consultation.select(Consultation.id).order_by(Consultation.id).tuples()]
    resolved = Consultation.select(Consultation.id).where(Consultation.resolved_at.is_null(False))
    assert resolved.count() and Consultation.select().where(
        Consultation.service_met.is_null()).count()
    for cid in ids[::7]:
        [expected] = by_peewee(Consultation.id == cid)
        same(queries.summary_of(cid), expected)
        same(queries.find_by_number(expected.number), expected)
        same(queries.find_by_number(expected.number, Consultation.get_by_id(cid).office_id),
             expected)
    visits = [v for (v,) in Visit.select(Visit.id).order_by(Visit.id).tuples()][::9]
    for visit_id in visits:
        result = queries.visit_result(visit_id)
        expected = by_peewee(Consultation.visit == visit_id)
        assert len(result.consultations) == len(expected) >= 1
        for a, b in zip(result.consultations, expected):
            same(a, b)
    with pytest.raises(queries.NotFound):
        queries.summary_of(max(ids) + 1)
    with pytest.raises(queries.NotFound):
        queries.find_by_number(queries.summary_of(ids[0]).number, 999_999)  # another office
