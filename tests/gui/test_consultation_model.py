"""The paging consultation model: it passes Qt's model checks, fetches pages only when a row of
them is asked for, reloads on data_changed, and words and colours each deadline."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest
from PySide6.QtCore import Qt

from kppn_desktop.domain import validation
from kppn_desktop.domain.workflow import State
from kppn_desktop.gui.lists import consultation_model as cm
from kppn_desktop.gui.lists.consultation_model import (
    COL_DEADLINE,
    COL_NUMBER,
    COL_RECEIVED,
    COL_SATKER,
    COL_STAKEHOLDER,
    COL_STATUS,
    COLUMNS,
    PLACEHOLDER,
    ConsultationTableModel,
    LevelRole,
    deadline_cell,
)
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import office as office_service
from kppn_desktop.services import queries
from kppn_desktop.services.queries import ListFilter
from kppn_desktop.services.records import QuestionInput
from tests.services.helpers import bendahara, wita

# Working days of March 2026 before Nyepi and the cuti bersama (18-24 March).
DAYS = (2, 3, 4, 5, 6, 9, 10, 11, 12, 13)
CHANNEL_CODES = [code for code, _label in validation.CHANNELS]


def make_consultations(office, n: int = 30) -> list:
    """``n`` consultations across March 2026, every channel, two officers, and every state:
    in service, resolved on time, resolved late, waiting for documents, escalated to PDMS or to
    Bank (some of those resolved). Returns their summaries as stored."""
    made = []
    for i in range(n):
        at = wita(2026, 3, DAYS[i % len(DAYS)], 8 + i % 6, (i * 7) % 60)
        channel = CHANNEL_CODES[i % len(CHANNEL_CODES)]
        officer = office.cso if i % 3 else office.cso2
        person = bendahara(name=f"Stakeholder {i:02d} Pratiwi", kode_satker=f"{300100 + i}",
                           phone=f"0812 5500 {1000 + i}")
        category = office.categories[i % len(office.categories)]
        result = svc.take_consultation(
            officer, channel=channel, stakeholder=person, at=at, received_at=at,
            external_ref=f"HAI-{i:04d}" if channel == "hai_cso" else "",
            questions=[QuestionInput(category.id, f"Pertanyaan nomor {i} tentang SP2D {i * 11}.")])
        c = result.consultations[0]
        later = at + dt.timedelta(minutes=10)
        kind = i % 6
        if kind == 1:
            c = svc.resolve(officer, c.id, f"Jawaban {i}", expected_version=c.version, at=later)
        elif kind == 2:
            c = svc.resolve(officer, c.id, f"Jawaban {i}", expected_version=c.version,
                            at=at + dt.timedelta(hours=2))
        elif kind == 3:
            c = svc.request_documents(officer, c.id, "Salinan SPM", expected_version=c.version,
                                      at=later)
        elif kind in (4, 5):
            section = office.sections["PDMS" if kind == 4 else "BANK"]
            c = svc.escalate(officer, c.id, section_id=section, reason="Perlu konfirmasi",
                             contact_person="Pak Ahmad", contact_phone="0812 3456 7890",
                             expected_version=c.version, at=later)
            if i % 4 == 0:
                c = svc.resolve(officer, c.id, f"Solusi {i}", expected_version=c.version,
                                at=later + dt.timedelta(days=1))
        made.append(c)
    return made


def loaded_model(qtbot, session, flt=ListFilter(), page_size=cm.PAGE_SIZE):  # noqa: B008 - frozen
    # Owned by the session, which the test's end closes and deletes (a model without an owner
    # went whenever its last reference did, in any thread, its timer still running).
    model = ConsultationTableModel(session, session, page_size=page_size)
    with qtbot.waitSignal(model.count_loaded, timeout=10000):
        model.set_filter(flt)
    return model


def load_all_pages(qtbot, model):
    for row in range(model.rowCount()):
        model.data(model.index(row, 0))
    qtbot.waitUntil(lambda: all(model.data(model.index(r, 0)) != PLACEHOLDER
                                for r in range(model.rowCount())), timeout=10000)


@pytest.fixture
def thirty(office):
    return make_consultations(office, 30)


def test_model_passes_qt_model_checks(qtbot, qtmodeltester, cso_session, thirty):
    model = loaded_model(qtbot, cso_session, page_size=8)
    assert model.rowCount() == 30 and model.columnCount() == len(COLUMNS)
    qtmodeltester.check(model)          # placeholders while pages load
    load_all_pages(qtbot, model)
    qtmodeltester.check(model)          # every row loaded
    with qtbot.waitSignal(model.count_loaded, timeout=10000):
        model.set_filter(ListFilter(states=(State.ESCALATED.value,)))
    qtmodeltester.check(model)
    cso_session.runner.wait()


def test_rows_show_the_consultations_newest_first(qtbot, cso_session, thirty, office):
    model = loaded_model(qtbot, cso_session)
    expected = queries.list_consultations(office.cso, ListFilter(), limit=100)
    assert [model.consultation_id(r) for r in range(model.rowCount())] == [c.id for c in expected]
    first = expected[0]
    assert model.data(model.index(0, COL_NUMBER)) == first.number
    local = first.received_at.astimezone(office_service.office_calendar().tz)
    assert model.data(model.index(0, COL_RECEIVED)) == local.strftime("%d/%m/%Y %H:%M")
    assert model.data(model.index(0, COL_STAKEHOLDER)) == first.stakeholder
    assert model.data(model.index(0, COL_SATKER)) == first.kode_satker
    assert model.data(model.index(0, COL_STATUS)) == first.state_label
    assert model.data(model.index(0, 5), Qt.ItemDataRole.ToolTipRole).startswith(first.summary)
    assert model.headerData(COL_DEADLINE, Qt.Orientation.Horizontal) == "Tenggat / sisa waktu"


def test_only_the_pages_looked_at_are_fetched(qtbot, cso_session, office, monkeypatch):
    make_consultations(office, 35)
    offsets = []
    real = queries.list_consultations

    def spy(actor, flt, *, offset=0, limit=100, after=None):
        offsets.append((offset, limit) if after is None else (after[1], offset, limit))
        return real(actor, flt, offset=offset, limit=limit, after=after)

    monkeypatch.setattr(cm.queries, "list_consultations", spy)
    model = loaded_model(qtbot, cso_session, page_size=10)
    assert model.rowCount() == 35
    assert offsets == [(0, 10)] and model.loaded_pages() == [0]
    last_of_first = model.consultation_id(9)
    assert model.data(model.index(5, COL_NUMBER)) != PLACEHOLDER
    assert model.data(model.index(30, COL_NUMBER)) == PLACEHOLDER   # asks for page 3
    assert model.data(model.index(31, COL_NUMBER)) == PLACEHOLDER   # already asked: no 2nd fetch
    with qtbot.waitSignal(model.dataChanged, timeout=10000) as changed:
        pass
    top, bottom = changed.args[0], changed.args[1]
    assert (top.row(), bottom.row()) == (30, 34)
    expected = real(office.cso, ListFilter(), offset=30, limit=10)
    assert model.data(model.index(30, COL_NUMBER)) == expected[0].number
    # Page 3 is read from the nearest key above it: 20 rows after page 0's last.
    assert offsets == [(0, 10), (last_of_first, 20, 10)] and model.loaded_pages() == [0, 3]
    cso_session.runner.wait()


def test_reload_shows_a_change_from_another_workstation(qtbot, cso_session, office, thirty):
    model = loaded_model(qtbot, cso_session, ListFilter(states=(State.ESCALATED.value,)))
    before = model.rowCount()
    target = next(c for c in thirty if c.state == State.IN_SERVICE)
    # Another desk officer escalates one of them; this session only hears "data changed".
    svc.escalate(office.cso2, target.id, section_id=office.sections["PDMS"], reason="Konfirmasi",
                 contact_person="Bu Ani", contact_phone="0812 1111 2222",
                 expected_version=target.version)
    with qtbot.waitSignal(model.count_loaded, timeout=10000):
        model.reload()
    assert model.rowCount() == before + 1
    assert target.id in [model.consultation_id(r) for r in range(model.rowCount())]


def test_deadline_texts_and_colours(office, database):
    calendar = office_service.office_calendar()
    [c] = svc.take_consultation(office.cso, channel="tatap_muka", stakeholder=bendahara(),
                                questions=[QuestionInput(office.categories[0].id, "Tanya")],
                                at=wita(2026, 3, 17, 10, 0)).consultations
    assert c.service_due_at == wita(2026, 3, 17, 10, 20)
    assert deadline_cell(c, wita(2026, 3, 17, 10, 8), calendar)[:2] == ("sisa 12 menit", "ok")
    assert deadline_cell(c, wita(2026, 3, 17, 10, 17), calendar)[:2] == ("sisa 3 menit", "soon")
    assert deadline_cell(c, wita(2026, 3, 17, 11, 25), calendar)[:2] == (
        "lewat 1 jam 5 menit", "late")
    # Two working days later (18 March is cuti bersama, 19 Nyepi, 20 cuti bersama...).
    assert deadline_cell(c, wita(2026, 3, 26, 9, 0), calendar)[:2] == (
        "lewat 2 hari kerja", "late")
    escalated = svc.escalate(office.cso, c.id, section_id=office.sections["PDMS"],
                             reason="Konfirmasi", contact_person="Pak Ahmad",
                             contact_phone="0812 3456 7890", expected_version=c.version,
                             at=wita(2026, 3, 17, 10, 15))
    assert escalated.solution_due_at == wita(2026, 3, 27, 15, 0)
    assert deadline_cell(escalated, wita(2026, 3, 17, 11, 0), calendar)[:2] == (
        "sisa 3 hari kerja", "ok")
    assert deadline_cell(escalated, wita(2026, 3, 27, 13, 0), calendar)[:2] == (
        "sisa 2 jam", "soon")
    text, level, tip = deadline_cell(escalated, wita(2026, 3, 30, 9, 0), calendar)
    assert (text, level) == ("lewat 1 hari kerja", "late")
    assert "Jumat, 27 Maret 2026 15:00 WITA" in tip
    late = svc.resolve(office.cso, c.id, "Jawaban", expected_version=escalated.version,
                       at=wita(2026, 3, 30, 9, 0))
    assert deadline_cell(late, wita(2026, 4, 1, 9, 0), calendar)[:2] == (
        "Melebihi standar", "late")


def test_colour_roles_follow_the_level(qtbot, cso_session, office):
    [c] = svc.take_consultation(office.cso, channel="tatap_muka", stakeholder=bendahara(),
                                questions=[QuestionInput(office.categories[0].id, "Tanya")],
                                at=wita(2026, 3, 17, 10, 0)).consultations
    svc.resolve(office.cso, c.id, "Jawaban", expected_version=c.version,
                at=wita(2026, 3, 17, 10, 5))
    model = loaded_model(qtbot, cso_session)
    index = model.index(0, COL_DEADLINE)
    assert model.data(index) == "Sesuai standar" and model.data(index, LevelRole) == "ok"
    assert model.data(index, Qt.ItemDataRole.BackgroundRole).color().name() == \
        cm.LEVEL_COLOURS["ok"][0]
    assert model.data(model.index(0, COL_NUMBER), Qt.ItemDataRole.BackgroundRole) is None


def test_a_failing_page_is_shown_once_not_retried(qtbot, cso_session, office, monkeypatch,
                                                  shown_errors):
    make_consultations(office, 12)
    real = queries.list_consultations
    calls = []

    def flaky(actor, flt, *, offset=0, limit=100, after=None):
        calls.append(offset)
        if offset:
            raise peewee.OperationalError("server closed the connection unexpectedly")
        return real(actor, flt, offset=offset, limit=limit, after=after)

    monkeypatch.setattr(cm.queries, "list_consultations", flaky)
    model = loaded_model(qtbot, cso_session, page_size=5)
    assert model.data(model.index(11, COL_NUMBER)) == PLACEHOLDER
    qtbot.waitUntil(lambda: len(shown_errors) == 1, timeout=5000)
    assert shown_errors[0][0] == "Basis data tidak terjangkau"
    for _ in range(3):
        assert model.data(model.index(11, COL_NUMBER)) == PLACEHOLDER
    qtbot.wait(50)
    assert calls == [0, 5] and len(shown_errors) == 1    # page 2: 5 rows after page 0's last
    monkeypatch.setattr(cm.queries, "list_consultations", real)
    with qtbot.waitSignal(model.count_loaded, timeout=10000):
        model.reload()                  # a reload tries again
    model.data(model.index(11, COL_NUMBER))
    qtbot.waitUntil(lambda: model.data(model.index(11, COL_NUMBER)) != PLACEHOLDER, timeout=5000)


# --- one rule for the time left -----------------------------------------------------------------

def test_time_left_reads_in_office_time_and_says_when_a_clock_stands_still():
    from kppn_desktop.domain.calendar import OfficeCalendar

    calendar = OfficeCalendar()
    # Service clock due Tuesday 14:55; at 14:50 five office minutes are left.
    due = wita(2026, 3, 10, 14, 55)
    assert cm.time_left(calendar, due, wita(2026, 3, 10, 14, 50), in_days=False) == "sisa 5 menit"
    # At 15:30 the office is closed: the clock has stopped, and resumes Wednesday 08:00.
    carried = wita(2026, 3, 11, 8, 10)
    assert cm.time_left(calendar, carried, wita(2026, 3, 10, 15, 30), in_days=False) \
        == "sisa 10 menit (lanjut Rab 08:00)"
    # A solution due Friday 15:00 reads in working days until its day, then in office time.
    friday = wita(2026, 3, 13, 15, 0)
    assert cm.time_left(calendar, friday, wita(2026, 3, 10, 9, 0), in_days=True) \
        == "sisa 3 hari kerja"
    assert cm.time_left(calendar, friday, wita(2026, 3, 13, 13, 0), in_days=True) \
        == "sisa 2 jam"
    # Passed at closing time: no clock minutes after closing, the moment it passed.
    assert cm.time_left(calendar, friday, wita(2026, 3, 13, 17, 30), in_days=True) \
        == "lewat sejak 15:00"
    # Over the weekend and Monday: one working day late.
    assert cm.time_left(calendar, friday, wita(2026, 3, 16, 10, 0), in_days=True) \
        == "lewat 1 hari kerja"


# --- the first page before the count; pages by key (issue 15) ----------------------------------

def test_the_first_page_comes_before_the_count_and_the_count_follows(qtbot, qtmodeltester,
                                                                    cso_session, office,
                                                                    monkeypatch):
    """A long list shows its first page at once (rows: the page), then 'more than N' from a
    capped count, then the whole count -- rows inserted each time, the model sound throughout."""
    make_consultations(office, 23)
    monkeypatch.setattr(cm, "COUNT_CAP", 9)
    counts = []
    real = queries.count_consultations

    def spy(actor, flt, *, cap=None):
        counts.append(cap)
        return real(actor, flt, cap=cap)

    monkeypatch.setattr(cm.queries, "count_consultations", spy)
    model = ConsultationTableModel(cso_session, cso_session, page_size=4)
    qtmodeltester.check(model)
    sizes, capped = [], []
    model.modelReset.connect(lambda: sizes.append(model.rowCount()))
    model.rowsInserted.connect(lambda *_: sizes.append(model.rowCount()))
    model.count_capped.connect(capped.append)
    with qtbot.waitSignal(model.count_loaded, timeout=10000) as loaded:
        model.set_filter(ListFilter())
    assert loaded.args == [23] and capped == [9] and counts == [9, None]
    assert sizes == [4, 10, 23] and model.counted
    qtmodeltester.check(model)
    load_all_pages(qtbot, model)
    expected = queries.list_consultations(office.cso, ListFilter(), limit=100)
    assert [model.consultation_id(r) for r in range(23)] == [c.id for c in expected]
    qtmodeltester.check(model)
    cso_session.runner.wait()


def test_a_short_list_is_its_own_count(qtbot, cso_session, office, monkeypatch):
    make_consultations(office, 6)
    monkeypatch.setattr(cm.queries, "count_consultations",
                        lambda *a, **k: pytest.fail("a short first page needs no count"))
    model = loaded_model(qtbot, cso_session, page_size=10)
    assert model.rowCount() == 6 and model.counted
    cso_session.runner.wait()


def test_scrolling_on_fetches_the_next_page_by_key(qtbot, cso_session, office, monkeypatch):
    make_consultations(office, 25)
    asked = []
    real = queries.list_consultations

    def spy(actor, flt, *, offset=0, limit=100, after=None):
        asked.append(("key", after[1]) if after else ("offset", offset))
        return real(actor, flt, offset=offset, limit=limit, after=after)

    monkeypatch.setattr(cm.queries, "list_consultations", spy)
    model = loaded_model(qtbot, cso_session, page_size=10)
    last_of_first = model.consultation_id(9)
    model.data(model.index(10, COL_NUMBER))
    qtbot.waitUntil(lambda: model.data(model.index(10, COL_NUMBER)) != PLACEHOLDER, timeout=5000)
    assert asked == [("offset", 0), ("key", last_of_first)]
    expected = real(office.cso, ListFilter(), limit=100)
    assert [model.consultation_id(r) for r in range(20)] == [c.id for c in expected[:20]]
    cso_session.runner.wait()


def test_a_far_jump_reads_from_the_nearest_list_key(qtbot, qtmodeltester, cso_session, office,
                                                    monkeypatch):
    """Dragging the scrollbar far down reads the page from the list's keys (made the first time,
    down to the page, then kept), never by counting every row above it; a reload makes the keys
    again with its pages (the rows may have moved)."""
    made = make_consultations(office, 35)
    monkeypatch.setattr(cm, "KEY_EVERY", 8)
    asked, keyed = [], []
    real, real_keys = queries.list_consultations, queries.list_keys

    def spy(actor, flt, *, offset=0, limit=100, after=None):
        asked.append((offset, after[1] if after else None))
        return real(actor, flt, offset=offset, limit=limit, after=after)

    def keys_spy(actor, flt, *, every, after=None, count=None):
        keyed.append((every, after[1] if after else None, count))
        return real_keys(actor, flt, every=every, after=after, count=count)

    monkeypatch.setattr(cm.queries, "list_consultations", spy)
    monkeypatch.setattr(cm.queries, "list_keys", keys_spy)
    model = loaded_model(qtbot, cso_session, page_size=4)
    expected = [c.id for c in real(office.cso, ListFilter(), limit=100)]
    assert model.rowCount() == len(made) == 35

    def shown(row):
        model.data(model.index(row, COL_NUMBER))
        qtbot.waitUntil(lambda: model.data(model.index(row, COL_NUMBER)) != PLACEHOLDER,
                        timeout=5000)
        return model.consultation_id(row)

    assert shown(33) == expected[33]                # page 8: rows 32-35
    assert keyed == [(8, None, 4)]                  # keys of rows 8, 16, 24, 32 (the 8th ...)
    assert asked[-1] == (0, expected[31])           # right after the 32nd row
    assert shown(21) == expected[21]                # page 5: 4 rows after the 16th row's key
    assert keyed == [(8, None, 4)] and asked[-1] == (4, expected[15])
    assert shown(12) == expected[12]                # page 3: 4 rows after the 8th row's key
    assert asked[-1] == (4, expected[7])
    assert [shown(r) for r in range(35)] == expected
    qtmodeltester.check(model)
    keyed.clear()
    with qtbot.waitSignal(model.count_loaded, timeout=10000):
        model.reload()
    assert keyed and keyed[0][1] is None            # made again from the top
    assert [shown(r) for r in range(35)] == expected
    qtmodeltester.check(model)
    cso_session.runner.wait()
