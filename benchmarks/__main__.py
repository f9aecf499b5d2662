"""Run the benchmark suite and print a table of ratios (``./dev.sh bench``; see README).

Every figure is a median over several runs, measured side by side with its reference in the same
run. The data sets (10k, 100k and 1M sample consultations over four years, on SQLite and on
PostgreSQL) are generated on the first run and kept in $KPPN_BENCH_DIR."""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import clocks, lists, recount, reports, saving
from benchmarks.common import (
    BENCH_DIR,
    Result,
    ensure_dataset,
    postgres_url,
    size_label,
    sqlite_url,
)

ROOT = Path(__file__).resolve().parent.parent
STALL_LIMIT_MS = 100.0
MEMORY_LIMIT_MB = 50.0


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _child(mode: str, url: str = "") -> list[str]:
    """Run one GUI measurement in a fresh interpreter; returns the words after RESULT."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run([sys.executable, "-m", "benchmarks.gui_child", mode, url],
                         capture_output=True, text=True, cwd=ROOT, timeout=900, env=env)
    for line in out.stdout.splitlines():
        if line.startswith("RESULT "):
            return line.split()[1:]
    raise RuntimeError(f"{mode} gave no result:\n{out.stdout}\n{out.stderr[-3000:]}")


def startup(url: str, runs: int) -> list[Result]:
    def launch(mode: str) -> float:
        begin = time.time()
        return float(_child(mode, url)[0]) - begin
    app, bare = [], []
    for _ in range(runs):
        bare.append(launch("bare"))
        app.append(launch("app"))
    return [Result("Mulai", "Jendela utama tampil dan diam", "SQLite terbesar",
                   statistics.median(app) * 1000, statistics.median(bare) * 1000, target=1.5,
                   note="acuan: jendela PySide6 kosong + tabel")]


def memory(small: str, large: str, labels: tuple[str, str]) -> list[Result]:
    def rss(url):
        values = [float(_child("memory", url)[0]) for _ in range(3)]
        return statistics.median(values)
    a, b = rss(large), rss(small)
    return [Result("Memori", "Daftar konsultasi terbuka dan digulir", f"{labels[1]} vs {labels[0]}",
                   a, b, unit="MB", target=1.5,
                   note=f"selisih {a - b:.0f} MB (batas {MEMORY_LIMIT_MB:.0f} MB)")]


def stall(url: str, where: str) -> list[Result]:
    ms, *step = _child("stall", url)
    return [Result("GUI", "Jeda terlama thread GUI", where, float(ms), STALL_LIMIT_MS,
                   target=1.0, note="saat: " + " ".join(step))]


def report_results(engine: str, urls: dict[int, str], runs: int) -> list[Result]:
    small, large = min(urls), max(urls)
    timed = reports.compare(urls[large], urls[small], max(runs, 9))
    return [Result("Laporan", f"Laporan satu {period}",
                   f"{engine} {size_label(large)} vs {size_label(small)}", a * 1000, b * 1000,
                   target=1.5, note=f"{n_a} vs {n_b} konsultasi pada periode")
            for period, ((a, n_a), (b, n_b)) in timed.items()]


def fresh_save_database(engine: str, pg: str | None) -> str:
    url = (f"sqlite:///{BENCH_DIR}/kppn-simpan.sqlite3" if engine == "sqlite"
           else postgres_url(pg, "simpan"))
    marker = BENCH_DIR / (url.rsplit("/", 1)[1].replace(".sqlite3", "") + ".done")
    marker.unlink(missing_ok=True)
    return ensure_dataset(url, 2000, log)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor())
    mem = next((int(line.split()[1]) // 1024 // 1024 for line in
                Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), 0)
    import sqlite3

    return (f"{cpu}, {os.cpu_count()} inti, {mem} GiB RAM; {platform.platform()}; "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")


def table(results: list[Result]) -> list[str]:
    head = ("Bagian", "Kasus", "Data", "KPPN Desktop", "Acuan", "Rasio", "Target", "Hasil",
            "Keterangan")
    rows = [head]
    for r in results:
        rows.append((r.section, r.case, r.where, f"{r.ours:,.1f} {r.unit}",
                     f"{r.reference:,.1f} {r.unit}", f"{r.ratio:.2f}×",
                     f"≤ {r.target:g}×" if r.target else "—", r.verdict or "—", r.note))
    return rows


def render_text(rows) -> str:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_markdown(rows) -> str:
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows[1:]]
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", default="", help="e.g. lists,reports (default: everything)")
    parser.add_argument("--pg", default=os.environ.get("KPPN_BENCH_POSTGRES_URL"),
                        help="a PostgreSQL server URL (any database name); default "
                             "$KPPN_BENCH_POSTGRES_URL")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "RESULTS.md"))
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    engines = [e for e in args.engines.split(",") if e != "postgresql" or args.pg]
    only = set(filter(None, args.only.split(",")))
    wanted = lambda name: not only or name in only  # noqa: E731
    started = time.time()
    # As an installed application runs: from compiled bytecode (this machine may forbid writing
    # it, PYTHONDONTWRITEBYTECODE, which would make every start compile every module).
    for folder in ("kppn_desktop", "benchmarks"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)

    urls = {"sqlite": {n: sqlite_url(n) for n in sizes}}
    if "postgresql" in engines:
        urls["postgresql"] = {n: postgres_url(args.pg, n) for n in sizes}
    for engine in engines:
        for n, url in urls[engine].items():
            ensure_dataset(url, n, log)

    results: list[Result] = []

    def section(name: str, where: str, measure) -> None:
        """Run one measurement; a failure becomes a row of the table, not the end of the run."""
        try:
            rows = measure()
        except Exception as exc:  # noqa: BLE001 - reported in the table
            log(f"  gagal: {exc}")
            rows = [Result(name, "GAGAL", where, float("nan"), float("nan"), target=0,
                           note=str(exc).splitlines()[0][:120])]
        for r in rows:
            log(f"  {r.case} [{r.where}]: {r.ours:,.1f} vs {r.reference:,.1f} {r.unit} "
                f"= {r.ratio:.2f}x {r.verdict}")
        results.extend(rows)

    largest, smallest = sizes[-1], sizes[0]
    big_sqlite = urls["sqlite"][largest]
    if wanted("startup"):
        log("mulai…")
        section("Mulai", "SQLite", lambda: startup(big_sqlite, max(args.runs // 2, 3)))
    if wanted("lists"):
        for engine in engines:
            for n in sizes:
                log(f"daftar & cari: {engine} {size_label(n)}…")
                section("Daftar & cari", f"{engine} {size_label(n)}",
                        lambda engine=engine, n=n: lists.run(urls[engine][n], engine, size_label(n),
                                                             args.runs))
    if wanted("reports") and len(sizes) > 1:
        for engine in engines:
            log(f"laporan: {engine}…")
            section("Laporan", engine, lambda engine=engine: report_results(engine, urls[engine], args.runs))
    if wanted("memory") and len(sizes) > 1:
        log("memori…")
        section("Memori", "SQLite", lambda: memory(urls["sqlite"][smallest], big_sqlite,
                                                   (size_label(smallest), size_label(largest))))
    if wanted("saving"):
        for engine in engines:
            log(f"menyimpan: {engine}…")
            section("Menyimpan", engine,
                    lambda engine=engine: saving.run(fresh_save_database(engine, args.pg), engine))
    if wanted("clocks"):
        log("jam layanan…")
        section("Jam layanan", "SQLite", lambda: clocks.run(urls["sqlite"][smallest], args.runs))
    if wanted("recount"):
        log("hitung ulang setelah koreksi kalender…")
        section("Hitung ulang", "SQLite",
                lambda: recount.run(big_sqlite, f"SQLite {size_label(largest)}"))
    if wanted("stall"):
        for engine in engines:
            log(f"thread GUI: {engine}…")
            section("GUI", engine,
                    lambda engine=engine: stall(urls[engine][largest],
                                                 f"{engine} {size_label(largest)}"))

    if wanted("load") and "postgresql" in engines:
        from benchmarks import load

        log("beban: 12 meja pada satu PostgreSQL…")
        section("Beban", "postgresql", lambda: load.run(args.pg))

    if wanted("library"):
        from benchmarks import library

        for engine in engines:
            url = library.library_url(engine, largest, args.pg)
            log(f"perpustakaan: {engine}…")

            def measure(url=url, engine=engine):
                library.ensure(url, largest, log)
                return library.run(url, engine, largest, args.runs)
            section("Perpustakaan", engine, measure)

    rows = table(results)
    print(render_text(rows))
    missed = [r for r in results if r.verdict == "MISSED" or r.case == "GAGAL"]
    print(f"\n{len(results)} ukuran, {len(missed)} di luar target; "
          f"{(time.time() - started) / 60:.1f} menit. Mesin: {machine()}")
    if not only and args.out:
        Path(args.out).write_text(
            "# Benchmark KPPN Desktop: hasil terakhir\n\n"
            f"Dijalankan {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z} dengan `./dev.sh bench` "
            f"(median dari {args.runs} kali; data {', '.join(size_label(n) for n in sizes)} "
            f"konsultasi selama 4 tahun).\n\nMesin: {machine()}"
            f"{'; PostgreSQL ' + _pg_version(args.pg) if 'postgresql' in engines else ''}.\n\n"
            + render_markdown(rows) + "\n\nCara membaca: lihat `benchmarks/README.md`.\n")
    return 1 if missed else 0


def _pg_version(url: str) -> str:
    import psycopg

    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres") as conn:
        return conn.execute("SHOW server_version").fetchone()[0]


if __name__ == "__main__":
    sys.exit(main())
