"""The application's log: a rotating file in the log folder (here a temporary one), per-area
loggers, levels from KPPN_LOG, and its end read back newest last."""

from __future__ import annotations

import logging

import pytest

from kppn_desktop import logs


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "log"))
    monkeypatch.delenv(logs.LEVELS_ENV, raising=False)
    levels = {name: logging.getLogger(name).level
              for name in ("", "kppn_desktop", *(f"kppn_desktop.{a}" for a in logs.AREAS))}
    yield tmp_path / "log"
    logs.shutdown()
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    logging.captureWarnings(False)


def test_records_of_each_area_reach_the_file_and_read_back_newest_last(log_dir):
    path = logs.setup()
    assert path == log_dir / "kppn-desktop.log" and logs.setup() == path   # once per process
    logging.getLogger("kppn_desktop.storage.database").info("basis data dibuka")
    logs.area("services").warning("layanan lambat")
    logs.area("qt").error("pesan Qt")
    logging.getLogger("kppn_desktop.gui.startup.app").debug("tidak dicatat pada INFO")
    logging.getLogger("peewee").info("pustaka lain: hanya peringatan")
    logging.getLogger("peewee").warning("peringatan pustaka lain")
    text = logs.read_tail()
    lines = text.splitlines()
    assert [line.split(" ", 2)[-1] for line in lines] == [
        "INFO    kppn_desktop.storage.database [MainThread] basis data dibuka",
        "WARNING kppn_desktop.services [MainThread] layanan lambat",
        "ERROR   kppn_desktop.qt [MainThread] pesan Qt",
        "WARNING peewee [MainThread] peringatan pustaka lain",
    ]
    with pytest.raises(ValueError):
        logs.area("nowhere")


def test_the_file_rotates_and_the_tail_spans_the_previous_file(log_dir, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 4000)
    logs.setup()
    for i in range(200):
        logs.area("gui").info("baris %03d %s", i, "x" * 40)
    files = sorted(p.name for p in log_dir.iterdir())
    assert files[:3] == ["kppn-desktop.log", "kppn-desktop.log.1", "kppn-desktop.log.2"]
    assert len(files) == 1 + logs.BACKUPS
    tail = logs.read_tail(6000).splitlines()
    numbers = [int(line.split("baris ")[1][:3]) for line in tail]
    assert numbers[-1] == 199 and numbers == list(range(numbers[0], 200))   # whole lines, in order
    assert len(numbers) > (4000 // 100)                     # more than the current file holds


def test_levels_from_the_environment(log_dir, monkeypatch):
    assert logs.parse_levels("storage=DEBUG, gui=warning,bogus=INFO,qt=LOUD") == {
        "kppn_desktop.storage": logging.DEBUG, "kppn_desktop.gui": logging.WARNING}
    assert logs.parse_levels("DEBUG") == {"kppn_desktop": logging.DEBUG}
    monkeypatch.setenv(logs.LEVELS_ENV, "storage=DEBUG")
    logs.setup()
    logging.getLogger("kppn_desktop.storage.listing").debug("sql lambat")
    logging.getLogger("kppn_desktop.services.reports").debug("tidak")
    assert "sql lambat" in logs.read_tail() and "tidak" not in logs.read_tail()


def test_an_unwritable_log_folder_does_not_stop_the_application(tmp_path, monkeypatch):
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(blocker / "log"))
    try:
        assert logs.setup() is None
        assert logs.read_tail() == ""
    finally:
        logs.shutdown()
