"""The attachment and report services fed with anything (issue 11, item 8): names, bytes, sizes,
ids, dates and periods of any kind and type. Only the project's own errors come out, and a
refusal changes nothing stored, on both engines. The pattern of ``test_bad_input``."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kppn_desktop.domain.errors import KppnError
from kppn_desktop.services import attachments, papers, reports
from kppn_desktop.services import settings as app_settings
from kppn_desktop.storage.models import Attachment, Blob, ChainHead, Event

from .helpers import take, wita
from .test_bad_input import ANYTHING, HOSTILE_TEXT, NUMBERS

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 17
TOO_BIG = object()      # replaced by a file one byte over the office's limit

DATA = st.one_of(st.binary(max_size=64), st.sampled_from([PDF, PNG, b"", b"%PDF-", TOO_BIG]),
                 st.builds(lambda b: PDF + b, st.binary(max_size=32)), ANYTHING)
DATES = st.one_of(st.dates(), st.sampled_from([dt.date.min, dt.date.max,
                                               dt.date(1900, 1, 1), dt.date(2026, 3, 17)]),
                  ANYTHING)
INSTANTS = st.one_of(st.none(), st.datetimes(timezones=st.just(dt.timezone.utc)),
                     st.datetimes(), st.sampled_from([dt.datetime.min, dt.datetime.max]),
                     ANYTHING)
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _stored() -> tuple:
    """Everything an attachment or a report call could change."""
    return (Event.select().count(), ChainHead.select(ChainHead.seq).scalar(),
            list(Attachment.select(Attachment.id, Attachment.filename, Attachment.size,
                                   Attachment.removed_at, Attachment.removal_reason)
                 .order_by(Attachment.id).tuples()),
            list(Blob.select(Blob.id, Blob.sha256, Blob.removed_at).order_by(Blob.id).tuples()))


def _refused_or_done(call) -> bool:
    """True when the call was refused, with the project's error and nothing stored changed."""
    before = _stored()
    try:
        call()
    except KppnError:
        assert _stored() == before, "a refusal changed what is stored"
        return True
    return False


def _consultation(office):
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    return c


def _data(value):
    if value is TOO_BIG:
        return PDF + b"\0" * app_settings.get(app_settings.ATTACHMENT_MAX_BYTES)
    return value


@given(name=HOSTILE_TEXT | ANYTHING, data=DATA, at=INSTANTS)
@example(name="spm.pdf", data=PDF, at=dt.datetime(1, 1, 1, tzinfo=dt.timezone.utc))
@example(name="spm.pdf", data=PDF, at=dt.datetime.max.replace(tzinfo=dt.timezone.utc))
@example(name="spm.pdf", data=bytearray(PDF), at=None)
@example(name="spm.pdf", data="%PDF-1.4 teks", at=None)
@example(name="spm.pdf", data=12, at=None)
@SETTINGS
def test_attaching_a_file(office, name, data, at):
    c = _consultation(office)
    _refused_or_done(lambda: attachments.attach_file(office.cso, c.id, name, _data(data), at=at))


@given(consultation_id=NUMBERS, attachment_id=NUMBERS, reason=ANYTHING, at=INSTANTS)
@example(consultation_id=2 ** 70, attachment_id=2 ** 70, reason="Salah", at=None)
@example(consultation_id=-1, attachment_id=0, reason="Salah", at=None)
@example(consultation_id="1", attachment_id="1", reason=None, at=None)
@SETTINGS
def test_any_id_reason_or_time_for_an_attachment(office, consultation_id, attachment_id, reason,
                                                 at):
    c = _consultation(office)
    attachments.attach_file(office.cso, c.id, "spm.pdf", PDF)
    _refused_or_done(lambda: attachments.attach_file(office.cso, consultation_id, "spm.pdf", PDF))
    _refused_or_done(lambda: attachments.read_attachment(office.cso, attachment_id))
    _refused_or_done(lambda: attachments.get_consultation_attachments(consultation_id))
    _refused_or_done(lambda: attachments.remove_attachment(office.cso, attachment_id, reason,
                                                           at=at))


@given(reason=ANYTHING, at=INSTANTS)
@example(reason="Salah unggah", at=dt.datetime(1, 1, 1, tzinfo=dt.timezone.utc))
@SETTINGS
def test_removing_an_attachment_with_any_reason_or_time(office, reason, at):
    c = _consultation(office)
    info = attachments.attach_file(office.cso, c.id, "spm.pdf", PDF)
    _refused_or_done(lambda: attachments.remove_attachment(office.cso, info.id, reason, at=at))


@given(first=DATES, last=DATES, now=INSTANTS)
@example(first=dt.date(2026, 3, 1), last=dt.date.max, now=None)
@example(first=dt.date.min, last=dt.date(2026, 3, 1), now=None)
@example(first=dt.date.min, last=dt.date.max, now=None)
@example(first=dt.date(2026, 3, 1), last=dt.date(2026, 3, 31),
         now=dt.datetime(1, 1, 1, tzinfo=dt.timezone.utc))
@example(first=dt.datetime(2026, 3, 1, 9), last=dt.date(2026, 3, 31), now=None)
@example(first=dt.date(2026, 3, 1), last=dt.date(2026, 3, 31), now=dt.datetime(2026, 3, 5))
@example(first=dt.date(2026, 3, 1), last=dt.date(2026, 3, 31), now="2026-03-05")
@SETTINGS
def test_a_report_for_any_period(office, first, last, now):
    _consultation(office)
    _refused_or_done(lambda: reports.service_report(office.kakan, first, last, now=now))


@given(first=DATES, last=DATES, kind=ANYTHING | st.sampled_from(["pdf", "csv", "xlsx", "PDF"]))
@example(first=dt.date(2026, 3, 1), last=dt.date(2026, 3, 31), kind=None)
@example(first=dt.date(2026, 3, 1), last=dt.date(2026, 3, 31), kind=[1])
@example(first=None, last=True, kind="pdf")
@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_report_file_of_any_kind(office, first, last, kind):
    _consultation(office)
    _refused_or_done(lambda: reports.report_file(office.kakan, first, last, kind))


@given(consultation_id=NUMBERS, number=ANYTHING, layout=ANYTHING)
@example(consultation_id=2 ** 70, number="1" * 10_001, layout="a4")
@example(consultation_id=1, number=None, layout=None)
@example(consultation_id=1, number="x", layout=["a4"])
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_paper_for_any_consultation_or_layout(office, consultation_id, number, layout):
    _consultation(office)
    _refused_or_done(lambda: papers.slip_pdf(office.cso, consultation_id, layout))
    _refused_or_done(lambda: papers.receipt_pdf(office.cso, consultation_id, layout))
    _refused_or_done(lambda: papers.slip_pdf_by_number(office.cso, number, layout))
