#!/usr/bin/env bash
# KPPN Desktop developer entry point. On a fresh Debian/Ubuntu machine:
#   ./dev.sh run    set everything up (first time), then start the application (SQLite default)
#   ./dev.sh test   set everything up, start a throwaway PostgreSQL on loopback, run every test
#   ./dev.sh bench  run the benchmark suite and print its table of ratios (see benchmarks/README.md)
#   ./dev.sh bundle the PyInstaller one-folder bundle in dist/kppn-desktop/, then its tour
#                   offscreen, checked (screenshots, papers in DejaVu); CI runs it after the tests
#   ./dev.sh soak [N]  the GUI suite N times (default 10) in a clean clone of HEAD, on a quiet
#                   machine and then beside two busy CPU loops; prints how each run ended
# Extra arguments go to the application (run) or to pytest (test).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
VENV=${KPPN_VENV:-$ROOT/.venv}

# System packages: Qt's runtime libraries, fonts, PDF/QR tools for the paper tests, PostgreSQL
# for the test server, and Xvfb for screenshots in a real window.
APT_RUNTIME="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3
  fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxcb-randr0"
APT_TEST="poppler-utils zbar-tools postgresql xvfb xauth"

say() { printf '\033[1m== %s\033[0m\n' "$*"; }
fail() { printf '\033[1;31m== %s\033[0m\n' "$*" >&2; exit 1; }

# pip with the local package mirror's noise left out, keeping pip's own exit status.
pip_quietly() {
  local status
  set +o pipefail
  "$VENV/bin/python" -m pip "$@" 2>&1 | { grep -v '^WARNING: Location' || true; }
  status=${PIPESTATUS[0]}
  set -o pipefail
  return "$status"
}

need_apt() {
  local missing=()
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  say "apt-get install ${missing[*]}"
  # Keep Debian's postgresql package from creating and starting a cluster of its own.
  if [[ " ${missing[*]} " == *" postgresql "* ]]; then
    $sudo mkdir -p /etc/postgresql-common
    echo 'create_main_cluster = false' | $sudo tee /etc/postgresql-common/createcluster.conf >/dev/null
  fi
  if [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ] || [ -n "${KPPN_APT_UPDATE:-}" ]; then
    $sudo apt-get update -q >/dev/null
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null \
    || { $sudo apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }
}

setup() {
  if command -v dpkg-query >/dev/null; then
    # shellcheck disable=SC2086
    need_apt $APT_RUNTIME "$@"
  fi
  local py=${PYTHON:-python3}
  if [ ! -x "$VENV/bin/python" ]; then
    say "virtualenv $VENV"
    "$py" -m venv "$VENV" 2>/dev/null || { need_apt python3-venv; "$py" -m venv "$VENV"; }
  fi
  local stamp="$VENV/.kppn-installed"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    say "pip install -e .[test]"
    pip_quietly install -q --upgrade pip || say "pip could not upgrade itself; going on with $("$VENV/bin/python" -m pip --version)"
    pip_quietly install -q -e ".[test]" || fail "pip install -e .[test] failed (above); nothing was run"
    "$VENV/bin/python" -c "import kppn_desktop, PySide6, peewee, reportlab, holidays, psycopg, hypothesis, Stemmer, ruff" \
      || fail "installed, but the packages above cannot be imported in $VENV"
    touch "$stamp"
  fi
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_postgres() {
  local pgbin port=${KPPN_TEST_PG_PORT:-5544}
  while ! port_free "$port"; do port=$((port + 1)); done
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PGDATA_DIR=$(mktemp -d /tmp/kppn-pg.XXXXXX)
  chmod 755 "$PGDATA_DIR"
  local run_as=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PGDATA_DIR"; run_as=(runuser -u postgres --); fi
  "${run_as[@]}" "$pgbin/initdb" -D "$PGDATA_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  "${run_as[@]}" "$pgbin/pg_ctl" -D "$PGDATA_DIR/data" -l "$PGDATA_DIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PGDATA_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  trap 'stop_postgres' EXIT
  "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres kppn_test
  export KPPN_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/kppn_test"
  say "PostgreSQL test server on 127.0.0.1:$port"
}

stop_postgres() {
  local pgbin; pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$pgbin/pg_ctl" -D "$PGDATA_DIR/data" -m fast stop >/dev/null 2>&1 || true
  else "$pgbin/pg_ctl" -D "$PGDATA_DIR/data" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$PGDATA_DIR"
}

# The benchmark server keeps its data (the generated 1M data sets) in $KPPN_BENCH_DIR/pg and runs
# with PostgreSQL's default durability, as an office server would.
start_bench_postgres() {
  local pgbin port=${KPPN_BENCH_PG_PORT:-5600} dir=${KPPN_BENCH_DIR:-/var/tmp/kppn-bench}/pg
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  while ! port_free "$port"; do port=$((port + 1)); done
  local run_as=()
  mkdir -p "$dir"; chmod 755 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; run_as=(runuser -u postgres --); fi
  [ -f "$dir/data/PG_VERSION" ] || "${run_as[@]}" "$pgbin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${run_as[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c shared_buffers=512MB" start >/dev/null
  BENCH_PG_DIR=$dir
  trap 'stop_bench_postgres' EXIT
  export KPPN_BENCH_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/postgres"
  say "PostgreSQL benchmark server on 127.0.0.1:$port ($dir)"
}

stop_bench_postgres() {
  local pgbin; pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$pgbin/pg_ctl" -D "$BENCH_PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  else "$pgbin/pg_ctl" -D "$BENCH_PG_DIR/data" -m fast stop >/dev/null 2>&1 || true; fi
}

cmd=${1:-help}; shift || true
case $cmd in
  run)
    setup
    # Without a display (a server, CI, a container) the window cannot open: with no arguments,
    # show the whole lifecycle offscreen instead (the application itself only says so and stops).
    if [ $# -eq 0 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
      say "no display here: running the tour offscreen into ./kppn-tour instead of the window"
      QT_QPA_PLATFORM=offscreen exec "$VENV/bin/kppn-desktop" tour --out "$PWD/kppn-tour"
    fi
    exec "$VENV/bin/kppn-desktop" "$@"
    ;;
  test)
    # shellcheck disable=SC2086
    setup $APT_TEST
    [ -n "${KPPN_TEST_POSTGRES_URL:-}" ] || start_postgres
    say "pytest"
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$VENV/bin/python" -m pytest "$@"
    ;;
  bench)
    # shellcheck disable=SC2086
    setup $APT_TEST
    "$VENV/bin/python" -c "import numpy" 2>/dev/null || "$VENV/bin/python" -m pip install -q -e ".[test,bench]"
    [ -n "${KPPN_BENCH_POSTGRES_URL:-}" ] || start_bench_postgres
    say "benchmarks"
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$VENV/bin/python" -m benchmarks "$@"
    ;;
  bundle)
    setup
    if ! "$VENV/bin/python" -c "import PyInstaller" 2>/dev/null; then
      say "pip install -e .[test,bundle]"
      pip_quietly install -q -e ".[test,bundle]" || fail "pip install -e .[test,bundle] failed (above); no bundle was built"
    fi
    say "bundle: PyInstaller, then the bundle's own tour offscreen"
    "$VENV/bin/python" build_spec/bundle.py "$@"
    ;;
  soak)
    # shellcheck disable=SC2086
    setup $APT_TEST
    [ -n "${KPPN_TEST_POSTGRES_URL:-}" ] || start_postgres
    runs=${1:-10}
    soak_dir=$(mktemp -d /tmp/kppn-soak.XXXXXX)
    git clone -q "$ROOT" "$soak_dir/repo"
    say "soak: $runs runs each, quiet and under load, in a clean clone of $(git rev-parse --short HEAD) ($soak_dir)"
    summary=()
    for load in 0 2; do
      pids=()
      for _ in $(seq 1 "$load"); do "$VENV/bin/python" -c 'while True: pass' & pids+=($!); done
      for i in $(seq 1 "$runs"); do
        log="$soak_dir/run-load$load-$i.log"
        set +e
        (cd "$soak_dir/repo" && ulimit -c unlimited 2>/dev/null
         QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest -q -p no:cacheprovider \
          tests/gui tests/test_cli.py tests/test_architecture.py tests/test_benchmarks.py) >"$log" 2>&1
        rc=$?
        set -e
        case $rc in 0) what=passed ;; 134|139) what="CRASHED (signal $((rc - 128)))" ;; *) what="failed (exit $rc)" ;; esac
        line="load=$load run=$i: $what, $(grep -Eo '[0-9]+ passed[^=]*' "$log" | tail -1 || true)"
        echo "$line"; summary+=("$line")
      done
      [ ${#pids[@]} -eq 0 ] || kill "${pids[@]}" 2>/dev/null || true
    done
    say "soak summary (logs in $soak_dir)"
    printf '%s\n' "${summary[@]}"
    crashes=$(printf '%s\n' "${summary[@]}" | grep -c CRASHED || true)
    failures=$(printf '%s\n' "${summary[@]}" | grep -c failed || true)
    echo "crashes: $crashes, failed runs: $failures, of $((runs * 2)) runs"
    [ "$crashes" -eq 0 ] && [ "$failures" -eq 0 ]
    ;;
  setup)
    # shellcheck disable=SC2086
    setup $APT_TEST
    ;;
  *)
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    ;;
esac
