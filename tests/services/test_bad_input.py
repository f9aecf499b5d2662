"""Whatever comes in, only the project's own errors come out, and a refusal stores nothing: the
service entry points fed with hostile values (NUL, lone surrogates, control characters, very long
text, huge or negative numbers, wrong types), on both engines (issue 11, items 6 and 8)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kppn_desktop.domain.errors import KppnError
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import queries
from kppn_desktop.services.queries import ListFilter
from kppn_desktop.services.records import QuestionInput
from kppn_desktop.services.stakeholders import StakeholderInput
from kppn_desktop.storage.models import Event

from .helpers import bendahara

HOSTILE_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec=None), max_size=20),          # surrogates, controls
    st.sampled_from(["", " ", "\x00", "a\x00b", "\ud800", "\u202e", "A" * 10_001, "\r\n" * 3,
                     "\x7f", "Budi\x1b[31m"]),
)
ANYTHING = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), HOSTILE_TEXT,
                     st.lists(st.integers(), max_size=2), st.integers(min_value=2 ** 63))
NUMBERS = st.one_of(st.integers(), st.integers(min_value=2 ** 63), st.integers(max_value=-1),
                    st.booleans(), st.floats(), st.none(), HOSTILE_TEXT)
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _refused_or_done(call) -> bool:
    """True when the call was refused (with the project's error, nothing stored)."""
    before = Event.select().count()
    try:
        call()
    except KppnError:
        assert Event.select().count() == before, "a refusal stored something"
        return True
    return False


@given(question=HOSTILE_TEXT, summary=ANYTHING, category=NUMBERS, name=HOSTILE_TEXT,
       phone=ANYTHING, channel=ANYTHING, ref=ANYTHING)
@SETTINGS
def test_taking_a_consultation(office, question, summary, category, name, phone, channel, ref):
    person = StakeholderInput(name=name, kind="masyarakat", phone=phone)
    _refused_or_done(lambda: svc.take_consultation(
        office.cso, channel=channel, questions=[QuestionInput(category, question, summary)],
        stakeholder=person, external_ref=ref))


@given(text=ANYTHING, offset=NUMBERS, limit=NUMBERS, officer=NUMBERS)
@SETTINGS
def test_listing(office, text, offset, limit, officer):
    def call():
        flt = ListFilter(text=text, officer_id=officer)
        queries.list_consultations(office.cso, flt, offset=offset, limit=limit)
        queries.count_consultations(office.cso, flt)
    _refused_or_done(call)


@given(answer=ANYTHING, regulation=ANYTHING, reason=ANYTHING, person=ANYTHING, phone=ANYTHING,
       section=NUMBERS, version=NUMBERS)
@SETTINGS
def test_working_a_consultation(office, answer, regulation, reason, person, phone, section,
                                version):
    [c] = svc.take_consultation(office.cso, channel="tatap_muka",
                                questions=[QuestionInput(office.categories[0].id, "SPM LS")],
                                stakeholder=bendahara()).consultations
    _refused_or_done(lambda: svc.request_documents(office.cso, c.id, reason,
                                                   expected_version=version))
    _refused_or_done(lambda: svc.escalate(office.cso, c.id, section_id=section, reason=reason,
                                          contact_person=person, contact_phone=phone,
                                          expected_version=None))
    _refused_or_done(lambda: svc.resolve(office.cso, c.id, answer, regulation,
                                         expected_version=None))


def test_an_online_message_from_1900_is_refused(office):
    old = dt.datetime(1900, 1, 1, tzinfo=dt.timezone.utc)
    assert _refused_or_done(lambda: svc.take_consultation(
        office.cso, channel="whatsapp", questions=[QuestionInput(office.categories[0].id, "x")],
        stakeholder=bendahara(), received_at=old))


@given(consultation_id=NUMBERS)
@SETTINGS
def test_any_consultation_id(office, consultation_id):
    _refused_or_done(lambda: svc.resolve(office.cso, consultation_id, "Dijawab.",
                                         expected_version=None))


@given(code=ANYTHING, name=ANYTHING, full_name=ANYTHING, username=ANYTHING, city=ANYTHING,
       minutes=NUMBERS)
@SETTINGS
def test_the_administrator_s_forms(office, code, name, full_name, username, city, minutes):
    import dataclasses

    from kppn_desktop.services import office as office_service
    from kppn_desktop.services import users

    _refused_or_done(lambda: office_service.save_section(office.admin, code, name))
    _refused_or_done(lambda: office_service.save_category(office.admin, name, None,
                                                          service_minutes=minutes))
    _refused_or_done(lambda: users.add_user(office.admin, username, full_name, "cso",
                                            "sandi-yang-cukup"))
    profile = office_service.get_office()
    _refused_or_done(lambda: office_service.save_office(
        office.admin, dataclasses.replace(profile, city=city, head_name=name)))
