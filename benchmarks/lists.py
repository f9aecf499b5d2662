"""Lists and search: what a list asks for when it opens (the count and the first page of 200
rows, as ``ConsultationTableModel`` does) through the services, against the same rows fetched by
hand-written SQL on the same indexes through the bare driver."""

from __future__ import annotations

import datetime as dt

from benchmarks.common import Result, side_by_side

PAGE = 200

_COLUMNS = """c.id, c.number, c.visit_id, c.state, c.version, c.channel, c.category_id, cat.name,
 c.section_id, COALESCE(sec.name, ''), c.summary, c.stakeholder_id, st.name, st.kode_satker, c.officer_id,
 u.full_name, c.received_at, c.service_target, c.service_due_at, c.service_met, c.solution_due_at,
 c.solution_met, c.resolved_at"""
_JOINS = """JOIN category cat ON cat.id = c.category_id LEFT JOIN section sec ON sec.id = c.section_id
 JOIN stakeholder st ON st.id = c.stakeholder_id JOIN "user" u ON u.id = c.officer_id"""


def _cases(office) -> list[tuple[str, dict, str, list, str]]:
    """(name, ListFilter arguments, hand-written WHERE, its parameters, ORDER BY)."""
    from kppn_desktop.domain import workflow
    from kppn_desktop.storage.listing import rare_sql as rare

    newest = "c.received_at DESC, c.id DESC"
    open_states = [s.value for s in workflow.OPEN_STATES]
    marks = ", ".join("?" * len(open_states))
    return [
        ("Semua, halaman pertama", {}, "", [], newest),
        ("Hari ini", {"date_from": office["today"], "date_to": office["today"]},
         "c.received_date BETWEEN ? AND ?", [office["today"], office["today"]], newest),
        ("Belum selesai", {"states": tuple(open_states)}, rare(f"c.state IN ({marks})"),
         open_states, newest),
        ("Eskalasi seksi (Kasi)", {"states": ("dieskalasi",), "section_id": office["section"],
                                   "order": "deadline"},
         rare("c.state IN (?)") + " AND c.section_id = ?", ["dieskalasi", office["section"]],
         "c.solution_due_at ASC NULLS LAST, c.id ASC"),
        ("Filter kanal + kategori", {"channel": "whatsapp", "category_id": office["category"]},
         "c.channel = ? AND c.category_id = ?", ["whatsapp", office["category"]], newest),
        ("Filter petugas + bulan", {"officer_id": office["officer"],
                                    "date_from": office["month"][0],
                                    "date_to": office["month"][1]},
         "c.officer_id = ? AND c.received_date BETWEEN ? AND ?",
         [office["officer"], *office["month"]], newest),
        ("Cari nama stakeholder", {"text": office["person"]}, "TEXT", [office["person"]], newest),
        ("Cari kata pertanyaan", {"text": "rekonsiliasi"}, "TEXT", ["rekonsiliasi"], newest),
        ("Cari nomor konsultasi", {"text": office["number"]}, "TEXT", [office["number"]], newest),
    ]


def _office_facts() -> dict:
    from kppn_desktop.services import office as office_service
    from kppn_desktop.storage.models import Consultation, Section, Stakeholder, User

    calendar = office_service.office_calendar()
    today = calendar.local(dt.datetime.now(dt.timezone.utc)).date()
    first = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    last = today.replace(day=1) - dt.timedelta(days=1)
    middle = Consultation.select(Consultation.number).order_by(Consultation.id).offset(
        Consultation.select().count() // 2).limit(1).scalar()
    return {
        "today": today, "month": (first, last),
        "section": Section.get(Section.code == "PDMS").id,
        "category": office_service.list_categories()[3].id,
        "officer": User.get(User.username == "cso2").id,
        "person": Stakeholder.select(Stakeholder.name).order_by(Stakeholder.id.desc()).scalar(),
        "number": middle,
    }


def _text_condition(engine: str, text: str) -> tuple[str, list]:
    """The hand-written text search on the schema's trigram index (FTS5 on SQLite for three
    characters or more, pg_trgm on PostgreSQL)."""
    if engine == "postgresql":
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return "c.search_text ILIKE ? ESCAPE '\\'", [pattern]
    return ("c.id IN (SELECT rowid FROM consultation_fts WHERE consultation_fts MATCH ?)",
            ['"' + text.replace('"', '""') + '"'])


def _hand_written(engine: str, where: str, params: list, order: str):
    from kppn_desktop.storage.database import db

    count_from = "consultation c"
    if where == "TEXT":
        where, params = _text_condition(engine, params[0])
    clause = f" WHERE {where}" if where else ""
    count_sql = f"SELECT COUNT(*) FROM {count_from}{clause}"
    page_sql = f"SELECT {_COLUMNS} FROM consultation c {_JOINS}{clause} ORDER BY {order} LIMIT {PAGE}"
    if engine == "postgresql":
        count_sql, page_sql = count_sql.replace("?", "%s"), page_sql.replace("?", "%s")

    def run():
        cursor = db.connection().cursor()
        cursor.execute(count_sql, params)
        count = cursor.fetchone()[0]
        cursor.execute(page_sql, params)
        rows = cursor.fetchall()
        cursor.close()
        return count, rows
    return run


def run(url: str, engine: str, size_label: str, runs: int) -> list[Result]:
    from kppn_desktop.services import queries
    from kppn_desktop.services.context import Actor
    from kppn_desktop.storage.database import close_database, open_database
    from kppn_desktop.storage.models import User

    open_database(url)
    try:
        user = User.get(User.username == "cso1")
        actor = Actor(user.id, user.username, user.full_name, user.role)
        facts = _office_facts()
        results = []
        for name, flt_args, where, params, order in _cases(facts):
            flt = queries.ListFilter(**flt_args)

            def ours(flt=flt):
                return (queries.count_consultations(actor, flt),
                        queries.list_consultations(actor, flt, limit=PAGE))
            reference = _hand_written(engine, where, params, order)
            (count, page), (ref_count, ref_rows) = ours(), reference()
            if count != ref_count or [s.id for s in page] != [r[0] for r in ref_rows]:
                raise AssertionError(f"{name}: service and SQL disagree ({count} vs {ref_count})")
            a, b = side_by_side(ours, reference, runs)
            results.append(Result("Daftar & cari", name, f"{engine} {size_label}", a * 1000,
                                  b * 1000, target=2.0, note=f"{count} baris"))
        return results
    finally:
        close_database()
