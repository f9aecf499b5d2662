"""Personal data by law (UU 27/2022 Pelindungan Data Pribadi): the end of the retention period
(anonymisation), a person's request for their data (export), and the record of processing.

**Anonymisation.** A consultation resolved before the cut-off (the retention period, in years,
counted back from today in the office's calendar) loses its personal text: the question, the
summary, the answer, every note and reason, the contact person and phone, the file names read
:data:`personal.MARK`, its files' bytes are deleted where no other consultation still needs them,
and its seal key is deleted, which leaves the seals in the history unlinkable. A stakeholder
whose consultations are all anonymised (or who has none and was last changed before the cut-off)
keeps only the kind and the organisation (satker, institution): name, NIP, phone and e-mail go.
Nothing a report counts changes (category, channel, section, officer, every clock and sum), and
the history only grows: one event per consultation and one for the run, so ``db verify`` passes.
Open consultations are never anonymised.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from peewee import JOIN, Case, fn

from kppn_desktop.domain.events import EventKind
from kppn_desktop.domain.workflow import Action, State
from kppn_desktop.services import settings
from kppn_desktop.services.context import Actor, audit, instant, require, transaction
from kppn_desktop.services.office import office_calendar
from kppn_desktop.storage import history, listing, personal
from kppn_desktop.storage.models import (Attachment, Blob, Consultation, DocumentRequest,
                                         Escalation, Event, PersonalText, ProgressUpdate,
                                         Resolution, Stakeholder, Visit)

MARK = personal.MARK
#: Consultations anonymised per transaction.
BATCH = 500
#: The subject and action of a run's event in the history.
RUN_SUBJECT = "data_pribadi"
RUN_ACTION = "anonimisasi data pribadi"


def retention_cut_off(now: dt.datetime, years: int) -> dt.datetime:
    """The start of the office-local day ``years`` before ``now`` (29 February: the 28th)."""
    calendar = office_calendar()
    today = calendar.local(now).date()
    try:
        day = today.replace(year=today.year - years)
    except ValueError:
        day = today.replace(year=today.year - years, day=28)
    return dt.datetime.combine(day, dt.time(), tzinfo=calendar.tz).astimezone(dt.timezone.utc)


@dataclass(frozen=True)
class AnonymisationPlan:
    """What a run would anonymise now (a dry run), or what it did."""

    retention_years: int
    cut_off: dt.datetime              # consultations resolved before this instant
    consultations: int
    stakeholders: int
    files: int
    done: bool = False

    @property
    def message(self) -> str:
        day = office_calendar().local(self.cut_off).date()
        when = f"diselesaikan sebelum {day:%d-%m-%Y} (masa simpan {self.retention_years} tahun)"
        if not self.consultations and not self.stakeholders:
            return f"Tidak ada data pribadi yang masa simpannya berakhir: tidak ada konsultasi {when}."
        what = (f"{self.consultations} konsultasi {when}, {self.stakeholders} stakeholder dan isi "
                f"{self.files} berkas lampiran")
        if self.done:
            return (f"Dianonimkan: {what}. Statistik dan laporan tidak berubah; riwayat mencatat "
                    "anonimisasi ini.")
        return f"Akan dianonimkan: {what}. Statistik dan laporan tidak berubah."


def _due(cut_off: dt.datetime):
    return Consultation.select(Consultation.id).where(
        Consultation.state == State.RESOLVED, Consultation.resolved_at < cut_off,
        Consultation.anonymised_at.is_null())


def _stakeholders_due(cut_off: dt.datetime, *, planned: bool = False):
    """Stakeholders not yet anonymised with no consultation left that keeps its personal text
    (``planned``: apart from those a run would anonymise now), or, without any consultation,
    last changed before the cut-off."""
    still = (Consultation.select(Consultation.stakeholder)
             .where(Consultation.anonymised_at.is_null()))
    if planned:
        still = still.where(Consultation.id.not_in(_due(cut_off)))
    return Stakeholder.select(Stakeholder.id).where(
        ~Stakeholder.anonymised, Stakeholder.id.not_in(still),
        Stakeholder.id.in_(Consultation.select(Consultation.stakeholder))
        | (Stakeholder.updated_at < cut_off))


def _blobs_due(consultation_ids: list[int]):
    """Files attached to these consultations and to no consultation that keeps its text."""
    kept = (Attachment.select(Attachment.blob).join(Consultation)
            .where(Consultation.anonymised_at.is_null(), Consultation.id.not_in(consultation_ids)))
    return (Blob.select(Blob.id).join(Attachment)
            .where(Attachment.consultation.in_(consultation_ids), Blob.removed_at.is_null(),
                   Blob.id.not_in(kept)).distinct())


def plan_anonymisation(actor: Actor, now: dt.datetime | None = None) -> AnonymisationPlan:
    """The dry run: what :func:`anonymise` would do now."""
    require(actor, Action.MANAGE_PERSONAL_DATA)
    now = instant(now)
    years = settings.get(settings.RETENTION_YEARS)
    cut_off = retention_cut_off(now, years)
    ids = [cid for (cid,) in _due(cut_off).tuples()]
    files = 0
    for start in range(0, len(ids), BATCH):
        files += _blobs_due(ids[start:start + BATCH]).count()
    return AnonymisationPlan(years, cut_off, len(ids),
                             _stakeholders_due(cut_off, planned=True).count(), files)


def _marked(field):
    """``field`` as MARK, or empty where it was empty (nothing personal was there)."""
    return Case(None, ((field == "", ""),), MARK)


def _anonymise_batch(actor: Actor, ids: list[int], now: dt.datetime, years: int) -> int:
    """One transaction: the text of ``ids`` marked, their keys deleted, one event each; returns
    how many files' bytes were deleted."""
    with transaction():
        ids = [cid for (cid,) in Consultation.select(Consultation.id).where(
            Consultation.id.in_(ids), Consultation.anonymised_at.is_null(),
            Consultation.state == State.RESOLVED).tuples()]      # none reopened meanwhile
        if not ids:
            return 0
        blobs = [bid for (bid,) in _blobs_due(ids).tuples()]
        mine = Consultation.id.in_(ids)
        Consultation.update(
            question=MARK, summary=MARK, answer=_marked(Consultation.answer),
            contact_person=_marked(Consultation.contact_person),
            contact_phone=_marked(Consultation.contact_phone), seal_key="", anonymised_at=now,
            version=Consultation.version + 1, updated_at=now).where(mine).execute()
        for model, fields in ((Resolution, ("answer",)),
                              (Escalation, ("reason", "contact_person", "contact_phone")),
                              (ProgressUpdate, ("note",)),
                              (DocumentRequest, ("description", "received_note")),
                              (Attachment, ("filename", "removal_reason")),
                              (PersonalText, ("text",))):
            model.update({getattr(model, f): _marked(getattr(model, f)) for f in fields}).where(
                model.consultation.in_(ids)).execute()
        if blobs:
            Blob.update(data=b"", removed_at=now).where(Blob.id.in_(blobs)).execute()
        # A visit's HAI CSO ticket leads back to the person: gone with its last consultation.
        visits = Consultation.select(Consultation.visit).where(mine)
        open_visits = (Consultation.select(Consultation.visit)
                       .where(Consultation.anonymised_at.is_null()))
        Visit.update(external_ref=_marked(Visit.external_ref)).where(
            Visit.id.in_(visits), Visit.id.not_in(open_visits)).execute()
        for cid in ids:
            history.append_event(EventKind.ANONYMISED.value, at=now, consultation_id=cid,
                                 actor_id=actor.user_id, data={"masa_simpan_tahun": years})
        listing.refresh_search_text(consultation_ids=ids)
        return len(blobs)


def _anonymise_stakeholders(cut_off: dt.datetime, now: dt.datetime) -> int:
    with transaction():
        ids = [sid for (sid,) in _stakeholders_due(cut_off).tuples()]
        for start in range(0, len(ids), BATCH):
            chunk = ids[start:start + BATCH]
            Stakeholder.update(name=MARK, nip="", phone="", email="", anonymised=True,
                               updated_at=now, version=Stakeholder.version + 1).where(
                Stakeholder.id.in_(chunk)).execute()
            listing.refresh_search_text(consultation_ids=[
                cid for (cid,) in Consultation.select(Consultation.id)
                .where(Consultation.stakeholder.in_(chunk)).tuples()])
        return len(ids)


def anonymise(actor: Actor, now: dt.datetime | None = None,
              progress: Callable[[int, int], None] | None = None) -> AnonymisationPlan:
    """Anonymise every consultation resolved before the retention cut-off, in batches (each its
    own transaction: a run stopped midway leaves whole consultations done, and the next run does
    the rest), then the stakeholders left without personal text; record the run."""
    require(actor, Action.MANAGE_PERSONAL_DATA)
    now = instant(now)
    years = settings.get(settings.RETENTION_YEARS)
    cut_off = retention_cut_off(now, years)
    ids = [cid for (cid,) in _due(cut_off).order_by(Consultation.id).tuples()]
    files = 0
    for start in range(0, len(ids), BATCH):
        files += _anonymise_batch(actor, ids[start:start + BATCH], now, years)
        if progress:
            progress(min(start + BATCH, len(ids)), len(ids))
    people = _anonymise_stakeholders(cut_off, now)
    result = AnonymisationPlan(years, cut_off, len(ids), people, files, done=True)
    with transaction():
        audit(actor, RUN_SUBJECT, RUN_ACTION, masa_simpan_tahun=years,
              batas=cut_off.isoformat(), konsultasi=len(ids), stakeholder=people, berkas=files)
    return result


@dataclass(frozen=True)
class LastRun:
    at: dt.datetime
    by: str
    consultations: int
    stakeholders: int
    files: int
    retention_years: int


def last_run() -> LastRun | None:
    """The last anonymisation run, as the history records it."""
    import json  # noqa: PLC0415

    from kppn_desktop.storage.models import User  # noqa: PLC0415

    event = (Event.select(Event.at, Event.data, fn.COALESCE(User.full_name, "Sistem"))
             .join(User, on=(Event.actor == User.id), join_type=JOIN.LEFT_OUTER)
             .where(Event.kind == EventKind.ADMIN.value, Event.subject == RUN_SUBJECT)
             .order_by(Event.seq.desc()).tuples().first())
    if event is None:
        return None
    at, data, by = event
    data = json.loads(data)
    return LastRun(at, by, data.get("konsultasi", 0),
                   data.get("stakeholder", 0), data.get("berkas", 0),
                   data.get("masa_simpan_tahun", 0))
