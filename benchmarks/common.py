"""What every benchmark shares: the data sets, timing by median, and the rows of the result table."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

#: Where the generated databases are kept between runs (a 1M SQLite file is about 2.5 GB).
BENCH_DIR = Path(os.environ.get("KPPN_BENCH_DIR", "/var/tmp/kppn-bench"))
#: Raise when the sample generator changes what it writes: older data sets are made again.
DATA_VERSION = 1
MONTHS = 48
SEED = 2026


@dataclass
class Result:
    section: str
    case: str
    where: str                 # size / engine / writers
    ours: float                # seconds (or MB for memory)
    reference: float
    unit: str = "ms"
    target: float | None = None   # the ratio ours/reference must stay at or under this
    note: str = ""
    ceiling: float | None = None  # ours must also stay at or under this (in ``unit``)

    @property
    def ratio(self) -> float:
        return self.ours / self.reference if self.reference else float("inf")

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        if self.ceiling is not None and self.ours > self.ceiling:
            return f"MISSED (> {self.ceiling:g} {self.unit})"
        return "ok" if self.ratio <= self.target else "MISSED"


def median_time(fn: Callable[[], object], runs: int, warmup: int = 1) -> float:
    """The median wall time of ``fn`` in seconds, after ``warmup`` calls that are not counted."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def side_by_side(ours: Callable[[], object], reference: Callable[[], object],
                 runs: int) -> tuple[float, float]:
    """Median times of two functions measured in alternation, so that both see the same cache and
    machine load."""
    ours(), reference()
    a, b = [], []
    for _ in range(runs):
        for fn, out in ((ours, a), (reference, b)):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return statistics.median(a), statistics.median(b)


def size_label(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 and n % 1_000_000 == 0 else f"{n // 1000}k"


def sqlite_url(size: int) -> str:
    return f"sqlite:///{BENCH_DIR}/kppn-{size_label(size)}-v{DATA_VERSION}.sqlite3"


def postgres_url(base: str, size: int | str) -> str:
    name = f"kppn_bench_{size_label(size) if isinstance(size, int) else size}_v{DATA_VERSION}"
    return base.rsplit("/", 1)[0] + "/" + name.lower()


def _recreate_postgres_database(url: str) -> None:
    import psycopg

    admin_url, name = url.rsplit("/", 1)
    with psycopg.connect(admin_url + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def done_marker(url: str) -> Path:
    """The file that says the data set at ``url`` was made completely."""
    return BENCH_DIR / (url.rsplit("/", 1)[1].replace(".sqlite3", "") + ".done")


def empty_database(url: str) -> None:
    """The database at ``url`` made anew, empty (its SQLite file and journals removed)."""
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    if url.startswith("sqlite"):
        for suffix in ("", "-wal", "-shm"):
            Path(url[len("sqlite:///"):] + suffix).unlink(missing_ok=True)
    else:
        _recreate_postgres_database(url)


def ensure_dataset(url: str, size: int, log: Callable[[str], None]) -> str:
    """The database at ``url`` filled with ``size`` sample consultations over ``MONTHS`` months
    (made with ``kppn-desktop sample-data`` when missing; kept for the next run)."""
    marker = done_marker(url)
    if marker.exists():
        return url
    empty_database(url)
    log(f"  membuat data {size_label(size)} konsultasi: {url}")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kppn_desktop", "--db", url, "sample-data",
                    "--consultations", str(size), "--months", str(MONTHS), "--seed", str(SEED)],
                   check=True, stdout=subprocess.DEVNULL)
    log(f"  selesai dalam {time.perf_counter() - start:.0f} s")
    marker.write_text(f"{size} {time.perf_counter() - start:.1f}\n")
    return url


def rss_mb() -> float:
    """This process's resident set size in MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")
