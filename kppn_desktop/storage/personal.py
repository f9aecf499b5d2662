"""Personal data kept out of the history (UU 27/2022 Pelindungan Data Pribadi).

An event never holds a person's text (a name, a phone number, the question, the answer, a note, a
file name). In its place it holds a **seal**: where the text lives (a mutable row, see
:data:`PLACES`) and the HMAC-SHA-256 of the text under the consultation's own key
(``consultation.seal_key``)::

    {"ref": "resolution.answer", "id": 17, "hmac": "9f2c…"}

The hash chain covers the seal, so the history proves what was said without saying it; ``db
verify`` checks the text in the row against its seal (:func:`open_seals`). Anonymisation replaces
the text with :data:`MARK` and deletes the key: the history still verifies, and its seals can no
longer be tested against a guessed name or phone number (a plain or salted hash could, since the
salt would sit beside it). Empty text is not personal and stays as ``""``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections import defaultdict
from dataclasses import dataclass, field

from kppn_desktop.storage.models import (
    Attachment,
    Consultation,
    DocumentRequest,
    Escalation,
    PersonalText,
    ProgressUpdate,
    Resolution,
)

#: What anonymised text reads.
MARK = "[dianonimkan]"

#: Where a seal may point: "table.column" -> (model, column). Nothing else is ever read.
PLACES = {f"{model._meta.table_name}.{column}": (model, column) for model, column in (
    (Consultation, "question"), (Consultation, "summary"),
    (DocumentRequest, "description"), (DocumentRequest, "received_note"),
    (Escalation, "reason"), (Escalation, "contact_person"), (Escalation, "contact_phone"),
    (ProgressUpdate, "note"), (Resolution, "answer"),
    (Attachment, "filename"), (Attachment, "removal_reason"),
    (PersonalText, "text"),
)}


def new_key() -> str:
    return secrets.token_hex(32)


def mac(key: str, text: str) -> str:
    return hmac.new(bytes.fromhex(key), text.encode("utf-8"), hashlib.sha256).hexdigest()


def place(model, column: str) -> str:
    name = f"{model._meta.table_name}.{column}"
    if name not in PLACES:
        raise ValueError(f"not a place for personal text: {name}")
    return name


def seal(key: str, model, column: str, row_id: int, text: str) -> dict | str:
    """What an event stores instead of ``text``, which lives in ``model.column`` of ``row_id``."""
    if not text:
        return ""
    return {"ref": place(model, column), "id": row_id, "hmac": mac(key, text)}


def keep(key: str, consultation_id: int, text: str) -> dict | str:
    """Seal ``text`` that no other row keeps: stored in ``personal_text``."""
    if not text:
        return ""
    row = PersonalText.create(consultation=consultation_id, text=text)
    return seal(key, PersonalText, "text", row.id, text)


def is_seal(value) -> bool:
    return isinstance(value, dict) and set(value) == {"ref", "id", "hmac"}


def _seals(data: dict, path: tuple = ()):
    """(path, seal) of every seal in an event's data, nested ones too (``lama``)."""
    for name, value in data.items():
        if is_seal(value):
            yield (*path, name), value
        elif isinstance(value, dict):
            yield from _seals(value, (*path, name))


def _put(data: dict, path: tuple, value) -> None:
    for name in path[:-1]:
        data = data[name]
    if value is None:
        data.pop(path[-1], None)
    else:
        data[path[-1]] = value


@dataclass
class Opened:
    """Events' data with their seals replaced by the text they seal, and the seals whose text no
    longer matches (``bad``: (consultation id, "table.column") of each)."""

    data: list[dict]
    bad: list[tuple[int, str]] = field(default_factory=list)


def open_seals(events: list[tuple[int, dict]], keys: dict[int, str]) -> Opened:
    """``events``: (consultation id, data) in the order of the history; ``keys``: consultation id
    -> its seal key ("" once anonymised). Each seal becomes the text of its row.

    A place written again later (a question edited) is sealed again by the later event: an
    earlier seal of the same place is then *superseded*, its text is left out (the edit keeps the
    old text itself) and it is not checked. Without a key (anonymised) nothing is checked: the
    row reads :data:`MARK`."""
    wanted: dict[str, set[int]] = defaultdict(set)
    found = []
    for index, (_cid, data) in enumerate(events):
        for path, s in _seals(data):
            if s["ref"] in PLACES and isinstance(s["id"], int):
                wanted[s["ref"]].add(s["id"])
            found.append((index, path, s))
    texts: dict[tuple[str, int], str] = {}
    for name, ids in wanted.items():
        model, column = PLACES[name]
        ids = sorted(ids)
        for start in range(0, len(ids), 500):
            for row_id, text in (model.select(model.id, getattr(model, column))
                                 .where(model.id.in_(ids[start:start + 500])).tuples()):
                texts[name, row_id] = text
    last = {}
    for index, _path, s in found:
        last[s["ref"], s["id"]] = index
    out = [_copy(data) for _cid, data in events]
    bad = []
    for index, path, s in found:
        cid = events[index][0]
        text = texts.get((s["ref"], s["id"]))
        key = keys.get(cid, "")
        superseded = last[s["ref"], s["id"]] != index
        ok = text is not None and (not key or hmac.compare_digest(mac(key, text), s["hmac"]))
        if superseded:
            _put(out[index], path, text if ok else None)
        else:
            _put(out[index], path, text)
            if not ok:
                bad.append((cid, s["ref"]))
    return Opened(out, bad)


def _copy(data: dict) -> dict:
    return {k: _copy(v) if isinstance(v, dict) and not is_seal(v) else v for k, v in data.items()}
