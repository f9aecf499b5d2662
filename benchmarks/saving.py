"""Saving a consultation: ``take_consultation`` (checks, number, visit, consultation, two chained
events, clock columns, the summary read back) against a bare INSERT of the same three rows in one
transaction, by 1 and by 8 writers at once (separate processes, as separate workstations)."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import time

from benchmarks.common import Result

SAVES = 400      # per measurement, shared among the writers


def _writer(url: str, mode: str, count: int, start_gate, results) -> None:
    from kppn_desktop.services import consultations as svc
    from kppn_desktop.services import office as office_service
    from kppn_desktop.services.context import Actor
    from kppn_desktop.services.records import QuestionInput
    from kppn_desktop.storage.database import db, open_database
    from kppn_desktop.storage.models import Stakeholder, User

    info = open_database(url)
    user = User.get(User.username == "cso1")
    actor = Actor(user.id, user.username, user.full_name, user.role)
    category = office_service.list_categories()[0]
    person = Stakeholder.select(Stakeholder.id).order_by(Stakeholder.id).scalar()
    office_id = office_service.office_row().id
    question = "Bagaimana cara memperbaiki data supplier pada SPM LS kontrak?"
    mark = "?" if info.is_sqlite else "%s"
    visit_sql = ("INSERT INTO visit (office_id, channel, external_ref, received_at, stakeholder_id, "
                 f"officer_id, created_at) VALUES ({', '.join([mark] * 7)})")
    consultation_sql = (
        "INSERT INTO consultation (number, visit_id, stakeholder_id, channel, category_id, "
        "officer_id, summary, question, state, received_at, received_date, cycle, answer, "
        "regulation, contact_person, contact_phone, service_target, missed_updates, updated_at, "
        f"version, search_text) VALUES ({', '.join([mark] * 21)})")
    event_sql = ("INSERT INTO event (seq, consultation_id, kind, at, recorded_at, actor_id, subject, "
                 f"data, prev_hash, hash) VALUES ({', '.join([mark] * 10)})")
    tag = multiprocessing.current_process().pid

    def bare(i: int) -> None:
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        with db.atomic():
            cursor = db.connection().cursor()
            cursor.execute(visit_sql + ("" if info.is_sqlite else " RETURNING id"),
                           (office_id, "tatap_muka", "", now, person, actor.user_id, now))
            visit_id = cursor.lastrowid if info.is_sqlite else cursor.fetchone()[0]
            cursor.execute(consultation_sql + ("" if info.is_sqlite else " RETURNING id"),
                           (f"B{tag}-{i}", visit_id, person, "tatap_muka", category.id,
                            actor.user_id, question[:120], question, "dilayani", now, now.date(),
                            1, "", "", "", "", 20, 0, now, 1, ""))
            cid = cursor.lastrowid if info.is_sqlite else cursor.fetchone()[0]
            cursor.execute(event_sql, (-(tag * 100_000 + i), cid, "diterima", now, now,
                                       actor.user_id, "", "{}", "0" * 64, "0" * 64))

    def service(_i: int) -> None:
        svc.take_consultation(actor, channel="tatap_muka",
                              questions=[QuestionInput(category.id, question)],
                              stakeholder_id=person)

    work = bare if mode == "bare" else service
    work(-1)                       # connection and caches warm
    start_gate.wait()
    begin = time.perf_counter()
    for i in range(count):
        work(i)
    results.put(time.perf_counter() - begin)


def _measure(url: str, mode: str, writers: int) -> float:
    """Seconds per save, as the whole office sees it (wall time / saves)."""
    ctx = multiprocessing.get_context("spawn")
    gate, results = ctx.Barrier(writers + 1), ctx.Queue()
    per_writer = SAVES // writers
    procs = [ctx.Process(target=_writer, args=(url, mode, per_writer, gate, results))
             for _ in range(writers)]
    for p in procs:
        p.start()
    gate.wait()
    begin = time.perf_counter()
    for _ in procs:
        results.get()
    wall = time.perf_counter() - begin
    for p in procs:
        p.join()
    return wall / (per_writer * writers)


def run(url: str, engine: str) -> list[Result]:
    results = []
    for writers in (1, 8):
        ours = _measure(url, "service", writers)
        reference = _measure(url, "bare", writers)
        results.append(Result("Menyimpan", "Konsultasi baru (per simpan)",
                              f"{engine}, {writers} penulis", ours * 1000, reference * 1000,
                              note=f"{1 / ours:.0f} simpan/detik"))
    return results
