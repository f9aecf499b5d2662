"""A Kanwil of many large KPPNs made from one (issue 14): the KPPN of a SQLite sample database
copied ``--copies`` times, in place, under the same Kanwil, for the consolidated report's
benchmark at scale. Ten KPPNs of 1M consultations take about 6.5 hours and 56 GB with
``sample-data --offices 10``; one (``--offices 1``, about 35 minutes here) and nine copies take
minutes:

    python -m kppn_desktop --db sqlite:////var/tmp/kw/kw.sqlite3 sample-data --offices 1 \\
        --consultations 1000000 --months 48
    python -m benchmarks.clone_offices /var/tmp/kw/kw.sqlite3 --copies 9
    python -m benchmarks.kanwil --offices 10 --db sqlite:////var/tmp/kw/kw.sqlite3

Benchmark data only: rows are written in raw SQL past the services, each copy's ids offset by
k x 10,000,000 (its office too, and the report sums' keys that name a category, section or
officer). Left out, because no report reads them: the search text, attachments, the personal
texts, and the history events of consultations resolved before ``--events-since`` (the overdue
lists of the benchmark's periods read the histories of consultations open or resolved after
their cut-off only). The history's hash chain is not valid in the copies."""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import time

OFFSET = 10_000_000

#: The tables copied with the office, in the order their rows refer to each other.
TABLES = ("section", "category", "user", "closure", "hours_override", "stakeholder", "visit",
          "number_sequence", "consultation", "consultation_cycle", "missed_update", "event",
          "document_request", "escalation", "progress_update", "resolution", "report_rollup",
          "setting")

#: The dimensions of the report sums whose key is the id of a copied row.
ID_KEYED_DIMENSIONS = ("category", "section", "officer", "lib_asked", "lib_none")


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]


def _references(con: sqlite3.Connection, table: str) -> dict[str, str]:
    """column -> the table it refers to."""
    return {row[3]: row[2] for row in con.execute(f'PRAGMA foreign_key_list("{table}")')}


def _expressions(con: sqlite3.Connection, table: str, k: int, office: int, code: str
                 ) -> list[str]:
    """The SELECT list that copies a row of ``table`` as copy ``k`` of office ``office``."""
    off = k * OFFSET
    refs = _references(con, table)
    special = {
        ("user", "username"): f"username || '-{k}'",
        ("visit", "request_key"): "NULL",
        ("consultation", "request_key"): "NULL",
        ("consultation", "number"): f"number || '-{k}'",
        ("consultation", "search_text"): "''",
        ("event", "seq"): f"seq + {k * 100 * OFFSET}",
        ("number_sequence", "office_code"): f"'{code}'",
        ("report_rollup", "key"): (
            f"CASE WHEN dimension IN ({', '.join(repr(d) for d in ID_KEYED_DIMENSIONS)}) "
            f"AND \"key\" <> '' THEN CAST(CAST(\"key\" AS INTEGER) + {off} AS TEXT) "
            f"ELSE \"key\" END"),
        ("setting", "office_id"): str(office + off),
    }
    out = []
    for column in _columns(con, table):
        if (table, column) in special:
            out.append(special[table, column])
        elif column == "id":
            out.append(f"id + {off}")
        elif refs.get(column) == "office":
            out.append(str(office + off))
        elif refs.get(column) in TABLES:
            out.append(f'"{column}" + {off}')
        else:
            out.append(f'"{column}"')
    return out


def _where(con: sqlite3.Connection, table: str, office: int, events_since: str) -> str:
    columns = _columns(con, table)
    if table == "setting":
        return f"office_id = {office}"
    if "office_id" in columns:
        return f"office_id = {office}"
    if table == "event":
        return ("consultation_id IN (SELECT id FROM consultation WHERE resolved_at IS NULL "
                f"OR resolved_at >= '{events_since}')")
    if table == "number_sequence":
        return f"office_code = (SELECT code FROM office WHERE id = {office})"
    return "1"          # rows of a consultation (the source's only KPPN)


def clone(path: str, copies: int, events_since: str, log=print) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    kppns = con.execute("SELECT id, parent_id FROM office WHERE kind = 'kppn'").fetchall()
    if len(kppns) != 1 or kppns[0][1] is None:
        raise SystemExit("butuh basis data dengan satu KPPN di bawah Kanwil (sample-data --offices 1)")
    office, kanwil = kppns[0]
    for table in TABLES:
        top = con.execute(f'SELECT MAX(id) FROM "{table}"').fetchone()[0] or 0
        if top >= OFFSET:
            raise SystemExit(f"{table}: id {top} tidak muat di bawah {OFFSET}")
    office_columns = _columns(con, "office")
    for k in range(1, copies + 1):
        start = time.perf_counter()
        code = f"X{k:02d}"
        values = {"id": str(office + k * OFFSET), "code": f"'{code}'",
                  "name": f"'KPPN Salinan {k}'", "full_name": f"'KPPN Salinan {k}'",
                  "parent_id": str(kanwil)}
        con.execute("BEGIN")
        con.execute(f"INSERT INTO office ({', '.join(office_columns)}) SELECT "
                    + ", ".join(values.get(c, f'"{c}"') for c in office_columns)
                    + f" FROM office WHERE id = {office}")
        for table in TABLES:
            columns = ", ".join(f'"{c}"' for c in _columns(con, table))
            con.execute(f'INSERT INTO "{table}" ({columns}) SELECT '
                        + ", ".join(_expressions(con, table, k, office, code))
                        + f' FROM "{table}" WHERE {_where(con, table, office, events_since)}'
                        + (f" AND id < {OFFSET}" if table != "setting" else ""))
        con.execute("COMMIT")
        log(f"salinan {k} ({code}): {time.perf_counter() - start:.0f} s")
    start = time.perf_counter()
    con.execute("ANALYZE")
    log(f"ANALYZE: {time.perf_counter() - start:.0f} s")
    con.close()


def check(path: str, log=print) -> None:
    """Each copy's headline figures equal the original's, for the benchmark's periods."""
    from benchmarks.kanwil import _cases
    from kppn_desktop.services import office as office_service
    from kppn_desktop.services import reports
    from kppn_desktop.storage.database import close_database, open_database
    from kppn_desktop.storage.models import Office

    open_database(f"sqlite:///{path}")
    try:
        ids = [o.id for o in Office.select().where(Office.kind == "kppn").order_by(Office.id)]
        now = dt.datetime.now(dt.timezone.utc)
        today = office_service.office_calendar(ids[0]).local(now).date()
        for name, (first, last) in _cases(today).items():
            figures = reports.office_headlines(reports.cuts(ids, last, now), first, last)
            if len({repr(f) for f in figures.values()}) != 1:
                raise SystemExit(f"{name}: angka salinan berbeda dari aslinya")
            log(f"{name}: {len(ids)} kantor, angka sama ({figures[ids[0]].total} konsultasi)")
    finally:
        close_database()


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="berkas SQLite dengan satu KPPN di bawah Kanwil")
    parser.add_argument("--copies", type=int, default=9)
    parser.add_argument("--events-since", default="2026-08-01",
                        help="riwayat konsultasi yang selesai sebelum hari ini tidak disalin")
    args = parser.parse_args(argv)
    clone(args.path, args.copies, args.events_since)
    check(args.path)


if __name__ == "__main__":
    main()
