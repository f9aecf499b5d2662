"""The Kanwil's consolidated report over N offices against one office's service report (issue 14:
within 2x), on the same database, measured in alternation (median of several runs). Alone:

    python -m benchmarks.kanwil --offices 10 --consultations 100000 [--db URL] [--runs 5]
    python -m benchmarks.kanwil --offices 10 --parts sqlite:////var/tmp/...-1M.sqlite3

The database is made once with ``sample-data --offices N`` (each KPPN ``--consultations``) and kept;
at 1M per office from one KPPN copied (``benchmarks.clone_offices``).
The reference is the service report of the first KPPN for the same period (the last full month, the
twelve before it, and the month so far, whose cut-off is now)."""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time

from benchmarks.reports import periods


def _actor():
    from kppn_desktop.services import users
    from kppn_desktop.storage.models import User

    return users.actor_for(User.get(User.username == "kanwil").id)


def _cases(today: dt.date) -> dict[str, tuple[dt.date, dt.date]]:
    """The periods measured: the last full month, the twelve before it, the month so far."""
    return {**periods(today), "bulan berjalan": (today.replace(day=1), today)}


def compare(url: str, runs: int) -> dict[str, tuple[float, float, int]]:
    """period -> (median seconds of the Kanwil report, of one office's report, consultations of
    the period in all offices)."""
    from kppn_desktop.services import kanwil, reports
    from kppn_desktop.services import office as office_service
    from kppn_desktop.storage.database import close_database, open_database

    open_database(url)
    try:
        actor = _actor()
        first_office = kanwil.offices(actor)[0].id
        now = dt.datetime.now(dt.timezone.utc)
        out = {}
        today = office_service.office_calendar(first_office).local(now).date()
        for name, (first, last) in _cases(today).items():
            total = kanwil.consolidated_report(actor, first, last, now).totals.total   # warm
            reports.service_report(None, first, last, now, office_id=first_office)
            times = {"kanwil": [], "kantor": []}
            for _ in range(runs):
                start = time.perf_counter()
                kanwil.consolidated_report(actor, first, last, now)
                times["kanwil"].append(time.perf_counter() - start)
                start = time.perf_counter()
                reports.service_report(None, first, last, now, office_id=first_office)
                times["kantor"].append(time.perf_counter() - start)
            out[name] = (statistics.median(times["kanwil"]), statistics.median(times["kantor"]),
                         total)
        return out
    finally:
        close_database()


def parts(url: str, offices: int, runs: int) -> dict[str, tuple[float, float]]:
    """period -> (median seconds of the Kanwil's work for one office, of that office's service
    report), on a database of one KPPN (``--parts``): a set of ten offices of 1M each takes
    about 56 GB and 6.5 hours to make here. The consolidated report does that work for each of
    its ``offices`` (each office's sums, open consultations and escalations read apart, as one
    office's own report reads them; the real report reads the offices' sums together), so
    ``offices`` times it bounds the consolidated report's time from above."""
    from kppn_desktop.services import office as office_service
    from kppn_desktop.services import reports
    from kppn_desktop.storage.database import close_database, open_database
    from kppn_desktop.storage.models import Office

    open_database(url)
    try:
        office = Office.select().where(Office.kind == "kppn").order_by(Office.id).first().id
        now = dt.datetime.now(dt.timezone.utc)
        today = office_service.office_calendar(office).local(now).date()
        out = {}
        for name, (first, last) in _cases(today).items():
            def work(first=first, last=last):
                cut = reports.cuts([office], last, now)
                reports.office_headlines(cut, first, last)
                reports.overdue_of_offices(cut, escalated_only=True)
            work()                                                          # warm
            reports.service_report(None, first, last, now, office_id=office)
            times = {"bagian": [], "kantor": []}
            for _ in range(runs):
                start = time.perf_counter()
                work()
                times["bagian"].append(time.perf_counter() - start)
                start = time.perf_counter()
                reports.service_report(None, first, last, now, office_id=office)
                times["kantor"].append(time.perf_counter() - start)
            out[name] = (statistics.median(times["bagian"]), statistics.median(times["kantor"]))
        return out
    finally:
        close_database()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--offices", type=int, default=10)
    parser.add_argument("--consultations", type=int, default=100_000, help="per office")
    parser.add_argument("--db", default="")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--parts", default="", metavar="URL",
                        help="a database of one KPPN: its part of the report, times --offices")
    args = parser.parse_args()
    if args.parts:
        for name, (part_s, office_s) in parts(args.parts, args.offices, args.runs).items():
            print(f"Bagian gabungan per KPPN ({name}): {part_s * 1000:.1f} ms; satu KPPN "
                  f"{office_s * 1000:.0f} ms; batas atas {args.offices} KPPN "
                  f"{args.offices * part_s / office_s:.2f}x (target <= 2x)")
        return 0
    url = args.db or f"sqlite:////var/tmp/kppn-kanwil-{args.offices}x{args.consultations}.sqlite3"
    from kppn_desktop.demo import sample
    from kppn_desktop.storage.database import close_database, open_database
    from kppn_desktop.storage.models import Office

    open_database(url)
    if Office.select().count() < args.offices + 1:
        sample.generate(consultations=args.consultations, months=48, offices=args.offices,
                        progress=lambda text: print(text, flush=True))
    close_database()
    for name, (kanwil_s, office_s, total) in compare(url, args.runs).items():
        print(f"Laporan gabungan {args.offices} KPPN ({name}, {total} konsultasi): "
              f"{kanwil_s * 1000:.0f} ms; satu KPPN {office_s * 1000:.0f} ms; "
              f"rasio {kanwil_s / office_s:.2f}x (target <= 2x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
