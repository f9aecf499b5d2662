"""Stakeholders: the people who ask, with their satker; found as the officer types."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from kppn_desktop.domain import validation, workflow
from kppn_desktop.domain.errors import ConflictError, NotFound, ValidationError
from kppn_desktop.services.context import Actor, audit, require, transaction
from kppn_desktop.storage import listing
from kppn_desktop.storage.models import Stakeholder, utcnow
from kppn_desktop.storage.office_rules import office_of

_KINDS = {code for code, _label in validation.STAKEHOLDER_TYPES}
_ROLES = {code for code, _label in validation.SATKER_ROLES}


_LABELS = {"name": "Nama stakeholder", "kind": "Jenis stakeholder", "role": "Peran",
           "kode_satker": "Kode satker", "satker_name": "Nama satker", "kode_ba": "Kode BA",
           "nip": "NIP", "phone": "Telepon", "email": "E-mail", "institution": "Instansi"}


@dataclass(frozen=True)
class StakeholderInput:
    name: str
    kind: str
    role: str = ""
    kode_satker: str = ""
    satker_name: str = ""
    kode_ba: str = ""
    nip: str = ""
    phone: str = ""
    email: str = ""
    institution: str = ""

    def validated(self) -> dict:
        """Normalised values, or one ValidationError naming every bad field."""
        errors: dict[str, str] = {}
        values = {}
        for key, value in asdict(self).items():     # every field one clean line of text first
            values[key] = validation.clean_text_into(errors, value, key, _LABELS.get(key, key),
                                                     limit=150 if key == "name" else None)
        if not values["name"] and "name" not in errors:
            errors["name"] = "Nama stakeholder wajib diisi."
        if values["kind"] not in _KINDS:
            errors["kind"] = "Pilih jenis stakeholder."
        if values["role"] and values["role"] not in _ROLES:
            errors["role"] = "Peran pada satker tidak dikenal."
        checks = (("kode_satker", validation.kode_satker), ("kode_ba", validation.kode_ba),
                  ("phone", validation.phone), ("email", validation.email))
        for field, check in checks:
            if values[field]:
                try:
                    values[field] = check(values[field], field)
                except ValidationError as exc:
                    errors.update(exc.errors)
        if values["nip"]:
            try:
                values["nip"] = validation.nip_or_ni_pppk(values["nip"], "nip")[0]
            except ValidationError as exc:
                errors.update(exc.errors)
        if values["kind"] in ("satker_kl", "satker_blu") and not values["kode_satker"] \
                and "kode_satker" not in errors:
            errors["kode_satker"] = "Kode satker wajib diisi untuk stakeholder satker."
        if errors:
            raise ValidationError(errors)
        return values


@dataclass(frozen=True)
class StakeholderInfo:
    id: int
    name: str
    kind: str
    role: str
    kode_satker: str
    satker_name: str
    kode_ba: str
    nip: str
    phone: str
    email: str
    institution: str
    version: int

    @property
    def kind_label(self) -> str:
        return dict(validation.STAKEHOLDER_TYPES).get(self.kind, self.kind)

    @property
    def display(self) -> str:
        """'Nama — 999062 Satker' as shown in lists and on papers."""
        satker = " ".join(p for p in (self.kode_satker, self.satker_name) if p)
        return f"{self.name} — {satker}" if satker else self.name


def _info(s: Stakeholder) -> StakeholderInfo:
    return StakeholderInfo(s.id, s.name, s.kind, s.role, s.kode_satker, s.satker_name, s.kode_ba,
                           s.nip, s.phone, s.email, s.institution, s.version)


def get_stakeholder(stakeholder_id: int, office_id: int | None = None) -> StakeholderInfo:
    """The stakeholder ``stakeholder_id``; with ``office_id``, only one of that office."""
    row = (None if validation.record_id(stakeholder_id) is None
           else Stakeholder.get_or_none(Stakeholder.id == stakeholder_id))
    if row is None or (office_id is not None and row.office_id != office_id):
        raise NotFound("Stakeholder tidak ditemukan.")
    return _info(row)


def create_stakeholder_in_transaction(data: StakeholderInput, office_id: int) -> Stakeholder:
    values = data.validated()
    return Stakeholder.create(**values, office=office_id)


def create_stakeholder(actor: Actor, data: StakeholderInput) -> StakeholderInfo:
    office_id = require(actor, workflow.Action.MANAGE_STAKEHOLDERS)
    with transaction():
        row = create_stakeholder_in_transaction(data, office_id)
        audit(actor, f"stakeholder:{row.id}", "buat stakeholder")
        return _info(row)


def update_stakeholder(actor: Actor, stakeholder_id: int, data: StakeholderInput, *,
                       expected_version: int) -> StakeholderInfo:
    office_id = require(actor, workflow.Action.MANAGE_STAKEHOLDERS)
    values = data.validated()
    with transaction():
        mine = (Stakeholder.id == stakeholder_id) & (Stakeholder.office == office_id)
        changed = (Stakeholder.update(**values, updated_at=utcnow(), version=Stakeholder.version + 1)
                   .where(mine, Stakeholder.version == expected_version).execute())
        if not changed:
            if Stakeholder.get_or_none(mine) is None:
                raise NotFound("Stakeholder tidak ditemukan.")
            raise ConflictError("Data stakeholder ini telah diubah di workstation lain. Isian Anda "
                                "tidak hilang: muat ulang data, lalu simpan kembali.")
        listing.refresh_search_text(stakeholder_id=stakeholder_id)
        audit(actor, f"stakeholder:{stakeholder_id}", "ubah stakeholder")
        return get_stakeholder(stakeholder_id)


def find_stakeholders(text: str, limit: int = 20, office_id: int | None = None
                      ) -> list[StakeholderInfo]:
    """Stakeholders of office ``office_id`` (None: the default office) whose kode satker, NIP or
    phone starts with, or whose name or satker name contains, ``text``. Digits are matched
    against the codes; a phone typed as 0812… finds +62812…"""
    text = text.strip()
    if len(text) < 2:
        return []
    query = Stakeholder.select().where(~Stakeholder.anonymised,
                                       Stakeholder.office == office_of(office_id))
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits and len(digits) >= len(text.replace(" ", "").replace("+", "").replace("-", "")):
        phone = "+62" + digits[1:] if digits.startswith("0") else "+" + digits
        query = query.where(Stakeholder.kode_satker.startswith(digits)
                            | Stakeholder.nip.startswith(digits)
                            | Stakeholder.phone.startswith(phone))
    else:
        like = f"%{text.lower()}%"
        query = query.where(Stakeholder.name.ilike(like) | Stakeholder.satker_name.ilike(like))
    return [_info(s) for s in query.order_by(Stakeholder.updated_at.desc()).limit(limit)]
