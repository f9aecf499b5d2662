"""First run: the office profile, default sections and categories, the first administrator."""

from __future__ import annotations

from kppn_desktop.domain.errors import KppnError
from kppn_desktop.services.context import Actor, audit, transaction
from kppn_desktop.services.office.catalog import DEFAULT_CATEGORIES, DEFAULT_SECTIONS
from kppn_desktop.services.office.profile import _PROFILE_FIELDS, OfficeProfile
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
