"""What the application puts in the system's temporary folder goes away, even after a run that
was killed: attachments opened for viewing live in ``kppn-lampiran-PID-*`` (removed at exit), and
the next start removes the folders of runs that ended without their exit handlers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kppn_desktop.gui.consultation import jobs as consultation_jobs

ROOT = Path(__file__).resolve().parents[1]

OPEN_ONE = """
import os, sys
from kppn_desktop.gui.consultation import jobs as consultation_jobs
folder = consultation_jobs._private_folder()
(folder / "1-x").mkdir()
(folder / "1-x" / "surat.pdf").write_bytes(b"%PDF")
(folder / "1-x" / "surat.pdf").chmod(0o400)
print(folder, flush=True)
if sys.argv[1] == "killed":
    os._exit(0)          # as a crash or a kill: no exit handlers
"""


def _run(how: str, tmp: Path) -> Path:
    env = {**os.environ, "TMPDIR": str(tmp), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", OPEN_ONE, how], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    return Path(done.stdout.strip())


def test_a_normal_exit_removes_the_attachments_folder(tmp_path):
    folder = _run("normal", tmp_path)
    assert folder.parent == tmp_path and folder.name.startswith("kppn-lampiran-")
    assert not folder.exists()


def test_the_next_start_removes_what_a_killed_run_left(tmp_path):
    left = _run("killed", tmp_path)
    assert (left / "1-x" / "surat.pdf").is_file()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        running = tmp_path / f"kppn-lampiran-{alive.pid}-abc"
        running.mkdir()
        other = tmp_path / "kppn-lampiran-bukan-pid"
        other.mkdir()
        removed = consultation_jobs.remove_stale_private_folders(str(tmp_path))
        assert removed == [left] and not left.exists()
        assert running.is_dir() and other.is_dir()     # a live run's, and one not named by us
    finally:
        alive.kill()
        alive.wait()
    # The next run's own start does the same.
    left = _run("killed", tmp_path)
    assert left.exists()
    again = _run("normal", tmp_path)
    assert not left.exists() and not again.exists()
