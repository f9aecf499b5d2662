"""Sample data by the hundred thousand: the courses of ``sample_data``, written straight into the
tables in batches (``executemany`` on SQLite, ``COPY`` on PostgreSQL) instead of one service call
at a time, so that a million consultations take minutes.

Everything the services would store is stored the same way: numbers from the day counters, the
hash-chained history continued from its head (``db verify`` stays green), and the clock columns
computed from each consultation's events by the same domain clocks and ``projection.columns``.
Each batch is one transaction, so a stopped run leaves a consistent database. Meant for a database
nobody else writes to at the same time (row ids are taken from the current maximum)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass, field

from peewee import EXCLUDED, SqliteDatabase, fn

from kppn_desktop.demo.sample_data import (
    CONTACT_PHONE,
    SAMPLE_FILES,
    SampleOffice,
    SampleReport,
    escalate_share,
    escalation_section,
    intake,
    plan_course,
)
from kppn_desktop.domain import filetypes, validation
from kppn_desktop.domain.clocks import consultation_clocks, cycle_columns, missed_update_days
from kppn_desktop.domain.events import ClockEvent, EventKind
from kppn_desktop.services import office as office_service
from kppn_desktop.services import projection
from kppn_desktop.services.consultations import SUMMARY_LENGTH
from kppn_desktop.storage import clock_columns, history, listing, personal, rollups
from kppn_desktop.storage.clock_columns import CYCLE_COLUMNS
from kppn_desktop.storage.database import db
from kppn_desktop.storage.models import (
    Attachment,
    Blob,
    Consultation,
    ConsultationCycle,
    DocumentRequest,
    Escalation,
    Event,
    MissedUpdate,
    NumberSequence,
    PersonalText,
    ProgressUpdate,
    Resolution,
    Stakeholder,
    Visit,
)

#: Consultations per transaction.
BATCH = 5000

_COLUMNS = {
    Stakeholder: ("id", "office_id", "name", "kind", "role", "kode_satker", "satker_name", "kode_ba", "nip",
                  "phone", "email", "institution", "created_at", "updated_at", "anonymised",
                  "version"),
    Visit: ("id", "office_id", "channel", "external_ref", "received_at", "stakeholder_id",
            "officer_id", "created_at"),
    Consultation: ("id", "office_id", "number", "visit_id", "stakeholder_id", "channel", "category_id",
                   "section_id", "officer_id", "summary", "question", "state", "received_at",
                   "received_date", "cycle", "answer", "regulation", "resolved_at", "escalated_at",
                   "contact_person", "contact_phone", "service_target", "service_due_at",
                   "service_minutes", "service_met", "solution_due_at", "solution_met",
                   "missed_updates", "escalated_on", "credited_on", "updated_at", "version",
                   "search_text", "seal_key"),
    ConsultationCycle: ("consultation_id", "office_id", *(ConsultationCycle._meta.fields[name].column_name
                                             for name in CYCLE_COLUMNS)),
    MissedUpdate: ("consultation_id", "office_id", "cycle", "day"),
    Event: ("seq", "consultation_id", "kind", "at", "actor_id", "subject", "data", "prev_hash",
            "hash", "recorded_at"),
    PersonalText: ("id", "consultation_id", "text"),
    DocumentRequest: ("id", "consultation_id", "description", "requested_at", "requested_by_id",
                      "received_at", "received_by_id", "received_note"),
    Attachment: ("id", "consultation_id", "blob_id", "filename", "mime", "size", "added_at",
                 "added_by_id", "removal_reason"),
    Escalation: ("id", "consultation_id", "cycle", "section_id", "reason", "contact_person",
                 "contact_phone", "at", "by_id"),
    ProgressUpdate: ("id", "consultation_id", "cycle", "kind", "channel", "note", "at", "by_id"),
    Resolution: ("id", "consultation_id", "cycle", "answer", "regulation", "at", "by_id"),
}
#: Insert order: every row after the rows it refers to.
_ORDER = (Stakeholder, Visit, Consultation, ConsultationCycle, MissedUpdate, Event, PersonalText,
          DocumentRequest, Attachment, Escalation, ProgressUpdate, Resolution)
#: Rows whose ids are given here: other rows or the events' seals refer to them.
_WITH_IDS = (Stakeholder, Visit, Consultation, Attachment, PersonalText, DocumentRequest,
             Escalation, ProgressUpdate, Resolution)


def _naive(t: dt.datetime | None) -> dt.datetime | None:
    """An instant as the tables store it (naive UTC, see ``UtcDateTimeField``)."""
    return None if t is None else t.astimezone(dt.timezone.utc).replace(tzinfo=None)


@dataclass
class _Batch:
    rows: dict = field(default_factory=lambda: {model: [] for model in _ORDER})
    events: list = field(default_factory=list)       # for history.extend_chain
    days: dict = field(default_factory=dict)         # day -> last number of the day
    resolved_days: set = field(default_factory=set)  # the days its clocks and cycles counted on


class _Writer:
    """Row ids, day counters and the insert statements of one run."""

    def __init__(self, office: SampleOffice, now: dt.datetime):
        self.office, self.now = office, now
        self.calendar = office.calendar
        self.standard = office_service.service_standard(office.office_id)
        self.office_row = office_service.office_row(office.office_id)
        self.sqlite = isinstance(db.obj, SqliteDatabase)
        self.next_id = {model: (model.select(fn.MAX(model.id)).scalar() or 0) + 1
                        for model in _WITH_IDS}
        self.numbers = dict(NumberSequence.select(NumberSequence.day, NumberSequence.last)
                            .where(NumberSequence.office_code == self.office_row.code).tuples())
        self.numbers = {NumberSequence.day.python_value(d): n for d, n in self.numbers.items()}
        self.people: dict[int, tuple[int, str]] = {}    # index in office.people -> (id, name)
        self.contact_phone = validation.phone(CONTACT_PHONE, "contact_phone")
        self.blobs = self._blobs()

    def _blobs(self) -> dict[str, tuple[int, str, int, str]]:
        """filename -> (blob id, mime, size, sha256) of the sample files, stored once."""
        out = {}
        with db.atomic():
            for name, data in SAMPLE_FILES:
                digest = hashlib.sha256(data).hexdigest()
                kind = filetypes.detect(data)
                blob = Blob.get_or_none(Blob.sha256 == digest) or Blob.create(
                    sha256=digest, size=len(data), mime=kind.mime, data=data)
                out[name] = (blob.id, kind.mime, len(data), digest)
        return out

    def take_id(self, model) -> int:
        value = self.next_id[model]
        self.next_id[model] = value + 1
        return value

    # --- one consultation --------------------------------------------------------------------

    def stakeholder(self, batch: _Batch, who: int, at: dt.datetime) -> tuple[int, str]:
        if who not in self.people:
            v = self.office.people[who].validated()
            sid = self.take_id(Stakeholder)
            batch.rows[Stakeholder].append((
                sid, self.office_row.id, v["name"], v["kind"], v["role"], v["kode_satker"], v["satker_name"],
                v["kode_ba"], v["nip"], v["phone"], v["email"], v["institution"], _naive(at),
                _naive(at), False, 1))
            self.people[who] = (sid, v["name"])
        return self.people[who]

    def consultation(self, rng: random.Random, batch: _Batch, it, share: float) -> str:
        cal, now = self.calendar, self.now
        person_id, person_name = self.stakeholder(batch, it.who, it.taken_at)
        visit_id, cid = self.take_id(Visit), self.take_id(Consultation)
        batch.rows[Visit].append((visit_id, self.office_row.id, it.channel, it.external_ref,
                                  _naive(it.received), person_id, it.cso.user_id,
                                  _naive(it.taken_at)))
        day = cal.local(it.received).date()
        last = self.numbers.get(day, 0) + 1
        batch.days[day] = self.numbers[day] = last
        category = it.category
        summary = " ".join(it.text.split())[:SUMMARY_LENGTH]
        target = category.service_minutes or self.standard.service_minutes
        key = personal.new_key()
        rows = batch.rows

        def sealed(model, column, row_id, text):
            return personal.seal(key, model, column, row_id, text)

        def kept(text):
            tid = self.take_id(PersonalText)
            rows[PersonalText].append((tid, cid, text))
            return sealed(PersonalText, "text", tid, text)

        events = [(EventKind.RECEIVED, it.received, it.cso,
                   {"kanal": it.channel, "kategori": category.name,
                    "pertanyaan": sealed(Consultation, "question", cid, it.text),
                    "ringkasan": sealed(Consultation, "summary", cid, summary)})]
        if it.online and it.taken_at > it.received:
            events.append((EventKind.SERVICE_STARTED, it.taken_at, it.cso, {}))
        section_id = escalation_section(self.office, category.section_id)
        kasi = self.office.kasis.get(section_id)
        course = plan_course(rng, cal, it.taken_at, now, share, with_kasi=kasi is not None)
        row = {"section": category.section_id, "cycle": 1, "answer": "", "regulation": "",
               "resolved_at": None, "escalated_at": None, "contact_person": "",
               "contact_phone": "", "version": 1, "updated_at": it.taken_at}
        escalated_to: dict[int, int] = {}          # cycle -> section
        for s in course.steps:
            actor = (kasi if s.action == "kasi_respond" else it.cso).user_id
            cycle = row["cycle"]
            if s.action != "attach":
                row["version"] += 1
                row["updated_at"] = s.at
            if s.action == "attach":
                blob_id, mime, size, digest = self.blobs[s.text]
                aid = self.take_id(Attachment)
                name = filetypes.safe_display_name(s.text)
                rows[Attachment].append((aid, cid, blob_id, name, mime, size, _naive(s.at),
                                         actor, ""))
                events.append((EventKind.ATTACHMENT_ADDED, s.at, it.cso,
                               {"lampiran": aid, "sha256": digest, "ukuran": size,
                                "nama": sealed(Attachment, "filename", aid, name)}))
            elif s.action == "request_documents":
                rid = self.take_id(DocumentRequest)
                rows[DocumentRequest].append([rid, cid, s.text, _naive(s.at), actor, None, None,
                                              ""])
                events.append((EventKind.DOCUMENTS_REQUESTED, s.at, it.cso,
                               {"alasan": sealed(DocumentRequest, "description", rid, s.text)}))
            elif s.action == "receive_documents":
                request = rows[DocumentRequest][-1]
                request[5:8] = [_naive(s.at), actor, s.text]
                events.append((EventKind.DOCUMENTS_RECEIVED, s.at, it.cso, {
                    "catatan": sealed(DocumentRequest, "received_note", request[0], s.text)}))
            elif s.action == "resolve":
                rid = self.take_id(Resolution)
                rows[Resolution].append((rid, cid, cycle, s.text, s.detail, _naive(s.at), actor))
                row.update(answer=s.text, regulation=s.detail, resolved_at=s.at)
                events.append((EventKind.RESOLVED, s.at, it.cso,
                               {"jawaban": sealed(Resolution, "answer", rid, s.text),
                                "dasar": s.detail}))
            elif s.action == "escalate":
                eid = self.take_id(Escalation)
                rows[Escalation].append((eid, cid, cycle, section_id, s.text, person_name,
                                         self.contact_phone, _naive(s.at), actor))
                row.update(section=section_id, escalated_at=s.at, contact_person=person_name,
                           contact_phone=self.contact_phone)
                escalated_to[cycle] = section_id
                events.append((EventKind.ESCALATED, s.at, it.cso, {
                    "alasan": sealed(Escalation, "reason", eid, s.text), "seksi": section_id,
                    "kontak": sealed(Escalation, "contact_person", eid, person_name),
                    "telepon": sealed(Escalation, "contact_phone", eid, self.contact_phone)}))
            elif s.action == "progress":
                pid = self.take_id(ProgressUpdate)
                rows[ProgressUpdate].append((pid, cid, cycle, "progres", s.detail, s.text,
                                             _naive(s.at), actor))
                events.append((EventKind.PROGRESS_UPDATE, s.at, it.cso,
                               {"catatan": sealed(ProgressUpdate, "note", pid, s.text),
                                "kanal": s.detail}))
            elif s.action == "kasi_respond":
                pid = self.take_id(ProgressUpdate)
                rows[ProgressUpdate].append((pid, cid, cycle, "tanggapan_kasi", "", s.text,
                                             _naive(s.at), actor))
                events.append((EventKind.KASI_RESPONSE, s.at, kasi,
                               {"catatan": sealed(ProgressUpdate, "note", pid, s.text)}))
            elif s.action == "reopen":
                row.update(cycle=cycle + 1, resolved_at=None, section=category.section_id)
                events.append((EventKind.REOPENED, s.at, it.cso, {"alasan": kept(s.text)}))

        # The pauses' reasons only explain a clock; the columns never read them.
        clock_events = [ClockEvent(kind, at) for kind, at, _actor, _data in events
                        if kind in projection.CLOCK_KINDS]
        # As of its last event, as the services and the recount store it.
        cycles = consultation_clocks(clock_events, cal, self.standard,
                                     max(at for _kind, at, _actor, _data in events),
                                     service_minutes=target)
        clocks = projection.columns(cycles)
        cycle_rows = clock_columns.with_sections(cycle_columns(cycles), escalated_to)
        rows[ConsultationCycle].extend(
            (cid, self.office_row.id, *(c[name] for name in CYCLE_COLUMNS)) for c in cycle_rows)
        missed = missed_update_days(cycles)
        rows[MissedUpdate].extend((cid, self.office_row.id, number, day)
                                  for number, day in missed)
        batch.resolved_days.update(clock_columns.days_of(cycle_rows, missed))
        rows[Consultation].append((
            cid, self.office_row.id, f"{self.office_row.code}-{day:%Y%m%d}-{last:04d}", visit_id,
            person_id,
            it.channel, category.id, row["section"], it.cso.user_id, summary, it.text,
            course.state, _naive(it.received), day, row["cycle"], row["answer"],
            row["regulation"], _naive(row["resolved_at"]), _naive(row["escalated_at"]),
            row["contact_person"], row["contact_phone"], target,
            _naive(clocks["service_due_at"]), clocks["service_minutes"], clocks["service_met"],
            _naive(clocks["solution_due_at"]), clocks["solution_met"], clocks["missed_updates"],
            clocks["escalated_on"], clocks["credited_on"], _naive(row["updated_at"]),
            row["version"], "", key))
        batch.resolved_days.update(cal.local(at).date() for kind, at, _actor, _data in events
                                   if kind in (EventKind.RESOLVED, EventKind.REOPENED))
        batch.events.extend((cid, kind.value, at, actor.user_id, "", data)
                            for kind, at, actor, data in events)
        return course.state

    # --- storing a batch ---------------------------------------------------------------------

    def store(self, batch: _Batch) -> None:
        """One transaction: the rows, the events chained after the head, the day counters."""
        with db.atomic():
            chained = history.extend_chain(batch.events)
            batch.rows[Event] = [(seq, cid, kind, _naive(at), actor, subject, data, prev, digest,
                                  _naive(at))
                                 for seq, cid, kind, at, actor, subject, data, prev, digest in chained]
            for model in _ORDER:
                self._insert(model, batch.rows[model])
            ids = [row[0] for row in batch.rows[Consultation]]
            if ids:
                listing.refresh_search_text(id_range=(ids[0], ids[-1]))
            rollups.refresh([*batch.days, *batch.resolved_days], self.office_row.id)
            if batch.days:
                (NumberSequence.insert_many(
                    [(self.office_row.code, day, last) for day, last in batch.days.items()],
                    fields=[NumberSequence.office_code, NumberSequence.day, NumberSequence.last])
                 .on_conflict(conflict_target=[NumberSequence.office_code, NumberSequence.day],
                              update={NumberSequence.last: EXCLUDED.last}).execute())
            if not self.sqlite:
                for model in _WITH_IDS:
                    table = model._meta.table_name
                    db.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                                   f"GREATEST((SELECT MAX(id) FROM \"{table}\"), 1))")

    def _insert(self, model, rows) -> None:
        if not rows:
            return
        columns = ", ".join(f'"{c}"' for c in _COLUMNS[model])
        table = f'"{model._meta.table_name}"'
        connection = db.connection()
        if self.sqlite:
            marks = ", ".join("?" * len(_COLUMNS[model]))
            connection.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
            return
        with connection.cursor() as cursor, cursor.copy(
                f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


def write(rng: random.Random, office: SampleOffice, now: dt.datetime, report: SampleReport,
          progress) -> None:
    """Generate and store every day's consultations of ``office``, ``BATCH`` at a time."""
    writer = _Writer(office, now)
    batch = _Batch()
    pending = 0
    for index, (day, n) in enumerate(zip(office.days, office.per_day)):
        share = escalate_share(office, index)
        # Numbers follow the time of arrival within the day.
        for it in sorted((intake(rng, office, day, now) for _ in range(n)),
                         key=lambda it: it.received):
            report.states[writer.consultation(rng, batch, it, share)] += 1
            report.consultations += 1
            pending += 1
        if pending >= BATCH:
            writer.store(batch)
            progress(f"  {day:%d-%m-%Y}: {report.consultations} konsultasi")
            batch, pending = _Batch(), 0
    writer.store(batch)
    db.execute_sql("ANALYZE")    # the planner's statistics, for lists that choose among indexes
