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
