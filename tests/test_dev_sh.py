"""The front door: ``./dev.sh`` stops and says which step failed when pip cannot install, instead
of going on to a bare ``ModuleNotFoundError`` later."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

FAKE_PYTHON = """#!/bin/sh
# pip of a broken virtualenv: every install fails the way a missing wheel does.
if [ "$1" = "-m" ] && [ "$2" = "pip" ]; then
  echo "ERROR: Could not find a version that satisfies the requirement PySide6-Essentials" >&2
  echo "ERROR: No matching distribution found for PySide6-Essentials" >&2
  exit 1
fi
echo "python $*" >> "$(dirname "$0")/../ran"
exit 0
"""


@pytest.mark.skipif(shutil.which("bash") is None, reason="dev.sh needs bash")
def test_a_failed_pip_install_stops_dev_sh_with_what_failed(tmp_path):
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    python = venv / "bin" / "python"
    python.write_text(FAKE_PYTHON)
    python.chmod(0o755)
    # Every system package counts as installed: the test never runs apt-get.
    tools = tmp_path / "tools"
    tools.mkdir()
    (tools / "dpkg-query").write_text("#!/bin/sh\nprintf 'install ok installed'\n")
    (tools / "dpkg-query").chmod(0o755)
    env = {**os.environ, "KPPN_VENV": str(venv), "PATH": f"{tools}:{os.environ['PATH']}"}
    done = subprocess.run([str(ROOT / "dev.sh"), "run", "--help"], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode != 0
    assert "pip install -e .[test] failed" in done.stderr
    assert "No matching distribution found for PySide6-Essentials" in done.stdout + done.stderr
    assert not (venv / ".kppn-installed").exists()
    assert not (venv / "ran").exists()      # nothing was run with the half-installed venv
