"""The consultation lifecycle: states, actions, which state allows which action and which role may
take it. The services call :func:`check` before every change; the GUI asks :func:`allowed_actions`
to offer only what is possible."""

from __future__ import annotations

import enum

from kppn_desktop.domain.errors import PermissionDenied, TransitionError
from kppn_desktop.domain.texts import N_, Text


class Role(enum.StrEnum):
    CSO = "cso"
    KASI = "kasi"
    KAKAN = "kakan"
    ADMIN = "admin"
    #: A user of the Kanwil (regional office): reads the reports and overdue lists of its KPPNs.
    KANWIL = "kanwil"


ROLE_LABELS = {
    Role.CSO: N_("Petugas Layanan (CSO)"),
    Role.KASI: N_("Kepala Seksi"),
    Role.KAKAN: N_("Kepala Kantor"),
    Role.ADMIN: N_("Administrator"),
    Role.KANWIL: N_("Pemantau Kanwil"),
}


class OfficeKind(enum.StrEnum):
    """A KPPN serves stakeholders at its desk; a Kanwil oversees its KPPNs (``office.parent``)."""

    KPPN = "kppn"
    KANWIL = "kanwil"


#: The roles of each kind of office: a Kanwil has no desk.
OFFICE_ROLES = {
    OfficeKind.KPPN: frozenset({Role.CSO, Role.KASI, Role.KAKAN, Role.ADMIN}),
    OfficeKind.KANWIL: frozenset({Role.KANWIL, Role.ADMIN}),
}


class State(enum.StrEnum):
    RECEIVED = "diterima"
    IN_SERVICE = "dilayani"
    WAITING_DOCUMENTS = "menunggu_dokumen"
    ESCALATED = "dieskalasi"
    RESOLVED = "selesai"
    REOPENED = "dibuka_kembali"


STATE_LABELS = {
    State.RECEIVED: N_("Diterima"),
    State.IN_SERVICE: N_("Sedang dilayani"),
    State.WAITING_DOCUMENTS: N_("Menunggu dokumen"),
    State.ESCALATED: N_("Dieskalasi"),
    State.RESOLVED: N_("Selesai (Resolved)"),
    State.REOPENED: N_("Dibuka kembali"),
}

OPEN_STATES = frozenset(State) - {State.RESOLVED}


class Action(enum.StrEnum):
    TAKE = "take"
    ADD_QUESTION = "add_question"
    START_SERVICE = "start_service"
    REQUEST_DOCUMENTS = "request_documents"
    RECEIVE_DOCUMENTS = "receive_documents"
    ATTACH = "attach"
    REMOVE_ATTACHMENT = "remove_attachment"
    RESOLVE = "resolve"
    ESCALATE = "escalate"
    REROUTE = "reroute"
    PROGRESS_UPDATE = "progress_update"
    KASI_RESPONSE = "kasi_response"
    REOPEN = "reopen"
    EDIT = "edit"
    VIEW = "view"
    VIEW_REPORTS = "view_reports"
    ISSUE_REPORTS = "issue_reports"
    MANAGE_USERS = "manage_users"
    MANAGE_OFFICE = "manage_office"
    MANAGE_CATEGORIES = "manage_categories"
    MANAGE_STAKEHOLDERS = "manage_stakeholders"
    MANAGE_PERSONAL_DATA = "manage_personal_data"
    SEARCH_LIBRARY = "search_library"
    MANAGE_LIBRARY = "manage_library"
    VIEW_KANWIL_REPORTS = "view_kanwil_reports"


ACTION_LABELS = {
    Action.TAKE: N_("mencatat konsultasi baru"),
    Action.ADD_QUESTION: N_("menambah pertanyaan"),
    Action.START_SERVICE: N_("mulai melayani"),
    Action.REQUEST_DOCUMENTS: N_("meminta dokumen pendukung"),
    Action.RECEIVE_DOCUMENTS: N_("mencatat dokumen diterima"),
    Action.ATTACH: N_("menambah lampiran"),
    Action.REMOVE_ATTACHMENT: N_("menghapus lampiran"),
    Action.RESOLVE: N_("menyelesaikan konsultasi"),
    Action.ESCALATE: N_("mengeskalasi ke Kepala Seksi"),
    Action.REROUTE: N_("memindahkan eskalasi ke seksi lain"),
    Action.PROGRESS_UPDATE: N_("mencatat progres"),
    Action.KASI_RESPONSE: N_("memberi tanggapan Kepala Seksi"),
    Action.REOPEN: N_("membuka kembali konsultasi"),
    Action.EDIT: N_("mengubah data konsultasi"),
    Action.VIEW: N_("melihat konsultasi"),
    Action.VIEW_REPORTS: N_("melihat laporan"),
    Action.ISSUE_REPORTS: N_("menerbitkan laporan"),
    Action.MANAGE_USERS: N_("mengelola pengguna"),
    Action.MANAGE_OFFICE: N_("mengelola profil dan kalender kantor"),
    Action.MANAGE_CATEGORIES: N_("mengelola seksi dan kategori"),
    Action.MANAGE_STAKEHOLDERS: N_("mengelola data stakeholder"),
    Action.MANAGE_PERSONAL_DATA: N_("mengelola data pribadi (anonimisasi dan permintaan akses)"),
    Action.SEARCH_LIBRARY: N_("mencari di perpustakaan peraturan"),
    Action.MANAGE_LIBRARY: N_("mengelola perpustakaan peraturan dan FAQ"),
    Action.VIEW_KANWIL_REPORTS: N_("melihat laporan gabungan KPPN di wilayah Kanwil"),
}

_DESK = frozenset({Role.CSO})
_DESK_AND_KASI = frozenset({Role.CSO, Role.KASI})

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.TAKE: _DESK,
    Action.ADD_QUESTION: _DESK,
    Action.START_SERVICE: _DESK,
    Action.REQUEST_DOCUMENTS: _DESK_AND_KASI,
    Action.RECEIVE_DOCUMENTS: _DESK_AND_KASI,
    Action.ESCALATE: _DESK,
    Action.EDIT: _DESK,
    Action.ATTACH: _DESK_AND_KASI,
    Action.REMOVE_ATTACHMENT: _DESK_AND_KASI,
    Action.RESOLVE: _DESK_AND_KASI,
    Action.REROUTE: _DESK_AND_KASI,
    Action.PROGRESS_UPDATE: _DESK_AND_KASI,
    Action.REOPEN: _DESK_AND_KASI,
    Action.KASI_RESPONSE: frozenset({Role.KASI}),
    # A Kanwil has no desk: its users read its KPPNs' reports (VIEW_KANWIL_REPORTS), nothing else.
    Action.VIEW: frozenset(Role) - {Role.KANWIL},
    Action.VIEW_REPORTS: frozenset({Role.KASI, Role.KAKAN, Role.ADMIN}),
    # The Kepala Kantor signs the report; the administrator may issue it for the office.
    Action.ISSUE_REPORTS: frozenset({Role.KAKAN, Role.ADMIN}),
    Action.MANAGE_USERS: frozenset({Role.ADMIN}),
    Action.MANAGE_OFFICE: frozenset({Role.ADMIN}),
    Action.MANAGE_CATEGORIES: frozenset({Role.ADMIN}),
    Action.MANAGE_STAKEHOLDERS: _DESK_AND_KASI | {Role.ADMIN},
    Action.MANAGE_PERSONAL_DATA: frozenset({Role.ADMIN}),
    Action.SEARCH_LIBRARY: frozenset(Role),
    # The Kepala Seksi stands by the office's answers in the field; the administrator loads files.
    Action.MANAGE_LIBRARY: frozenset({Role.KASI, Role.ADMIN}),
    Action.VIEW_KANWIL_REPORTS: frozenset({Role.KANWIL}),
}

_HANDLING = frozenset({State.RECEIVED, State.IN_SERVICE, State.REOPENED})

#: action -> (states it may start from, state it leads to; None = unchanged)
TRANSITIONS: dict[Action, tuple[frozenset[State], State | None]] = {
    Action.START_SERVICE: (frozenset({State.RECEIVED, State.REOPENED}), State.IN_SERVICE),
    Action.REQUEST_DOCUMENTS: (_HANDLING | {State.ESCALATED}, State.WAITING_DOCUMENTS),
    Action.RECEIVE_DOCUMENTS: (frozenset({State.WAITING_DOCUMENTS, State.ESCALATED}),
                               State.IN_SERVICE),
    Action.ESCALATE: (_HANDLING | {State.WAITING_DOCUMENTS}, State.ESCALATED),
    Action.RESOLVE: (frozenset(OPEN_STATES), State.RESOLVED),
    Action.REROUTE: (frozenset({State.ESCALATED}), None),
    Action.PROGRESS_UPDATE: (frozenset({State.ESCALATED}), None),
    Action.KASI_RESPONSE: (frozenset({State.ESCALATED}), None),
    Action.REOPEN: (frozenset({State.RESOLVED}), State.REOPENED),
    Action.EDIT: (frozenset(OPEN_STATES), None),
    Action.ADD_QUESTION: (frozenset(State), None),
    Action.ATTACH: (frozenset(State), None),
    Action.REMOVE_ATTACHMENT: (frozenset(State), None),
    Action.VIEW: (frozenset(State), None),
}


#: Documents asked for during an escalation (DOMAIN.md): the consultation stays escalated, its
#: solution clock waits; whether a request is open is kept by the requests themselves.
_KEEP_STATE = frozenset({(Action.REQUEST_DOCUMENTS, State.ESCALATED),
                         (Action.RECEIVE_DOCUMENTS, State.ESCALATED)})


def may(role: str, action: Action) -> bool:
    return Role(role) in PERMISSIONS[action]


def check_role(role: str, action: Action) -> None:
    """Raise :class:`PermissionDenied` unless ``role`` may take ``action``."""
    if not may(role, action):
        raise PermissionDenied(N_("Peran {role} tidak berwenang {action}."),
                               role=Text(ROLE_LABELS[Role(role)]), action=Text(ACTION_LABELS[action]))


def next_state(state: str, action: Action) -> State:
    """The state after ``action``; raise :class:`TransitionError` if ``state`` does not allow it."""
    sources, target = TRANSITIONS[action]
    current = State(state)
    if current not in sources:
        raise TransitionError(N_("Konsultasi berstatus \u201c{state}\u201d tidak dapat {action}."),
                              state=Text(STATE_LABELS[current]), action=Text(ACTION_LABELS[action]))
    if (action, current) in _KEEP_STATE:
        return current
    return target or current


def check_documents(action: Action, documents_open: bool) -> None:
    """During an escalation one request for documents is open at a time: asked for when none
    is, received when one is (before it, the state says so)."""
    if action is Action.REQUEST_DOCUMENTS and documents_open:
        raise TransitionError("Masih ada permintaan dokumen yang belum diterima.")
    if action is Action.RECEIVE_DOCUMENTS and not documents_open:
        raise TransitionError("Tidak ada permintaan dokumen yang menunggu.")


def check(role: str, state: str, action: Action) -> State:
    """Both checks at once: the role may, and the state allows. Returns the next state."""
    check_role(role, action)
    return next_state(state, action)


def handles_section(role: str, actor_section: int | None, consultation_section: int | None) -> bool:
    """A Kepala Seksi acts only on consultations of the section; other roles are not bound."""
    return role != Role.KASI or actor_section == consultation_section


def check_section(role: str, actor_section: int | None, consultation_section: int | None) -> None:
    if not handles_section(role, actor_section, consultation_section):
        raise PermissionDenied("Konsultasi ini bukan untuk seksi Anda.")


def allowed_actions(role: str, state: str, documents_open: bool = False) -> list[Action]:
    """The consultation actions this role can take now, in a stable order (for menus and buttons).
    ``documents_open``: a request for documents waits (decides the document actions of an
    escalated consultation)."""
    current = State(state)
    out = []
    for action, (sources, _t) in TRANSITIONS.items():
        if current not in sources or not may(role, action):
            continue
        if (action, current) in _KEEP_STATE and (
                (action is Action.REQUEST_DOCUMENTS) == documents_open):
            continue
        out.append(action)
    return out
