"""Lists and search: what a list asks for when it opens -- the first page of 200 rows, as
``ConsultationTableModel`` does (the count follows on its own, capped) -- and a page deep in the
list by key (scrolling), through the services, against hand-written SQL through the bare driver.

Two references: the best index-backed query for the list (the fastest of the hand-written
statements that can answer it: the newest-first index with the filters, or the text index's
matches sorted), which the target holds us to, and the SQL the lists used to run (the planner's
choice for the plain filter, FTS5 matches for a search), kept for comparison. Each reference is
run after the statement every service call runs first (the actor's check, as stored now). Every
list must also give its first page and its deep page within 50 ms at 1M. For a few long lists,
a scrollbar jump to the middle (informative)."""

from __future__ import annotations

import datetime as dt
import statistics
import time

from benchmarks.common import Result, median_time, side_by_side

PAGE = 200
#: How deep the deep page is (or half the list when it is shorter).
DEPTH = 100_000
#: The first page and a deep page of every list, at any size (ms).
CEILING_MS = 50.0
#: A reference slower than this (s) is timed once.
SLOW = 0.5

_COLUMNS = """c.id, c.number, c.visit_id, c.state, c.version, c.channel, c.category_id, cat.name,
 c.section_id, COALESCE(sec.name, ''), c.summary, c.stakeholder_id, st.name, st.kode_satker, c.officer_id,
 u.full_name, c.received_at, c.service_target, c.service_due_at, c.service_met, c.solution_due_at,
 c.solution_met, c.resolved_at"""
_JOINS = """JOIN category cat ON cat.id = c.category_id LEFT JOIN section sec ON sec.id = c.section_id
 JOIN stakeholder st ON st.id = c.stakeholder_id JOIN "user" u ON u.id = c.officer_id"""
NEWEST = "c.received_at DESC, c.id DESC"


def _cases(office) -> list[tuple[str, dict]]:
    """(name, ListFilter arguments): every filter the lists offer, alone and combined, and
    searches with many and few matches."""
    from kppn_desktop.domain import workflow

    open_states = tuple(s.value for s in workflow.OPEN_STATES)
    month = {"date_from": office["month"][0], "date_to": office["month"][1]}
    return [
        ("Semua, halaman pertama", {}),
        ("Hari ini", {"date_from": office["today"], "date_to": office["today"]}),
        ("Belum selesai", {"states": open_states}),
        ("Terlambat", {"overdue_at": office["now"]}),
        ("Eskalasi seksi (Kasi)", {"states": ("dieskalasi",), "section_id": office["section"],
                                   "order": "deadline"}),
        ("Status selesai", {"states": ("selesai",)}),
        ("Kanal jarang (email)", {"channel": "email"}),
        ("Kategori", {"category_id": office["category"]}),
        ("Petugas", {"officer_id": office["officer"]}),
        ("Seksi", {"section_id": office["small_section"]}),
        ("Bulan lalu", month),
        ("Filter kanal + kategori", {"channel": "whatsapp", "category_id": office["category"]}),
        ("Filter petugas + bulan", {"officer_id": office["officer"], **month}),
        ("Seksi + kategori seksi lain (kosong)", {"section_id": office["small_section"],
                                                  "category_id": office["other_category"]}),
        ("Kanal + kategori + petugas + bulan", {"channel": "email",
                                                "category_id": office["category"],
                                                "officer_id": office["officer"], **month}),
        ("Cari nama stakeholder", {"text": office["person"]}),
        ("Cari kata pertanyaan", {"text": "rekonsiliasi"}),
        ("Cari kata umum", {"text": "supplier"}),
        ("Cari nomor konsultasi", {"text": office["number"]}),
        ("Cari teks tanpa hasil", {"text": "zqxwv"}),
        ("Cari dua huruf", {"text": "ka"}),
        ("Cari kata + kanal jarang", {"text": "supplier", "channel": "email"}),
        ("Cari nama + bulan", {"text": office["person"], **month}),
    ]


def _office_facts() -> dict:
    from kppn_desktop.services import office as office_service
    from kppn_desktop.storage.models import (
        Category,
        Consultation,
        Section,
        Stakeholder,
        User,
    )

    calendar = office_service.office_calendar()
    now = dt.datetime.now(dt.timezone.utc)
    today = calendar.local(now).date()
    first = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    last = today.replace(day=1) - dt.timedelta(days=1)
    middle = Consultation.select(Consultation.number).order_by(Consultation.id).offset(
        Consultation.select().count() // 2).limit(1).scalar()
    small = Section.get(Section.code == "PDMS").id
    return {
        "now": now, "today": today, "month": (first, last),
        "section": Section.get(Section.code == "PDMS").id, "small_section": small,
        "category": office_service.list_categories()[3].id,
        "other_category": Category.select(Category.id).where(
            (Category.section != small) | Category.section.is_null()).order_by(Category.id).scalar(),
        "officer": User.get(User.username == "cso2").id,
        "person": Stakeholder.select(Stakeholder.name).order_by(Stakeholder.id.desc()).scalar(),
        "number": middle,
    }


# --- the hand-written references --------------------------------------------------------------

def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _conditions(engine: str, args: dict, *, bound: bool) -> tuple[list[str], list]:
    """The filter as SQL conditions, written out here (not taken from the application); with
    ``bound``, a period also as a range of received_at (a day either side), which the
    newest-first indexes can use."""
    from kppn_desktop.domain import workflow

    parts, params = [], []
    if args.get("states"):
        parts.append(f"c.state IN ({', '.join('?' * len(args['states']))})")
        params += list(args["states"])
    for column in ("officer_id", "section_id", "category_id", "channel"):
        if args.get(column) is not None:
            parts.append(f"c.{column} = ?")
            params.append(args[column])
    if args.get("date_from"):
        parts += ["c.received_date >= ?", "c.received_date <= ?"]
        params += [args["date_from"], args["date_to"]]
        if bound:
            parts += ["c.received_at >= ?", "c.received_at < ?"]
            params += [dt.datetime.combine(args["date_from"] - dt.timedelta(days=1), dt.time()),
                       dt.datetime.combine(args["date_to"] + dt.timedelta(days=2), dt.time())]
    if args.get("overdue_at"):
        states = [s.value for s in workflow.OPEN_STATES]
        moment = args["overdue_at"].astimezone(dt.timezone.utc).replace(tzinfo=None)
        parts.append(f"c.state IN ({', '.join('?' * len(states))}) AND ((c.state <> ? AND "
                     "c.service_due_at < ?) OR (c.state = ? AND c.solution_due_at < ?))")
        params += [*states, "dieskalasi", moment, "dieskalasi", moment]
    if engine == "sqlite" and parts and parts[0].startswith("c.state IN") and \
            set(args.get("states") or ()) <= {s.value for s in workflow.OPEN_STATES}:
        parts[0] = f"likelihood({parts[0]}, 0.001)"
    if args.get("office_id") is not None:
        # The actor's office first, as every list asks (migration 0018: every list index is led
        # by it, so without it the reference would not be the same list's index-backed query).
        parts.insert(0, "c.office_id = ?")
        params.insert(0, args["office_id"])
    return parts, params


def _statements(engine: str, args: dict, after=None) -> dict[str, tuple[str, list]]:
    """name -> (page SQL, parameters): the candidates for the best index-backed query, and
    'old', the SQL the lists used to run."""
    order = ("c.solution_due_at ASC NULLS LAST, c.id ASC" if args.get("order") == "deadline"
             else NEWEST)
    key, kparams = ([], [])
    if after is not None:
        key, kparams = ["(c.received_at, c.id) < (?, ?)"], list(after)
    text = args.get("text", "")
    plain, pparams = _conditions(engine, args, bound=True)
    old, oparams = _conditions(engine, args, bound=False)
    like = "LIKE" if engine == "sqlite" else "ILIKE"

    def page(parts, params, prefix="", source="consultation c"):
        where = (" WHERE " + " AND ".join(parts)) if parts else ""
        return (f"{prefix}SELECT {_COLUMNS} FROM {source} {_JOINS}{where} ORDER BY {order} "
                f"LIMIT {PAGE}", params)

    out = {}
    if not text:
        out["indeks"] = page(plain + key, pparams + kparams)
        out["old"] = page(old + key, oparams + kparams)
        return out
    row_by_row = f"c.search_text {like} ? ESCAPE '\\'"
    # Newest first, the text looked for row by row (stops after a page of matches).
    out["terbaru"] = page(plain + key + [row_by_row], pparams + kparams + [_like(text)])
    if engine == "sqlite" and len(text) >= 3:
        match = '"' + text.replace('"', '""') + '"'
        # The text index's matches, then sorted.
        out["indeks teks"] = page(
            plain + key, [match] + pparams + kparams,
            prefix="WITH hits(id) AS MATERIALIZED (SELECT rowid FROM consultation_fts "
                   "WHERE consultation_fts MATCH ?) ",
            source="hits h JOIN consultation c ON c.id = h.id")
        out["old"] = page(old + key + ["c.id IN (SELECT rowid FROM consultation_fts WHERE "
                                       "consultation_fts MATCH ?)"], oparams + kparams + [match])
    elif engine == "postgresql":
        # The office checked on the trigram index's matches (+ 0), not ANDed with its index.
        where = " AND ".join([p.replace("c.office_id = ?", "c.office_id + 0 = ?") for p in plain]
                             + key + [row_by_row])
        out["indeks teks"] = (
            f"WITH hits AS MATERIALIZED (SELECT c.id, c.received_at FROM consultation c WHERE "
            f"{where}) SELECT {_COLUMNS} FROM (SELECT id FROM hits ORDER BY received_at DESC, "
            f"id DESC LIMIT {PAGE}) k JOIN consultation c ON c.id = k.id {_JOINS} "
            f"ORDER BY {NEWEST}", pparams + kparams + [_like(text)])
        out["old"] = page(old + key + [row_by_row], oparams + kparams + [_like(text)])
    else:
        out["old"] = out["terbaru"]
    return out


def _runner(engine: str, sql: str, params: list):
    from kppn_desktop.storage.database import db

    if engine == "postgresql":
        sql = sql.replace("?", "%s")

    def run():
        cursor = db.connection().cursor()
        cursor.execute(sql, params)
        rows = cursor.fetchall()
        cursor.close()
        return rows
    return run


def _deep_key(engine: str, args: dict, count: int):
    """(received_at, id) of the row before the deep page, or None for a short list."""
    if count <= PAGE or args.get("order") == "deadline":
        return None
    depth = min(DEPTH, count // 2)
    sql, params = _statements(engine, args)["terbaru" if args.get("text") else "indeks"]
    sql = sql.replace(f"SELECT {_COLUMNS}", "SELECT c.received_at, c.id").replace(
        f"LIMIT {PAGE}", f"LIMIT 1 OFFSET {depth - 1}")
    received, ident = _runner(engine, sql, params)()[0]
    if isinstance(received, str):
        received = dt.datetime.fromisoformat(received)
    return received, ident, depth


def _with_check(engine: str, user_id: int, run):
    """``run`` after the statement every service call must run first (house rule: services
    check the actor, as stored now): a list of no rows costs that and its query, and a
    reference without it would hold a 0.01 ms list to 0.005 ms."""
    check = _runner(engine, 'SELECT active, role, section_id, office_id FROM "user" WHERE id = ?',
                    [user_id])

    def both():
        check()
        return run()
    return both


def _best(engine: str, statements: dict, expected: list[int], runs: int, user_id: int):
    """(name, median seconds) of the fastest candidate that gives the expected rows, each run
    after the actor's check (:func:`_with_check`)."""
    best = None
    for name, (sql, params) in statements.items():
        name = "SQL lama" if name == "old" else name   # the plain SQL is a candidate too
        run = _with_check(engine, user_id, _runner(engine, sql, params))
        first = time.perf_counter()
        rows = run()
        if time.perf_counter() - first > SLOW:    # a plan that reads everything: one run
            seconds = time.perf_counter() - first
        else:
            seconds = median_time(run, runs, warmup=0)
        if [r[0] for r in rows] != expected:
            raise AssertionError(f"reference {name} disagrees")
        if best is None or seconds < best[1]:
            best = (name, seconds, run)
    return best


#: The lists whose scrollbar jump to the middle is measured (informative: no target).
JUMPS = ("Semua, halaman pertama", "Seksi", "Cari kata umum")


def _jumps(actor, flt, name: str, count: int, where: str) -> list[Result]:
    """A scrollbar jump to the middle of a long list, as the model makes it: the list's keys down
    to there (once), then the page at an offset under KEY_EVERY after the nearest key; and a next
    jump a few pages up (keys kept) -- against the page by OFFSET from the top, as before."""
    from kppn_desktop.services import queries

    every, target = queries.KEY_EVERY, count // 2 // PAGE * PAGE
    seconds = []

    def jump(position, keys):
        start = time.perf_counter()
        keys = keys + queries.list_keys(actor, flt, every=every,
                                        after=keys[-1] if keys else None,
                                        count=max(0, position // every - len(keys)))
        k = min(position // every, len(keys))
        page = queries.list_consultations(actor, flt, offset=position - k * every, limit=PAGE,
                                          after=keys[k - 1] if k else None)
        seconds.append(time.perf_counter() - start)
        return page, keys

    start = time.perf_counter()
    by_offset = queries.list_consultations(actor, flt, offset=target, limit=PAGE)
    offset_time = time.perf_counter() - start
    page, keys = jump(target, [])
    if [s.id for s in page] != [s.id for s in by_offset]:
        raise AssertionError(f"{name}: a jump by key and by offset disagree")
    first = seconds.pop()
    for pages_up in (3, 17, 40, 3, 17, 40, 9):
        jump(max(0, target - pages_up * PAGE), keys)
    return [
        Result("Daftar & cari", f"{name}, lompatan ke tengah (pertama)", where, first * 1000,
               offset_time * 1000,
               note=f"ke baris {target:,}: kunci tiap {every:,} baris dibuat s.d. sana "
                    f"({len(keys)} kunci), lalu halaman; acuan: OFFSET dari atas (cara lama)"),
        Result("Daftar & cari", f"{name}, lompatan berikut", where,
               statistics.median(seconds) * 1000, offset_time * 1000,
               note="3-40 halaman di atasnya, kunci sudah ada (median 7 kali); acuan: OFFSET "
                    "dari atas"),
    ]


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
        for name, args in _cases(facts):
            flt = queries.ListFilter(**args)
            page = queries.list_consultations(actor, flt, limit=PAGE)
            expected = [s.id for s in page]
            args = {**args, "office_id": user.office_id}    # the references' filter only
            statements = _statements(engine, args)
            old_run = _runner(engine, *statements["old"])
            if [r[0] for r in old_run()] != expected:
                raise AssertionError(f"{name}: service and SQL disagree")
            best_name, _seconds, best_run = _best(engine, statements, expected, runs, user.id)
            ours = lambda flt=flt: queries.list_consultations(actor, flt, limit=PAGE)  # noqa: E731
            median_time(ours, runs, warmup=0)   # as warm as the references (psycopg prepares)
            a, b = side_by_side(ours, best_run, runs)
            first = time.perf_counter()
            old_run()
            old = time.perf_counter() - first
            if old < SLOW:
                old = median_time(old_run, min(runs, 3), warmup=0)
            capped = median_time(lambda flt=flt: queries.count_consultations(
                actor, flt, cap=queries.COUNT_CAP), min(runs, 3))
            count = queries.count_consultations(actor, flt)
            shown = f"lebih dari {queries.COUNT_CAP:,}" if count > queries.COUNT_CAP else f"{count:,}"
            results.append(Result(
                "Daftar & cari", name, f"{engine} {size_label}", a * 1000, b * 1000, target=2.0,
                ceiling=CEILING_MS,
                note=(f"{count} baris; halaman pertama; acuan: {best_name} + cek pengguna; "
                      f"SQL lama {old * 1000:.1f} ms "
                      f"(rasio {a / old:.2f}×); hitungan s.d. {queries.COUNT_CAP:,} "
                      f"{capped * 1000:.1f} ms ({shown}), menyusul halaman")))
            deep = _deep_key(engine, args, count)
            if deep is None:
                continue
            received, ident, depth = deep
            key = (received.replace(tzinfo=dt.timezone.utc), ident)
            deep_page = queries.list_consultations(actor, flt, limit=PAGE, after=key)
            deep_statements = _statements(engine, args, after=(received.replace(tzinfo=None), ident))
            best_name, _seconds, best_run = _best(engine, deep_statements,
                                                  [s.id for s in deep_page], runs, user.id)
            ours = lambda flt=flt, key=key: queries.list_consultations(  # noqa: E731
                actor, flt, limit=PAGE, after=key)
            median_time(ours, runs, warmup=0)
            a, b = side_by_side(ours, best_run, runs)
            results.append(Result(
                "Daftar & cari", f"{name}, halaman dalam", f"{engine} {size_label}", a * 1000,
                b * 1000, target=2.0, ceiling=CEILING_MS,
                note=f"setelah baris ke-{depth:,} (kunci halaman); acuan: {best_name} + cek pengguna"))
            if name in JUMPS and count >= 2 * queries.KEY_EVERY:
                results += _jumps(actor, flt, name, count, f"{engine} {size_label}")
        return results
    finally:
        close_database()
