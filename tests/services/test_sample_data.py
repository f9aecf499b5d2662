"""The sample data: the bulk writer stores what the services would have stored."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from peewee import fn

from kppn_desktop.demo import sample
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import office as office_service
from kppn_desktop.services import projection, queries
from kppn_desktop.services.context import Actor
from kppn_desktop.services.records import QuestionInput
from kppn_desktop.storage import history
from kppn_desktop.storage.models import (
    Attachment,
    Consultation,
    Escalation,
    Event,
    NumberSequence,
    Resolution,
    Stakeholder,
    User,
    Visit,
)

NOW = dt.datetime(2026, 3, 20, 3, 30, tzinfo=dt.timezone.utc)   # Friday 11:30 WITA


@pytest.fixture
def bulk(database):
    report = sample.generate(consultations=400, months=3, seed=7, now=NOW, bulk=True)
    return report


def test_bulk_sample_matches_what_the_services_store(bulk):
    assert bulk.consultations == Consultation.select().count() == 400
    assert bulk.states == Counter(dict(Consultation.select(
        Consultation.state, fn.COUNT(Consultation.id)).group_by(Consultation.state).tuples()))
    # The history is one unbroken chain, with the events the services write.
    report = history.verify_chain()
    assert report.ok, report.message
    kinds = Counter(k for (k,) in Event.select(Event.kind).tuples())
    assert kinds["diterima"] == 400
    assert kinds["dieskalasi"] == Escalation.select().count() > 0
    assert kinds["diselesaikan"] == Resolution.select().count() > 0
    assert kinds["lampiran_ditambah"] == Attachment.select().count() > 0
    # Every consultation's stored clock columns are what its history says. (The two messages
    # still waiting in the queue went through the services, which judge them by the real clock.)
    for c in Consultation.select().where(Consultation.state != "diterima"):
        columns = projection.columns(projection.clocks_of(c.id, c.service_target, NOW))
        assert columns == {k: getattr(c, k) for k in columns}, c.number


def test_bulk_numbers_follow_the_day_counters_and_returning_stakeholders(bulk):
    numbers = [n for (n,) in Consultation.select(Consultation.number).tuples()]
    assert len(set(numbers)) == len(numbers)
    for day, last in NumberSequence.select(NumberSequence.day, NumberSequence.last).tuples():
        day = NumberSequence.day.python_value(day)
        of_day = sorted(n for n in numbers if n.split("-")[1] == f"{day:%Y%m%d}")
        assert of_day[-1].endswith(f"-{last:04d}") and len(of_day) == last
    assert Stakeholder.select().count() < Visit.select().count()


def test_the_desk_goes_on_after_a_bulk_sample(bulk):
    """Row ids, numbers and the chain continue after the bulk rows (PostgreSQL sequences too)."""
    user = User.get(User.username == "cso1")
    cso = Actor(user.id, user.username, user.full_name, user.role)
    category = office_service.list_categories()[0]
    visit = svc.take_consultation(cso, channel="tatap_muka",
                                  questions=[QuestionInput(category.id, "Tanya SPM?")],
                                  stakeholder_id=Stakeholder.select(Stakeholder.id).scalar(),
                                  at=NOW + dt.timedelta(minutes=5))
    summary = visit.consultations[0]
    assert summary.id == Consultation.select(fn.MAX(Consultation.id)).scalar()
    same_day = Consultation.select().where(Consultation.received_date == dt.date(2026, 3, 20))
    assert summary.number.endswith(f"-{same_day.count():04d}")
    assert history.verify_chain().ok
    found = queries.list_consultations(cso, queries.ListFilter(text="Tanya SPM"))
    assert [s.id for s in found] == [summary.id]
