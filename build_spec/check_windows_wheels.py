"""Can every dependency be installed on 64-bit Windows from wheels alone (no compiler there)?

    python build_spec/check_windows_wheels.py [--versions 3.11 3.12 3.13] [--download DIR]

For each Python version, pip resolves ``pyproject.toml``'s dependencies and PyInstaller (which
builds the bundle on Windows) for ``win_amd64`` with ``--only-binary=:all:``, as
``pip download --only-binary=:all: --platform win_amd64`` would, but from the index's metadata
only (``pip install --dry-run --report``; ``--download DIR`` fetches the wheels too). Prints a
Markdown table: every package pulled in, and the wheel each version gets. Exit 1 if any version
cannot be resolved; the requirement that failed is named.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSIONS = ("3.11", "3.12", "3.13")
PLATFORM = "win_amd64"


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return [*project["dependencies"], *project["optional-dependencies"].get("bundle", [])]


def _pip(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pip", *args], capture_output=True, text=True)


def resolve(version: str, reqs: list[str], download: Path | None) -> tuple[dict[str, str], str]:
    """({package: wheel file}, pip's error or "")."""
    common = ["--platform", PLATFORM, "--python-version", version, "--implementation", "cp",
              "--only-binary=:all:", "-q"]
    with tempfile.TemporaryDirectory(prefix="kppn-win-") as tmp:
        report = Path(tmp) / "report.json"
        done = _pip(["install", "--dry-run", "--ignore-installed", "--target", f"{tmp}/t",
                     "--report", str(report), *common, *reqs])
        if done.returncode != 0:
            errors = [line for line in done.stderr.splitlines() if line.startswith("ERROR")]
            return {}, " ".join(errors) or done.stderr[-500:]
        found = {item["metadata"]["name"].lower().replace("_", "-"):
                 item["download_info"]["url"].rsplit("/", 1)[-1]
                 for item in json.loads(report.read_text())["install"]}
    if download is not None:
        fetched = _pip(["download", "-d", str(download), *common, *reqs])
        if fetched.returncode != 0:
            return found, fetched.stderr[-500:]
    return found, ""


def tag(wheel: str) -> str:
    """``cp312-cp312-win_amd64`` / ``abi3`` / ``py3-none-any`` and the version, for the table."""
    parts = wheel[:-4].split("-")
    version, tags = parts[1], "-".join(parts[-3:])
    if tags.endswith("none-any"):
        return f"{version} (pure Python)"
    if "abi3" in tags:
        return f"{version} ({parts[-3]}-abi3)"
    if parts[-2] == "none":
        return f"{version} ({parts[-3]}, binary)"
    return f"{version} ({parts[-3]})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", nargs="+", default=list(VERSIONS))
    parser.add_argument("--download", type=Path, help="also download the wheels into DIR")
    args = parser.parse_args(argv)
    reqs = requirements()
    results = {}
    failed = False
    for version in args.versions:
        found, error = resolve(version, reqs, args.download)
        if error and not found:
            failed = True
            # Which of our requirements cannot be met: each alone.
            culprits = [r for r in reqs if resolve(version, [r], None)[1]]
            error = f"{error} (on its own: {', '.join(culprits) or 'none fails alone'})"
        results[version] = (found, error)
    names = sorted({n for found, _ in results.values() for n in found})
    ours = {re.split(r"[\[<>=!~ ;]", r, maxsplit=1)[0].lower().replace("_", "-") for r in reqs}
    print(f"| package ({PLATFORM}, wheels only) | " + " | ".join(
        f"Python {v}" for v in args.versions) + " |")
    print("|---|" + "---|" * len(args.versions))
    for name in names:
        cells = [tag(results[v][0][name]) if name in results[v][0] else "**none**"
                 for v in args.versions]
        label = name if name in ours else f"{name} (via another)"
        print(f"| {label} | " + " | ".join(cells) + " |")
    for version, (_found, error) in results.items():
        if error:
            print(f"\nPython {version}: FAILED: {error}")
    if not failed:
        print(f"\nEvery dependency has a {PLATFORM} wheel for Python "
              f"{', '.join(args.versions)}.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
