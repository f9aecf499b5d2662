"""The tables of KPPN Desktop (peewee models). Schema changes go through numbered migrations in
``storage/migrations``; a test fails when these models and the migrations disagree."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from kppn_desktop.domain.standards import DEFAULT_TIMEZONE
from kppn_desktop.domain.workflow import State
from kppn_desktop.storage.database import db


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UtcDateTimeField(pw.DateTimeField):
    """An instant: aware datetimes in, stored as naive UTC, aware UTC out."""

    def db_value(self, value):
        if isinstance(value, dt.datetime):
            if value.tzinfo is None:
                raise ValueError("an instant must carry its time zone")
            value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return super().db_value(value)

    def python_value(self, value):
        value = super().python_value(value)
        if isinstance(value, dt.datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value


def instant_from_db(value) -> dt.datetime:
    """An instant as the driver gives it in a raw row (SQLite: text; PostgreSQL: a naive
    datetime), aware UTC: what :class:`UtcDateTimeField` gives, at a fraction of peewee's cost
    per row."""
    if isinstance(value, str):
        # Parsing with the zone costs a sixth of parsing and then .replace().
        return dt.datetime.fromisoformat(value + "+00:00")
    return value.replace(tzinfo=dt.timezone.utc)


def instant_or_none(value) -> dt.datetime | None:
    """:func:`instant_from_db` of a column that may be NULL (None stays None)."""
    return None if value is None else instant_from_db(value)


def day_from_db(value) -> dt.date:
    """A day as the driver gives it in a raw row (SQLite: text; PostgreSQL: a date)."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def written_ids(ids) -> str:
    """Ids written into a statement (each made an integer): for hundreds of ids, peewee's
    parameter for each cost more than the query."""
    return ", ".join(str(int(i)) for i in ids) or "NULL"


def ids_in(field, ids) -> pw.Expression:
    """``field IN (ids)`` with the ids written in (:func:`written_ids`): one statement for any
    number of them, no batches."""
    return field.in_(pw.SQL(f"({written_ids(ids)})"))


def raw_rows(query, instants: tuple[int, ...] = ()) -> list[tuple]:
    """The rows of a peewee ``query`` as the driver gives them, with the columns at ``instants``
    made aware UTC instants (None stays None): a read of hundreds of rows without peewee's
    conversion of every value (three quarters of the time of the open consultations' read in a
    report at 1M consultations)."""
    rows = db.execute_sql(*query.sql()).fetchall()
    if not instants:
        return rows
    out = []
    for row in rows:
        row = list(row)
        for i in instants:
            row[i] = instant_or_none(row[i])
        out.append(tuple(row))
    return out


class BaseModel(pw.Model):
    class Meta:
        database = db
        legacy_table_names = False


class Office(BaseModel):
    """An office that uses this database: a KPPN (its desk, its data) or a Kanwil (the regional
    office that reads the reports of its KPPNs, ``parent`` of each). Every root row belongs to one
    office (migration 0018); a user sees only the rows of their own office."""

    code = pw.CharField(max_length=3, unique=True)          # kode KPPN
    name = pw.CharField(max_length=200)                     # 'KPPN Majene'
    office_type = pw.CharField(max_length=20, default="A2")
    full_name = pw.CharField(max_length=250, default="")
    address = pw.CharField(max_length=300, default="")
    city = pw.CharField(max_length=100, default="")
    phone = pw.CharField(max_length=40, default="")
    email = pw.CharField(max_length=120, default="")
    website = pw.CharField(max_length=200, default="")
    kanwil = pw.CharField(max_length=250, default="")
    timezone = pw.CharField(max_length=64, default=DEFAULT_TIMEZONE)
    head_name = pw.CharField(max_length=150, default="")
    head_nip = pw.CharField(max_length=18, default="")
    version = pw.IntegerField(default=1)
    #: 'kppn' or 'kanwil' (``domain.workflow.OfficeKind``).
    kind = pw.CharField(max_length=10, default="kppn")
    #: The Kanwil of a KPPN (None: a Kanwil, or a KPPN without one in this database).
    parent = pw.ForeignKeyField("self", null=True, backref="children", on_delete="SET NULL")


class Setting(BaseModel):
    """A configured value (JSON text); every key is declared once in ``services.settings``.
    ``office_id`` 0: a value of the whole database (the schema's recount requests, the sample
    marker); else the office's own (its standard, its hours)."""

    office_id = pw.IntegerField(default=0)
    key = pw.CharField(max_length=100)
    value = pw.TextField()

    class Meta:
        indexes = ((("office_id", "key"), True),)


class Section(BaseModel):
    office = pw.ForeignKeyField(Office, backref="sections", index=False)   # (office, code)
    code = pw.CharField(max_length=20)
    name = pw.CharField(max_length=150)
    active = pw.BooleanField(default=True)

    class Meta:
        indexes = ((("office", "code"), True),)


class Category(BaseModel):
    office = pw.ForeignKeyField(Office, backref="categories", index=False)  # (office, name)
    name = pw.CharField(max_length=200)
    section = pw.ForeignKeyField(Section, null=True, on_delete="SET NULL", backref="categories")
    #: Service target in office minutes; None means the office standard.
    service_minutes = pw.IntegerField(null=True)
    sort_order = pw.IntegerField(default=0)
    active = pw.BooleanField(default=True)

    class Meta:
        indexes = ((("office", "name"), True),)


class User(BaseModel):
    #: Usernames are unique in the whole database: a login names the user, not the office.
    username = pw.CharField(max_length=60, unique=True)
    office = pw.ForeignKeyField(Office, backref="users")
    full_name = pw.CharField(max_length=150)
    nip = pw.CharField(max_length=18, default="")
    role = pw.CharField(max_length=20)
    section = pw.ForeignKeyField(Section, null=True, on_delete="SET NULL", backref="users")
    password_hash = pw.CharField(max_length=255)
    active = pw.BooleanField(default=True)
    failed_logins = pw.IntegerField(default=0)
    locked_until = UtcDateTimeField(null=True)
    created_at = UtcDateTimeField(default=utcnow)
    version = pw.IntegerField(default=1)


class Closure(BaseModel):
    """A day the office closes although the calendar says open (``tutup``), or opens although the
    holiday list says closed (``buka``)."""

    office = pw.ForeignKeyField(Office, backref="closures", index=False)    # (office, day)
    day = pw.DateField()
    kind = pw.CharField(max_length=10, default="tutup")
    reason = pw.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("office", "day"), True),)


class HoursOverride(BaseModel):
    """Different office hours for a date range (e.g. Ramadan); ``hours`` is JSON per weekday."""

    office = pw.ForeignKeyField(Office, backref="hours_overrides")
    first_day = pw.DateField()
    last_day = pw.DateField()
    hours = pw.TextField()
    note = pw.CharField(max_length=200, default="")


class Stakeholder(BaseModel):
    """Whoever asks, as one office knows them: each office keeps its own stakeholders."""

    office = pw.ForeignKeyField(Office, backref="stakeholders")
    name = pw.CharField(max_length=150, index=True)
    kind = pw.CharField(max_length=30)
    role = pw.CharField(max_length=30, default="")
    kode_satker = pw.CharField(max_length=6, default="", index=True)
    satker_name = pw.CharField(max_length=200, default="")
    kode_ba = pw.CharField(max_length=3, default="")
    nip = pw.CharField(max_length=18, default="", index=True)
    phone = pw.CharField(max_length=20, default="", index=True)
    email = pw.CharField(max_length=120, default="")
    institution = pw.CharField(max_length=200, default="")
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)
    anonymised = pw.BooleanField(default=False)
    version = pw.IntegerField(default=1)


class Visit(BaseModel):
    """One visit to the desk or one online contact; it may bring several consultations."""

    office = pw.ForeignKeyField(Office, backref="visits")
    channel = pw.CharField(max_length=20)
    external_ref = pw.CharField(max_length=100, default="")
    received_at = UtcDateTimeField()
    stakeholder = pw.ForeignKeyField(Stakeholder, backref="visits")
    officer = pw.ForeignKeyField(User, backref="visits")
    created_at = UtcDateTimeField(default=utcnow)
    #: Sent by the client with a save; a save sent twice finds the first one instead of a second visit.
    request_key = pw.CharField(max_length=64, unique=True, null=True)


class NumberSequence(BaseModel):
    """Last consultation sequence number per office and day (the number's last part)."""

    office_code = pw.CharField(max_length=3)
    day = pw.DateField()
    last = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("office_code", "day"), True),)


class Consultation(BaseModel):
    """One question of a visit, with its own category and clocks.

    Columns after ``cycle`` are a projection of the event history, recomputed by the services in the
    same transaction as every event, so lists and reports can filter and count in SQL."""

    number = pw.CharField(max_length=30, unique=True)
    office = pw.ForeignKeyField(Office, backref="consultations", index=False)  # the list indexes
    visit = pw.ForeignKeyField(Visit, backref="consultations")
    stakeholder = pw.ForeignKeyField(Stakeholder, backref="consultations")
    channel = pw.CharField(max_length=20)
    category = pw.ForeignKeyField(Category, backref="consultations")
    section = pw.ForeignKeyField(Section, null=True, backref="consultations")
    officer = pw.ForeignKeyField(User, backref="consultations")
    summary = pw.CharField(max_length=200)
    question = pw.TextField()
    state = pw.CharField(max_length=20, index=True)
    received_at = UtcDateTimeField()
    received_date = pw.DateField(index=True)     # office-local day of receipt
    cycle = pw.IntegerField(default=1)
    answer = pw.TextField(default="")
    regulation = pw.CharField(max_length=300, default="")
    resolved_at = UtcDateTimeField(null=True, index=True)
    escalated_at = UtcDateTimeField(null=True)
    contact_person = pw.CharField(max_length=150, default="")
    contact_phone = pw.CharField(max_length=20, default="")
    service_target = pw.IntegerField()
    service_due_at = UtcDateTimeField(null=True)
    service_minutes = pw.DoubleField(null=True)     # office minutes, exact (rounded when shown)
    service_met = pw.BooleanField(null=True)
    solution_due_at = UtcDateTimeField(null=True)
    solution_met = pw.BooleanField(null=True)
    missed_updates = pw.IntegerField(default=0)
    # The current cycle's progress clock, as a report needs it of an open escalation (the updates
    # missed since its last one, ``clocks.progress_missed_since_update``): the office-local day
    # it was escalated on, and the working day its latest update counts for (None: none given).
    escalated_on = pw.DateField(null=True)
    credited_on = pw.DateField(null=True)
    updated_at = UtcDateTimeField(default=utcnow)
    version = pw.IntegerField(default=1)
    request_key = pw.CharField(max_length=64, unique=True, null=True)
    #: What the search box looks in (see ``storage.listing.refresh_search_text``); trigram-indexed.
    search_text = pw.TextField(default="")
    #: The key of the seals its events carry instead of personal text (``storage.personal``);
    #: emptied by anonymisation, which makes the seals unlinkable.
    seal_key = pw.CharField(max_length=64, default="")
    #: When its personal text was replaced by ``personal.MARK`` (retention ended, UU 27/2022).
    anonymised_at = UtcDateTimeField(null=True)
    #: Whether the library held an article or FAQ entry for its question when it was taken (or
    #: last edited); None: taken before the library (the report's "where an FAQ is missing").
    library_found = pw.BooleanField(null=True)

    class Meta:
        indexes = (
            (("received_at", "id"), False),
            (("state", "received_date"), False),
            (("officer", "state"), False),
            (("section", "state"), False),
            (("state", "solution_due_at"), False),
            (("stakeholder", "received_at"), False),
            (("category", "received_date"), False),
            # A past period's consultations resolved since its cut-off (migration 0020).
            (("office", "resolved_at", "received_date"), False),
            # The newest-first list indexes (migration 0015, led by the office since 0018): each
            # carries every column a list filters on, so a list checks its filters in the index
            # and stops after a page.
            (("office", "received_at", "id", "state", "channel", "category", "officer",
              "section", "received_date"), False),
            (("office", "category", "received_at", "id", "state", "channel", "officer",
              "section", "received_date"), False),
            (("office", "channel", "received_at", "id", "state", "category", "officer",
              "section", "received_date"), False),
            (("office", "section", "received_at", "id", "state", "channel", "category",
              "officer", "received_date"), False),
            # The office's open consultations (reports, notices, the Kanwil's overdue list).
            (("office", "state"), False),
        )


#: The escalations among a past period's consultations resolved since its cut-off (the
#: Kanwil's list of overdue escalations then; migration 0024): a partial index, of the
#: consultations ever escalated only (``escalated_at`` is set at an escalation and stays).
ESCALATED_RESOLVED_SINCE = "consultation_escalated_resolved_since"
Consultation.add_index(Consultation.index(
    Consultation.office, Consultation.resolved_at, Consultation.received_date,
    name=ESCALATED_RESOLVED_SINCE).where(Consultation.escalated_at.is_null(False)))


def escalated_now() -> pw.Expression:
    """``state = 'dieskalasi'`` with the state written in, not a parameter: the condition of the
    partial index :data:`OPEN_ESCALATIONS`, which SQLite uses only for a query that has it."""
    return Consultation.state == pw.SQL(f"'{State.ESCALATED.value}'")


#: The open escalations (migration 0023), a partial index of the escalated consultations only
#: (a few per office at any time): by office and solution deadline (those past it, for the
#: Kanwil's overdue list), holding every column the count of their missed progress reads (per
#: office, section and those two days).
OPEN_ESCALATIONS = "consultation_open_escalations"
Consultation.add_index(Consultation.index(
    Consultation.office, Consultation.solution_due_at, Consultation.section,
    Consultation.escalated_on, Consultation.credited_on, Consultation.escalated_at,
    Consultation.cycle,
    # The state too: SQLite 3.40 checks the index's own condition in the row unless it has it.
    Consultation.state, name=OPEN_ESCALATIONS).where(escalated_now()))


#: The days of a cycle row (:class:`ConsultationCycle`), each indexed after the office.
CYCLE_DAYS = ("opened_on", "service_decided_on", "stopped_on", "solution_decided_on",
              "resolved_on")


class ConsultationCycle(BaseModel):
    """One cycle of a consultation (the first from its receipt, one more from each reopening) and
    the verdicts of its clocks: a projection of the history, like the clock columns of
    :class:`Consultation`, rewritten with them. Reports count clocks per cycle, so a result once
    decided stays decided when the consultation is reopened (DOMAIN.md, "a result is final")."""

    consultation = pw.ForeignKeyField(Consultation, backref="cycles", on_delete="CASCADE",
                                      index=False)          # (consultation, number)
    # Its consultation's office, copied (migration 0027): a save's day sums read one office's
    # day as one range of each day index.
    office = pw.ForeignKeyField(Office, backref="+", index=False)
    number = pw.IntegerField()                     # 1, 2, ...
    service_met = pw.BooleanField(null=True)       # None: still undecided
    service_minutes = pw.DoubleField(null=True)    # handling time, exact; None until stopped
    escalated = pw.BooleanField(default=False)     # the cycle has a solution clock
    solution_met = pw.BooleanField(null=True)      # None: undecided or not escalated
    missed_updates = pw.IntegerField(default=0)
    # The office-local days things happened on: a report counts each in the period it happened
    # in (DOMAIN.md, reports as of a cut-off). None: not (yet) happened.
    opened_on = pw.DateField(null=True)            # received or reopened
    service_decided_on = pw.DateField(null=True)   # met at the stop, breached at the deadline
    stopped_on = pw.DateField(null=True)           # answered or escalated: handling time known
    solution_decided_on = pw.DateField(null=True)
    resolved_on = pw.DateField(null=True)
    # The section the cycle was escalated to (after any move): its solution clock and missed
    # updates count there, whatever section the consultation is with later.
    section = pw.ForeignKeyField(Section, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        indexes = ((("consultation", "number"), True),
                   *((("office", day), False) for day in CYCLE_DAYS))


class MissedUpdate(BaseModel):
    """One missed progress update: the working day whose end made it missed (DOMAIN.md: it
    belongs to the period in which that day ended). A projection of the history, rewritten with
    the cycle rows."""

    consultation = pw.ForeignKeyField(Consultation, backref="missed", on_delete="CASCADE",
                                      index=False)          # (consultation, cycle, day)
    office = pw.ForeignKeyField(Office, backref="+", index=False)   # (office, day), as a cycle's
    cycle = pw.IntegerField()
    day = pw.DateField()

    class Meta:
        # Each day once (migration 0026): the reports take the stored days off those they count.
        indexes = ((("consultation", "cycle", "day"), True), (("office", "day"), False))


class Event(BaseModel):
    """The append-only history. ``seq`` numbers every event of the database without gaps and
    ``hash`` covers the event and the previous event's hash: an edit or a deletion anywhere breaks
    the chain (see ``storage.history``)."""

    seq = pw.BigIntegerField(unique=True)
    consultation = pw.ForeignKeyField(Consultation, null=True, backref="events")
    kind = pw.CharField(max_length=30)
    at = UtcDateTimeField()
    recorded_at = UtcDateTimeField(default=utcnow)
    actor = pw.ForeignKeyField(User, null=True, backref="events")
    subject = pw.CharField(max_length=100, default="")
    data = pw.TextField(default="{}")
    prev_hash = pw.CharField(max_length=64)
    hash = pw.CharField(max_length=64)

    class Meta:
        # (kind, at): the report sums count the resolutions and reopenings of a day.
        indexes = ((("consultation", "seq"), False), (("kind", "at"), False))


class ChainHead(BaseModel):
    """The last event's number and hash; locked by every writer of an event."""

    seq = pw.BigIntegerField(default=0)
    hash = pw.CharField(max_length=64)


class ChainCheckpoint(BaseModel):
    """The history's head signed with the office key (``storage.office_key``): ``seq`` events
    whose last hash was ``hash``. Appended, never changed (triggers, migration 0013)."""

    seq = pw.BigIntegerField(index=True)
    hash = pw.CharField(max_length=64)
    signed_at = UtcDateTimeField(default=utcnow)
    key_id = pw.CharField(max_length=16)
    mac = pw.CharField(max_length=64)


class PersonalText(BaseModel):
    """Personal text an event refers to that no other row keeps: the reason for moving or
    reopening an escalation, the question and summary before an edit. Mutable, so anonymisation
    can blank it; the event keeps only a seal (``storage.personal``)."""

    consultation = pw.ForeignKeyField(Consultation, backref="personal_texts")
    text = pw.TextField()


class DocumentRequest(BaseModel):
    consultation = pw.ForeignKeyField(Consultation, backref="document_requests")
    description = pw.TextField()
    requested_at = UtcDateTimeField()
    requested_by = pw.ForeignKeyField(User, backref="+")
    received_at = UtcDateTimeField(null=True)
    received_by = pw.ForeignKeyField(User, null=True, backref="+")
    received_note = pw.TextField(default="")


class Blob(BaseModel):
    """File contents, stored once per SHA-256 so every workstation can open them."""

    sha256 = pw.CharField(max_length=64, unique=True)
    size = pw.BigIntegerField()
    mime = pw.CharField(max_length=100)
    data = pw.BlobField()
    #: Set when the bytes were deleted at the end of the retention period; the SHA-256 stays.
    removed_at = UtcDateTimeField(null=True)


class Attachment(BaseModel):
    consultation = pw.ForeignKeyField(Consultation, backref="attachments")
    blob = pw.ForeignKeyField(Blob, backref="attachments")
    filename = pw.CharField(max_length=160)        # for display only, never a path
    mime = pw.CharField(max_length=100)
    size = pw.BigIntegerField()
    added_at = UtcDateTimeField()
    added_by = pw.ForeignKeyField(User, backref="+")
    removed_at = UtcDateTimeField(null=True)
    removed_by = pw.ForeignKeyField(User, null=True, backref="+")
    removal_reason = pw.CharField(max_length=300, default="")


class Escalation(BaseModel):
    consultation = pw.ForeignKeyField(Consultation, backref="escalations")
    cycle = pw.IntegerField()
    section = pw.ForeignKeyField(Section, backref="escalations")
    reason = pw.TextField()
    contact_person = pw.CharField(max_length=150)
    contact_phone = pw.CharField(max_length=20)
    at = UtcDateTimeField()
    by = pw.ForeignKeyField(User, backref="+")


class ProgressUpdate(BaseModel):
    """A progress report to the stakeholder (``progres``) or a Kepala Seksi response
    (``tanggapan_kasi``)."""

    consultation = pw.ForeignKeyField(Consultation, backref="progress_updates")
    cycle = pw.IntegerField()
    kind = pw.CharField(max_length=20, default="progres")
    channel = pw.CharField(max_length=20, default="")
    note = pw.TextField()
    at = UtcDateTimeField()
    by = pw.ForeignKeyField(User, backref="+")


# --- the library (issue 12): regulations, their articles, the FAQ, and one search index ----------

class Regulation(BaseModel):
    """A regulation or guideline (``regulation_text.KINDS``) with its status: ``diubah`` or
    ``dicabut`` name the regulation that changed or revoked it in ``changed_by``."""

    kind = pw.CharField(max_length=10)
    number = pw.CharField(max_length=60)
    year = pw.IntegerField()
    title = pw.CharField(max_length=300)
    in_force_on = pw.DateField(null=True)
    status = pw.CharField(max_length=10, default="berlaku")
    changed_by = pw.ForeignKeyField("self", null=True, backref="+", on_delete="SET NULL")
    #: The SHA-256 of the imported file: the same file is not imported twice.
    source_sha256 = pw.CharField(max_length=64, null=True, unique=True)
    source_name = pw.CharField(max_length=160, default="")
    sample = pw.BooleanField(default=False)
    imported_at = UtcDateTimeField(default=utcnow)
    imported_by = pw.ForeignKeyField(User, null=True, backref="+")
    version = pw.IntegerField(default=1)

    class Meta:
        indexes = ((("kind", "number", "year"), True),)


class RegulationCategory(BaseModel):
    """The consultation categories a regulation serves."""

    regulation = pw.ForeignKeyField(Regulation, backref="categories", on_delete="CASCADE")
    category = pw.ForeignKeyField(Category, backref="+", on_delete="CASCADE")

    class Meta:
        indexes = ((("regulation", "category"), True),)


class Article(BaseModel):
    """One article (Pasal) of a regulation, its ayat inside ``text``."""

    regulation = pw.ForeignKeyField(Regulation, backref="articles", on_delete="CASCADE")
    number = pw.CharField(max_length=10)
    position = pw.IntegerField()
    text = pw.TextField()


class FaqEntry(BaseModel):
    """A question the office answers often, with the answer a Kepala Seksi stands by (each
    office its own FAQ; the regulations and their articles are national, shared)."""

    office = pw.ForeignKeyField(Office, backref="+")
    question = pw.TextField()
    answer = pw.TextField()
    category = pw.ForeignKeyField(Category, null=True, backref="+", on_delete="SET NULL")
    review_on = pw.DateField(null=True)
    active = pw.BooleanField(default=True)
    created_at = UtcDateTimeField(default=utcnow)
    created_by = pw.ForeignKeyField(User, null=True, backref="+")
    #: The resolved consultation it was made from, if any.
    source = pw.ForeignKeyField(Consultation, null=True, backref="+", on_delete="SET NULL")
    version = pw.IntegerField(default=1)


class FaqArticle(BaseModel):
    """The articles an FAQ entry rests on."""

    faq = pw.ForeignKeyField(FaqEntry, backref="articles", on_delete="CASCADE")
    article = pw.ForeignKeyField(Article, backref="+", on_delete="CASCADE")

    class Meta:
        indexes = ((("faq", "article"), True),)


class FaqRevision(BaseModel):
    """An FAQ entry as it was before an edit (its edit history)."""

    faq = pw.ForeignKeyField(FaqEntry, backref="revisions", on_delete="CASCADE")
    version = pw.IntegerField()
    question = pw.TextField()
    answer = pw.TextField()
    review_on = pw.DateField(null=True)
    changed_at = UtcDateTimeField()
    changed_by = pw.ForeignKeyField(User, null=True, backref="+")


class LibraryEntry(BaseModel):
    """One searchable thing: an article (``pasal``), an FAQ entry (``faq``) or a resolved
    consultation's question and answer (``jawaban``), with the stems it is found by (``terms``,
    from ``domain.library_text.index_terms``). Indexed by FTS5 (SQLite, migration 0014) or by the
    table ``library_rank`` with a tsvector GIN index (PostgreSQL, migration 0016), both kept by
    triggers; the entries are kept by ``storage.library_index``."""

    kind = pw.CharField(max_length=10)
    ref = pw.IntegerField()
    #: '|3|5|': the categories it serves, for the category filter.
    categories = pw.CharField(max_length=200, default="|")
    #: The regulation's status for an article; 'berlaku' for the others.
    status = pw.CharField(max_length=10, default="berlaku")
    citation = pw.CharField(max_length=300)
    title = pw.CharField(max_length=300, default="")
    body = pw.TextField()
    terms = pw.TextField()

    class Meta:
        indexes = ((("kind", "ref"), True),)


class Resolution(BaseModel):
    consultation = pw.ForeignKeyField(Consultation, backref="resolutions")
    cycle = pw.IntegerField()
    answer = pw.TextField()
    regulation = pw.CharField(max_length=300, default="")
    at = UtcDateTimeField()
    by = pw.ForeignKeyField(User, backref="+")
    #: The library article cited, when the citation was picked from the library (``regulation``
    #: then holds its citation as printed); None for free text.
    article = pw.ForeignKeyField(Article, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        # (at): the report counts the period's answers and their citations.
        indexes = ((("at",), False),)


class ReportRollup(BaseModel):
    """The report's figures summed per office-local day of receipt and per month, by dimension
    (``total``, ``channel``, ``category``, ``section``, ``officer``, and ``minutes``: a histogram
    of handling times in tenths of a minute). Kept by ``storage.rollups`` in the transaction of
    every change, so a report reads a few rows per day or month, never the whole table."""

    office = pw.ForeignKeyField(Office, backref="+", index=False)   # (office, period, …)
    period = pw.CharField(max_length=5)          # 'day' or 'month'
    start = pw.DateField()
    dimension = pw.CharField(max_length=10)
    key = pw.CharField(max_length=30, default="")
    total = pw.IntegerField(default=0)
    resolved = pw.IntegerField(default=0)
    met = pw.IntegerField(default=0)
    breached = pw.IntegerField(default=0)
    escalated = pw.IntegerField(default=0)
    minutes_sum = pw.DoubleField(default=0)
    minutes_n = pw.IntegerField(default=0)
    solution_met = pw.IntegerField(default=0)
    solution_breached = pw.IntegerField(default=0)
    missed = pw.IntegerField(default=0)
    clocks = pw.IntegerField(default=0)            # service clocks (cycles)
    solution_clocks = pw.IntegerField(default=0)   # solution clocks (escalated cycles)
    first_contact = pw.IntegerField(default=0)     # first cycles answered in time, not escalated

    class Meta:
        indexes = ((("office", "period", "dimension", "start", "key"), True),)


class IssuedReport(BaseModel):
    """A service report as issued ("Terbitkan"): the paper and its figures, with the cut-off and
    the history's head it was made from. ``code`` is printed on the paper; ``report verify``
    finds the issue by it and checks that the database still yields the same figures from the
    same history."""

    code = pw.CharField(max_length=20, unique=True)
    office = pw.ForeignKeyField(Office, backref="+", index=False)   # (office, period_start, …)
    period_start = pw.DateField()
    period_end = pw.DateField()
    cut_off = UtcDateTimeField()
    issued_at = UtcDateTimeField(default=utcnow)
    issued_by = pw.ForeignKeyField(User, backref="+")
    event_count = pw.BigIntegerField()
    head_hash = pw.CharField(max_length=64)
    figures = pw.TextField()                    # the report's figures as JSON
    pdf_sha256 = pw.CharField(max_length=64)
    pdf = pw.BlobField()

    class Meta:
        indexes = ((("office", "period_start", "period_end", "issued_at"), False),)


ALL_MODELS = (
    Office, Setting, Section, Category, User, Closure, HoursOverride, Stakeholder, Visit,
    NumberSequence, Consultation, ConsultationCycle, MissedUpdate, Event, ChainHead,
    ChainCheckpoint, PersonalText, DocumentRequest, Blob, Attachment, Escalation, ProgressUpdate,
    Resolution, ReportRollup, IssuedReport, Regulation, RegulationCategory, Article, FaqEntry,
    FaqArticle, FaqRevision, LibraryEntry,
)
