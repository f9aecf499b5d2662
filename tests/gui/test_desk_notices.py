"""The desk's reminders in the window: a status-bar button whose menu opens each consultation,
read on a worker each minute; nothing outside office time."""

from __future__ import annotations

from kppn_desktop.gui.shell.main_window import MainWindow
from kppn_desktop.services import consultations as svc
from tests.services.helpers import take, wita


def test_the_reminders_open_their_consultations(make_session, qtbot, office):
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    c = svc.escalate(office.cso, c.id, section_id=office.sections["PDMS"], reason="Konfirmasi",
                     contact_person="Nur", contact_phone="081244556677",
                     expected_version=c.version, at=wita(2026, 3, 17, 9, 10))
    window = MainWindow(make_session(office.kasi))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "leave_confirmed", True))
    reminders = window.desk_notices

    reminders.now = lambda: wita(2026, 3, 27, 16, 0)          # after closing: nothing
    with qtbot.waitSignal(reminders.changed, timeout=10000):
        reminders.look()
    assert reminders.notices == [] and reminders.button.isHidden()

    reminders.now = lambda: wita(2026, 3, 27, 10, 0)          # the solution's last day
    with qtbot.waitSignal(reminders.changed, timeout=10000):
        reminders.look()
    assert reminders.button.text() == "Pengingat (2)" and not reminders.button.isHidden()
    texts = [a.text() for a in reminders.menu.actions()]
    assert texts[0].startswith(c.number) and "batas solusi hari ini" in texts[0]
    assert "progres hari ini belum disampaikan" in texts[1]

    reminders.menu.actions()[0].trigger()
    [opened] = window.consultation_windows()
    assert opened.consultation_id == c.id
