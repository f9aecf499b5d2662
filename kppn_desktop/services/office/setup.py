"""First run: the office profile, default sections and categories, the first administrator."""

from __future__ import annotations

from kppn_desktop.domain.errors import KppnError
from kppn_desktop.services.context import Actor, audit, transaction
from kppn_desktop.services.office.catalog import DEFAULT_CATEGORIES, DEFAULT_SECTIONS
from kppn_desktop.services.office.profile import _PROFILE_FIELDS, OfficeProfile
from kppn_desktop.storage.models import Category, Office, Section, User


def needs_setup() -> bool:
    """True on an empty database: no office profile or no administrator yet."""
    return Office.select().count() == 0 or User.select().where(User.role == "admin").count() == 0


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
        if office is None:
            office = Office.create(**{name: getattr(clean, name) for name in _PROFILE_FIELDS})
        if Section.select().where(Section.office == office.id).count() == 0:
            codes = {code: Section.create(office=office.id, code=code, name=name).id
                     for code, name in DEFAULT_SECTIONS}
            for order, (name, code) in enumerate(DEFAULT_CATEGORIES, start=1):
                Category.create(office=office.id, name=name, section=codes[code], sort_order=order)
        admin = users.create_user_unchecked(admin_username, admin_full_name, "admin",
                                            admin_password, office_id=office.id)
        audit(admin, "office", "penyiapan awal", kantor=clean.name)
        return admin
