"""What the main window says unasked: a limit that passed (a band, once per limit, opening the
consultation), and a lost database connection (a band while it lasts, what was typed kept, the
views loaded again when it is back)."""

from __future__ import annotations

import datetime as dt

import peewee
from PySide6.QtCore import Qt

from kppn_desktop.gui.shell.main_window import MainWindow
from kppn_desktop.services import consultations, system
from tests.gui.conftest import finish_work
from tests.services.helpers import take

LEFT = Qt.MouseButton.LeftButton


def _window(qtbot, make_session, actor):
    window = MainWindow(make_session(actor))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "leave_confirmed", True))
    window.show()
    finish_work(qtbot)
    return window


def _late(office, minutes_ago: int):
    """A face-to-face consultation received ``minutes_ago`` minutes before now; its stored service
    limit (office time: perhaps tomorrow morning) is what the notice is judged by."""
    now = dt.datetime.now(dt.timezone.utc)
    return take(office, now - dt.timedelta(minutes=minutes_ago)).consultations[0]


def test_a_passed_limit_shows_once_and_opens_its_consultation(qtbot, make_session, office,
                                                             shown_errors):
    c = _late(office, 30)
    other = _late(office, 31)
    consultations.resolve(office.cso, other.id, "Dijawab.", expected_version=other.version)
    window = _window(qtbot, make_session, office.cso)
    notices = window.notices
    notices.now = lambda: c.service_due_at + dt.timedelta(minutes=1)
    notices.look()
    qtbot.waitUntil(lambda: window.ui.noticeBanner.isVisible(), timeout=5000)
    text = window.ui.noticeLabel.text()
    assert c.number in text and "layanan 20 menit" in text and other.number not in text
    notices.look()                                   # the same limit is not told twice
    finish_work(qtbot)
    assert [p.consultation_id for p in notices.pending] == [c.id]

    qtbot.mouseClick(window.ui.noticeOpenButton, LEFT)
    assert not window.ui.noticeBanner.isVisible()
    [opened] = window.consultation_windows()
    assert opened.consultation_id == c.id
    qtbot.waitUntil(lambda: opened.detail is not None, timeout=5000)
    opened.close()
    assert shown_errors == []


def test_several_passed_limits_lead_to_the_late_list(qtbot, make_session, office):
    cases = [_late(office, 40 + i) for i in range(5)]
    window = _window(qtbot, make_session, office.cso)
    window.notices.now = lambda: max(c.service_due_at for c in cases) + dt.timedelta(minutes=1)
    window.notices.look()
    qtbot.waitUntil(lambda: len(window.notices.pending) == 5, timeout=5000)
    text = window.ui.noticeLabel.text()
    assert text.startswith("5 konsultasi melewati batas waktu") and "dan 2 lainnya" in text
    qtbot.mouseClick(window.ui.noticeOpenButton, LEFT)
    page = window.pages["queue"]
    assert window.ui.pages.currentWidget() is page and page.current_list() == "overdue"
    qtbot.mouseClick(window.ui.noticeCloseButton, LEFT) if window.ui.noticeBanner.isVisible() \
        else None
    assert not window.ui.noticeBanner.isVisible()


def test_a_lost_connection_shows_a_band_keeps_the_draft_and_reloads_when_back(
        qtbot, make_session, office, monkeypatch, shown_errors):
    window = _window(qtbot, make_session, office.cso)
    intake = window.show_page("intake")
    qtbot.keyClicks(intake.ui.nameEdit, "Nurhayati Saleh")
    real = system.change_marker
    down = [True]

    def marker():
        if down[0]:
            raise peewee.OperationalError("server closed the connection unexpectedly")
        return real()

    monkeypatch.setattr(system, "change_marker", marker)
    window.session.check_now()
    qtbot.waitUntil(lambda: window.ui.connectionBanner.isVisible(), timeout=5000)
    assert "terputus" in window.ui.connectionLabel.text()
    assert window.session.database_display in window.ui.connectionLabel.text()
    qtbot.mouseClick(window.ui.reconnectButton, LEFT)       # still down: the band stays
    finish_work(qtbot)
    assert window.ui.connectionBanner.isVisible() and window.ui.reconnectButton.isEnabled()

    down[0] = False
    with qtbot.waitSignal(window.session.data_changed, timeout=5000):
        qtbot.mouseClick(window.ui.reconnectButton, LEFT)
    finish_work(qtbot)
    assert not window.ui.connectionBanner.isVisible()
    assert intake.ui.nameEdit.text() == "Nurhayati Saleh"
    assert shown_errors == []        # the poller's own failures are the band's, not boxes
