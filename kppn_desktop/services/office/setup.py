"""First run: the office profile, default sections and categories, the first administrator."""

from __future__ import annotations

from kppn_desktop.domain.errors import KppnError, ValidationError
from kppn_desktop.domain.workflow import OfficeKind
from kppn_desktop.services.context import Actor, audit, transaction
from kppn_desktop.services.office.catalog import DEFAULT_CATEGORIES, DEFAULT_SECTIONS
from kppn_desktop.services.office.profile import (
    _PROFILE_FIELDS,
    OfficeInfo,
    OfficeProfile,
    _office_info,
    add_office_unchecked,
)
from kppn_desktop.storage.models import Category, Office, Section, User

#: The code of the office a user made before the first-run setup belongs to (and migration 0018
#: gives the rows of a database without a profile): the setup fills in its profile.
PLACEHOLDER_CODE = "000"


def placeholder_office() -> Office:
    """The office of users made before the setup (the command line's ``user add`` on an empty
    database): its profile is filled in by :func:`setup_office`."""
    row = Office.select().order_by(Office.id).first()
    return row or Office.create(code=PLACEHOLDER_CODE, name="Kantor")


def needs_setup() -> bool:
    """True on an empty database: no office profile (or only the placeholder) or no
    administrator yet."""
    first = Office.select(Office.code).order_by(Office.id).first()
    return (first is None or first.code == PLACEHOLDER_CODE
            or User.select().where(User.role == "admin").count() == 0)


def setup_office(profile: OfficeProfile, *, admin_username: str, admin_full_name: str,
                 admin_password: str) -> Actor:
    """First run: store the office profile, the default sections and categories, and the first
    administrator. Refused once an administrator exists."""
    from kppn_desktop.services import users  # noqa: PLC0415  (users imports this module)

    clean = profile.validated()
    with transaction():
        if not needs_setup():
            raise KppnError("Penyiapan awal sudah dilakukan.")
        office = Office.select().order_by(Office.id).first()
        values = {name: getattr(clean, name) for name in _PROFILE_FIELDS}
        if office is None:
            office = Office.create(**values)
        elif office.code == PLACEHOLDER_CODE:
            Office.update(**values).where(Office.id == office.id).execute()
        if Section.select().where(Section.office == office.id).count() == 0:
            codes = {code: Section.create(office=office.id, code=code, name=name).id
                     for code, name in DEFAULT_SECTIONS}
            for order, (name, code) in enumerate(DEFAULT_CATEGORIES, start=1):
                Category.create(office=office.id, name=name, section=codes[code], sort_order=order)
        existing = User.get_or_none(User.username == admin_username.strip().lower(),
                                    User.role == "admin", User.office == office.id)
        # An administrator made on the command line before the profile was filled in stays.
        admin = (users.actor_for(existing.id) if existing is not None else
                 users.create_user_unchecked(admin_username, admin_full_name, "admin",
                                             admin_password, office_id=office.id))
        audit(admin, "office", "penyiapan awal", kantor=clean.name)
        return admin


def add_office(profile: OfficeProfile, *, kind: str = OfficeKind.KPPN,
               kanwil_code: str | None = None,
               admin_username: str, admin_full_name: str, admin_password: str
               ) -> tuple[OfficeInfo, Actor]:
    """Another office in a shared database (the command line on the server: ``office add``):
    its profile, for a KPPN the default sections and categories and its Kanwil (by code), and its
    first administrator, who then runs the office from the window like any other. One
    transaction: a refused administrator (a name in use, a weak password) leaves no office."""
    from kppn_desktop.services import users  # noqa: PLC0415  (users imports this module)

    if needs_setup():
        raise KppnError("Basis data ini belum disiapkan: jalankan dahulu 'kppn-desktop setup' "
                        "untuk kantor pertamanya.")
    with transaction():
        parent_id = _kanwil_id(kanwil_code) if kanwil_code else None
        office = add_office_unchecked(profile, kind=kind, parent_id=parent_id)
        admin = users.create_user_unchecked(admin_username, admin_full_name, "admin",
                                            admin_password, office_id=office.id)
        return office, admin


def link_office(code: str, kanwil_code: str | None) -> OfficeInfo:
    """Put the KPPN ``code`` under the Kanwil ``kanwil_code`` (None: under none), e.g. the first
    office of a database that a Kanwil now shares (``office link``)."""
    with transaction():
        row = Office.get_or_none(Office.code == (code or "").strip())
        if row is None or row.kind != OfficeKind.KPPN:
            raise ValidationError({"code": "KPPN dengan kode itu tidak ada."})
        parent_id = _kanwil_id(kanwil_code) if kanwil_code else None
        Office.update(parent=parent_id).where(Office.id == row.id).execute()
        audit(None, "office", "ubah kanwil", kantor=row.id, kode=row.code, induk=parent_id)
        return _office_info(Office.get_by_id(row.id))


def _kanwil_id(code: str) -> int:
    row = Office.get_or_none(Office.code == code.strip(), Office.kind == OfficeKind.KANWIL)
    if row is None:
        raise ValidationError({"kanwil": "Kanwil dengan kode itu tidak ada."})
    return row.id
