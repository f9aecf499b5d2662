"""The office: its profile (``profile``), standard and calendar (``calendar``), sections and
categories (``catalog``) and first-run setup (``setup``). Callers use ``office.NAME``; each name
lives in the module of its concern."""

from __future__ import annotations

from kppn_desktop.services.office.calendar import (  # noqa: F401 - the package's names
    EVERYTHING,
    ClosureInfo,
    HoursOverrideInfo,
    _build_calendar,
    add_hours_override,
    list_closures,
    list_hours_overrides,
    office_calendar,
    ready_calendar,
    recount_clocks,
    remove_closure,
    remove_hours_override,
    service_standard,
    service_standards,
    set_closure,
    set_weekly_hours,
    weekly_hours,
)
from kppn_desktop.services.office.catalog import (  # noqa: F401 - the package's names
    DEFAULT_CATEGORIES,
    DEFAULT_SECTIONS,
    CategoryInfo,
    SectionInfo,
    list_categories,
    list_sections,
    save_category,
    save_section,
)
from kppn_desktop.services.office.profile import (  # noqa: F401 - the package's names
    OfficeInfo,
    OfficeProfile,
    add_office_unchecked,
    get_office,
    list_offices,
    login_title,
    office_kind,
    office_row,
    save_office,
)
from kppn_desktop.services.office.setup import (  # noqa: F401 - the package's names
    add_office,
    link_office,
    needs_setup,
    setup_office,
)
