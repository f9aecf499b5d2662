#!/usr/bin/env bash
# A PostgreSQL server for the office's desks, set up as docs/DEPLOYMENT.md describes:
#   - TLS only (a certificate authority of the office, a server certificate naming the host),
#     so the workstations connect with sslmode=verify-full;
#   - pg_hba.conf: no connection without TLS, only the KPPN database and its two roles, passwords
#     as SCRAM;
#   - two roles: the owner (migrations, `db roles`, backups) and the application's role, which may
#     append to the history but never change or delete an event (`kppn-desktop db roles`).
#
#   deploy/postgres-lan.sh --data DIR [--port 5432] [--listen 127.0.0.1] [--host-name NAME]
#                          [--database kppn] [--owner kppn_owner] [--app-role kppn_app]
#
# Run as root (the server runs as the system user postgres) or as the postgres user, on the
# machine that will hold the database, with KPPN Desktop installed (KPPN_PYTHON: the Python that
# has it, default python3). Writes DIR/ca.crt (copy it to every workstation) and DIR/urls.txt
# (0600: the owner's and the workstations' URLs with their passwords). The suite runs it on
# loopback (tests/storage/test_deployment.py).
set -euo pipefail

DATA= PORT=5432 LISTEN=127.0.0.1 HOST_NAME=$(hostname -f 2>/dev/null || hostname)
DATABASE=kppn OWNER=kppn_owner APP_ROLE=kppn_app
PYTHON=${KPPN_PYTHON:-python3}
while [ $# -gt 0 ]; do
  case $1 in
    --data) DATA=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --listen) LISTEN=$2; shift 2 ;;
    --host-name) HOST_NAME=$2; shift 2 ;;
    --database) DATABASE=$2; shift 2 ;;
    --owner) OWNER=$2; shift 2 ;;
    --app-role) APP_ROLE=$2; shift 2 ;;
    *) echo "unknown option: $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done
[ -n "$DATA" ] || { echo "--data DIR is required" >&2; exit 2; }
[ ! -e "$DATA/data" ] || { echo "$DATA/data exists already: refusing to touch a cluster" >&2; exit 2; }
for role in "$OWNER" "$APP_ROLE"; do
  [[ $role =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || { echo "bad role name: $role" >&2; exit 2; }
done
[[ $DATABASE =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || { echo "bad database name: $DATABASE" >&2; exit 2; }
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PGBIN/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
command -v openssl >/dev/null || { echo "openssl not found (apt-get install openssl)" >&2; exit 1; }

as_pg=()
if [ "$(id -u)" -eq 0 ]; then as_pg=(runuser -u postgres --); fi
mkdir -p "$DATA"
chmod 755 "$DATA"
umask 077

# --- certificates: the office's own authority, and the server's certificate signed by it ------
san="DNS:$HOST_NAME"
[[ $LISTEN =~ ^[0-9.]+$ ]] && san="$san,IP:$LISTEN"
[ "$HOST_NAME" = localhost ] || san="$san,DNS:localhost"
openssl req -x509 -newkey rsa:3072 -nodes -days 3650 -sha256 -subj "/CN=KPPN Desktop CA $HOST_NAME" \
  -keyout "$DATA/ca.key" -out "$DATA/ca.crt" 2>/dev/null
openssl req -newkey rsa:3072 -nodes -sha256 -subj "/CN=$HOST_NAME" \
  -keyout "$DATA/server.key" -out "$DATA/server.csr" 2>/dev/null
printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature,keyEncipherment\n' "$san" \
  > "$DATA/server.ext"
openssl x509 -req -in "$DATA/server.csr" -CA "$DATA/ca.crt" -CAkey "$DATA/ca.key" -CAcreateserial \
  -days 825 -sha256 -extfile "$DATA/server.ext" -out "$DATA/server.crt" 2>/dev/null
rm -f "$DATA/server.csr" "$DATA/server.ext"
chmod 644 "$DATA/ca.crt" "$DATA/server.crt"
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$DATA" "$DATA/server.key" "$DATA/server.crt"; fi

# --- the cluster ---------------------------------------------------------------------------------
"${as_pg[@]}" "$PGBIN/initdb" -D "$DATA/data" -U postgres --auth-local=peer --auth-host=reject \
  -E UTF8 --locale=C.UTF-8 >/dev/null
cat >> "$DATA/data/postgresql.conf" <<EOF
# --- KPPN Desktop (deploy/postgres-lan.sh) ---
listen_addresses = '$LISTEN'
port = $PORT
unix_socket_directories = '$DATA'
ssl = on
ssl_cert_file = '$DATA/server.crt'
ssl_key_file = '$DATA/server.key'
ssl_min_protocol_version = 'TLSv1.2'
password_encryption = 'scram-sha-256'
EOF
cat > "$DATA/data/pg_hba.conf" <<EOF
# KPPN Desktop (docs/DEPLOYMENT.md). First match wins.
# The server's administrator, on this machine only, through the socket, as the system user.
local   all        postgres                        peer
# Nothing without TLS.
hostnossl all      all         all                 reject
# The office's database and its two roles, over TLS, with passwords (SCRAM). Widen the address
# to the office's LAN (e.g. 10.12.0.0/24) when the desks are on other machines.
hostssl $DATABASE  $OWNER,$APP_ROLE  $LISTEN/32    scram-sha-256
hostssl $DATABASE  $OWNER,$APP_ROLE  ::1/128       scram-sha-256
# Everything else: refused.
host    all        all         all                 reject
EOF
[[ $LISTEN =~ ^[0-9.]+$ ]] || sed -i "s|  $LISTEN/32 |  samenet    |" "$DATA/data/pg_hba.conf"
"${as_pg[@]}" "$PGBIN/pg_ctl" -D "$DATA/data" -l "$DATA/server.log" -w start >/dev/null

psql_pg() { "${as_pg[@]}" "$PGBIN/psql" -h "$DATA" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
owner_pw=$(openssl rand -base64 24 | tr -d '/+=' | cut -c1-24)
app_pw=$(openssl rand -base64 24 | tr -d '/+=' | cut -c1-24)
psql_pg -c "CREATE ROLE $OWNER LOGIN PASSWORD '$owner_pw'" >/dev/null
# The application's role, made here by the server's administrator (the owner may not make roles).
psql_pg -c "CREATE ROLE $APP_ROLE LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS PASSWORD '$app_pw'" >/dev/null
psql_pg -c "CREATE DATABASE $DATABASE OWNER $OWNER" >/dev/null
psql_pg -d "$DATABASE" -c "REVOKE ALL ON DATABASE $DATABASE FROM PUBLIC" >/dev/null

tls="sslmode=verify-full&sslrootcert=$DATA/ca.crt"
owner_url="postgresql://$OWNER:$owner_pw@$HOST_NAME:$PORT/$DATABASE?$tls"
# The schema as the owner, then the application's role (it may append to the history only).
"$PYTHON" -m kppn_desktop --db "$owner_url" db upgrade >/dev/null
"$PYTHON" -m kppn_desktop db roles --owner-url "$owner_url" --app-role "$APP_ROLE" >/dev/null
app_url="postgresql://$APP_ROLE:$app_pw@$HOST_NAME:$PORT/$DATABASE?$tls"

{
  echo "# KPPN Desktop on $HOST_NAME:$PORT (made $(date -Iseconds)). Keep this file secret."
  echo "owner=$owner_url"
  echo "app=$app_url"
} > "$DATA/urls.txt"
chmod 600 "$DATA/urls.txt"
echo "PostgreSQL for KPPN Desktop is running on $HOST_NAME:$PORT (TLS only)."
echo "Copy $DATA/ca.crt to each workstation; their URL (with its password) is in $DATA/urls.txt."
echo "Stop: ${as_pg[*]} $PGBIN/pg_ctl -D $DATA/data stop"
