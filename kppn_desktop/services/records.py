"""Plain data the consultation services return (no peewee objects leave the services)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Callable

from kppn_desktop.domain import workflow
from kppn_desktop.domain.clocks import CycleClocks
from kppn_desktop.services.stakeholders import StakeholderInfo


@dataclass(frozen=True)
class QuestionInput:
    category_id: int | None
    question: str
    summary: str = ""


@dataclass(frozen=True)
class ConsultationSummary:
    id: int
    number: str
    visit_id: int
    state: str
    version: int
    channel: str
    category_id: int
    category: str
    section_id: int | None
    section: str
    summary: str
    stakeholder_id: int
    stakeholder: str
    kode_satker: str
    officer_id: int
    officer: str
    received_at: dt.datetime
    service_target: int
    service_due_at: dt.datetime | None
    service_met: bool | None
    solution_due_at: dt.datetime | None
    solution_met: bool | None
    resolved_at: dt.datetime | None

    @property
    def state_label(self) -> str:
        return workflow.STATE_LABELS[workflow.State(self.state)]

    @classmethod
    def from_values(cls, values) -> "ConsultationSummary":
        """Built from the values in field order without the per-field cost of a frozen
        dataclass's ``__init__``."""
        summary = cls.__new__(cls)
        summary.__dict__.update(zip(_SUMMARY_FIELDS, values))
        return summary

    @classmethod
    def from_row(cls, row, convert: Callable[[tuple], list]) -> "ConsultationSummary":
        """A list's row (the fields' order; ``convert`` makes their values), its fields made
        when one is first read: a page makes 200 summaries and the screen shows a few dozen,
        and making a summary's 23 values cost as much as the page's query (2.5 us a row). The
        id is there at once: the model finds rows by id."""
        summary = cls.__new__(cls)
        summary.__dict__.update(id=row[0], _row=row, _convert=convert)
        return summary

    def __getattr__(self, name: str):
        # Only asked for what the instance does not hold yet: the fields of a summary made
        # from_row, on the first read of one. (Two threads reading at once make the same
        # values; neither sees a half-made summary.)
        state = self.__dict__
        row, convert = state.get("_row"), state.get("_convert")
        if row is not None and name in _FIELD_SET:
            state.update(zip(_SUMMARY_FIELDS, convert(row)))
            state.pop("_row", None)
            state.pop("_convert", None)
        if name in _FIELD_SET and name in state:
            return state[name]
        raise AttributeError(name)


_SUMMARY_FIELDS = tuple(f.name for f in fields(ConsultationSummary))
_FIELD_SET = frozenset(_SUMMARY_FIELDS)


@dataclass(frozen=True)
class VisitResult:
    visit_id: int
    channel: str
    external_ref: str
    received_at: dt.datetime
    stakeholder: StakeholderInfo
    consultations: tuple[ConsultationSummary, ...]
    #: False when the same save had already been stored (a double click or a retry).
    created: bool = True


@dataclass(frozen=True)
class TimelineEntry:
    seq: int
    kind: str
    label: str
    at: dt.datetime
    actor: str
    data: dict


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    consultation_id: int
    filename: str
    mime: str
    size: int
    sha256: str
    added_at: dt.datetime
    added_by: str
    removed_at: dt.datetime | None
    removal_reason: str


@dataclass(frozen=True)
class DocumentRequestInfo:
    id: int
    description: str
    requested_at: dt.datetime
    requested_by: str
    received_at: dt.datetime | None
    received_note: str


@dataclass(frozen=True)
class NoteInfo:
    """An escalation, progress update, Kepala Seksi response or resolution, as shown in a timeline."""

    kind: str
    cycle: int
    at: dt.datetime
    by: str
    text: str
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ConsultationDetail:
    summary: ConsultationSummary
    question: str
    answer: str
    regulation: str
    external_ref: str
    contact_person: str
    contact_phone: str
    cycle: int
    stakeholder: StakeholderInfo
    timeline: tuple[TimelineEntry, ...]
    clocks: tuple[CycleClocks, ...]
    attachments: tuple[AttachmentInfo, ...]
    document_requests: tuple[DocumentRequestInfo, ...]
    notes: tuple[NoteInfo, ...]
    allowed_actions: tuple[workflow.Action, ...]
    #: Every question of the same visit as (consultation id, number), in the order taken.
    visit_consultations: tuple[tuple[int, str], ...] = ()
