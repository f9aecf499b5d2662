"""The kinds of event in a consultation's history, and the plain record the clocks read.

The history is append-only; every clock is computed from it, never from counters.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from kppn_desktop.domain.texts import N_


class EventKind(enum.StrEnum):
    RECEIVED = "diterima"                    # consultation taken; ``at`` is when it was received
    SERVICE_STARTED = "mulai_dilayani"       # an officer took it up (online queue)
    DOCUMENTS_REQUESTED = "dokumen_diminta"  # pauses the service clock
    DOCUMENTS_RECEIVED = "dokumen_diterima"  # resumes it
    ATTACHMENT_ADDED = "lampiran_ditambah"
    ATTACHMENT_REMOVED = "lampiran_dihapus"
    ESCALATED = "dieskalasi"                 # stops the service clock, starts solution + progress
    REROUTED = "dialihkan"                   # escalation moved to another section; no clock
    PROGRESS_UPDATE = "progres"
    KASI_RESPONSE = "tanggapan_kasi"
    RESOLVED = "diselesaikan"                # stops every clock of the cycle
    REOPENED = "dibuka_kembali"              # starts a new cycle
    EDITED = "diubah"                        # question/category/stakeholder corrected
    ANONYMISED = "dianonimkan"               # personal text replaced, its key deleted (UU 27/2022)
    # Audit of administration (no consultation):
    ADMIN = "administrasi"


EVENT_LABELS: dict[EventKind, str] = {
    EventKind.RECEIVED: N_("Konsultasi diterima"),
    EventKind.SERVICE_STARTED: N_("Mulai dilayani"),
    EventKind.DOCUMENTS_REQUESTED: N_("Dokumen pendukung diminta"),
    EventKind.DOCUMENTS_RECEIVED: N_("Dokumen pendukung diterima"),
    EventKind.ATTACHMENT_ADDED: N_("Lampiran ditambahkan"),
    EventKind.ATTACHMENT_REMOVED: N_("Lampiran dihapus"),
    EventKind.ESCALATED: N_("Dieskalasi ke Kepala Seksi"),
    EventKind.REROUTED: N_("Eskalasi dipindahkan ke seksi lain"),
    EventKind.PROGRESS_UPDATE: N_("Progres disampaikan"),
    EventKind.KASI_RESPONSE: N_("Tanggapan Kepala Seksi"),
    EventKind.RESOLVED: N_("Diselesaikan (Resolved)"),
    EventKind.REOPENED: N_("Dibuka kembali"),
    EventKind.EDITED: N_("Data diubah"),
    EventKind.ANONYMISED: N_("Data pribadi dianonimkan (masa simpan berakhir)"),
    EventKind.ADMIN: N_("Administrasi"),
}


@dataclass(frozen=True, slots=True)
class ClockEvent:
    """One event as the clocks see it: what happened and when (an aware datetime)."""

    kind: EventKind
    at: datetime
    reason: str = ""
