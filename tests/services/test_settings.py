"""Settings are checked against their declared type before they are stored: a value every clock
and report reads can never be stored in a shape they cannot use (issue 11, item 7)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.services import office as office_service
from kppn_desktop.services import settings

ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner,
                                                                max_size=8),
    max_leaves=12)


@given(key=st.sampled_from(sorted(settings.ALL_KEYS.values(), key=lambda k: k.name)),
       value=ANY_JSON)
@hsettings(max_examples=400, deadline=None)
def test_a_value_is_taken_in_the_key_s_type_or_refused_in_indonesian(key, value):
    try:
        checked = key.check(value)
    except ValidationError as exc:
        assert set(exc.errors) == {key.name} and key.label.split(" (")[0] in exc.message
        return
    default = key.default
    if isinstance(default, bool):
        assert checked is value
    elif isinstance(default, int):
        assert type(checked) is int and not isinstance(value, bool)
        assert checked == value if not isinstance(value, str) else True
        assert key.minimum is None or checked >= key.minimum
        assert key.maximum is None or checked <= key.maximum
    elif isinstance(default, str):
        assert isinstance(checked, str) and checked == checked.strip() and checked
    else:
        assert set(checked) == {str(d) for d in range(7)}
        for span in checked.values():
            assert span is None or (len(span) == 2 and span[0] < span[1])


def test_garbage_never_reaches_the_clocks(office):
    before = office_service.weekly_hours()
    for key, value in ((settings.WEEKLY_HOURS, "garbage"),
                       (settings.WEEKLY_HOURS, {"0": ["15:00", "08:00"]}),
                       (settings.AUTO_PRINT_SLIP, "no"),
                       (settings.SERVICE_MINUTES, 2.5),
                       (settings.SERVICE_MINUTES, math.inf),
                       (settings.SERVICE_MINUTES, True),
                       (settings.STANDARD_REFERENCE, "baris\nkedua")):
        with pytest.raises(ValidationError):
            settings.change(office.admin, key, value)
    assert office_service.weekly_hours() == before
    assert settings.get(settings.AUTO_PRINT_SLIP) is False
    assert office_service.office_calendar() is not None
    settings.change(office.admin, settings.SERVICE_MINUTES, "25")          # typed at a prompt
    assert settings.get(settings.SERVICE_MINUTES) == 25


def test_a_service_transaction_reads_the_calendar_and_standard_once_until_it_writes_them(office):
    """A save reads its office's calendar and standard for each of its clocks: once per service
    transaction, read again after a setting is written in it, and after a savepoint that wrote
    one rolled back; outside a service transaction, every time."""
    import datetime as dt

    from kppn_desktop.storage import transactions
    from tests.storage.plans import statements_of

    office_id, monday = office.admin.office_id, dt.date(2026, 11, 30)

    def reads():
        office_service.office_calendar(office_id)
        office_service.service_standard(office_id)
    reads()                     # the calendar built (its hours read) and kept by its revision
    assert len(statements_of(reads, '"setting"')) == 2         # the revision, the standard
    assert len(statements_of(reads, '"setting"')) == 2
    with transactions.transaction():
        assert len(statements_of(reads, '"setting"')) == 2
        assert statements_of(reads, '"setting"') == []
        assert office_service.office_calendar(office_id).hours_on(monday) is not None
        office_service.set_weekly_hours(office.admin, {
            0: None, **{day: (dt.time(8), dt.time(15)) for day in range(1, 5)}})
        assert office_service.office_calendar(office_id).hours_on(monday) is None
        settings.put(settings.SERVICE_MINUTES, 30, office_id)
        assert office_service.service_standard(office_id).service_minutes == 30
        with pytest.raises(RuntimeError), transactions.transaction():
            settings.put(settings.SERVICE_MINUTES, 45, office_id)
            assert office_service.service_standard(office_id).service_minutes == 45
            raise RuntimeError
        assert office_service.service_standard(office_id).service_minutes == 30
    assert len(statements_of(reads, '"setting"')) == 2
