"""Least privilege on PostgreSQL: the application's own role (``kppn-desktop db roles``).

The workstations connect as a role that may read and write the office's rows but may only
*append* to the history: INSERT and SELECT on ``event`` and ``chain_checkpoint``, never UPDATE
(but for the three link columns of an event its own transaction has just stored), DELETE or
TRUNCATE, and no DDL at all (it cannot drop the append-only triggers, which only the
owner may). Schema changes (``db upgrade``) and this command run as the database owner. Run it
again after an upgrade that adds tables (it is idempotent; later tables also get the same rights
through the owner's default privileges).
"""

from __future__ import annotations

from urllib.parse import quote, urlparse, urlunparse

from kppn_desktop.domain.errors import KppnError, ValidationError
from kppn_desktop.domain.texts import N_

#: Tables the application may only append to and read.
APPEND_ONLY = ("event", "chain_checkpoint")
#: The columns of ``event`` the application may write after its INSERT: the link into the chain.
LINK_COLUMNS = ("seq", "prev_hash", "hash")
#: Tables the application may only read (the owner's migrations write them).
READ_ONLY = ("schema_migration",)


def _valid_role(name: str) -> str:
    if not isinstance(name, str) or not name or len(name) > 63 \
            or not all(c.isascii() and (c.isalnum() or c == "_") for c in name) \
            or name[0].isdigit() or name.lower() != name:
        raise ValidationError({"app_role": "Nama peran: huruf kecil, angka dan garis bawah, "
                                           "diawali huruf, paling panjang 63 (mis. kppn_app)."})
    return name


def app_url(owner_url: str, role: str, password: str | None) -> str:
    """The owner's URL with the application role as its user (what the workstations use)."""
    parts = urlparse(owner_url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    user = quote(role) + (f":{quote(password, safe='')}" if password else "")
    netloc = f"{user}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunparse(parts._replace(netloc=netloc))


def grant_app_role(owner_url: str, role: str, password: str | None = None) -> str:
    """Create (or correct) ``role`` as the application's role on the database at ``owner_url``,
    connected as its owner; returns the URL the workstations should use (password shown as
    given). Raises :class:`KppnError` for a SQLite URL or a connection that is not the owner's."""
    if not owner_url.startswith(("postgresql://", "postgres://")):
        raise KppnError("Peran aplikasi hanya ada di PostgreSQL; basis data SQLite dilindungi oleh "
                        "izin berkasnya.")
    role = _valid_role(role)
    import psycopg  # noqa: PLC0415
    from psycopg import sql  # noqa: PLC0415

    url = owner_url.replace("postgres://", "postgresql://", 1)
    try:
        conn = psycopg.connect(url)
    except psycopg.Error as exc:
        raise KppnError(N_("Tidak dapat tersambung sebagai pemilik basis data: {why}"),
                        why=str(exc)) from None
    ident = sql.Identifier(role)
    try:
        with conn, conn.cursor() as cur:
            owner, database = cur.execute("SELECT current_user, current_database()").fetchone()
            if owner == role:
                raise KppnError("Peran aplikasi harus lain dari pemilik basis data.")
            found = cur.execute("SELECT rolcanlogin, rolsuper, rolcreatedb, rolcreaterole, "
                                "rolinherit, rolbypassrls FROM pg_roles WHERE rolname = %s",
                                (role,)).fetchone()
            # A role made by the server's administrator as wanted (deploy/postgres-lan.sh) is
            # only granted its rights: changing a role needs CREATEROLE, which the owner of the
            # database need not have.
            if found != (True, False, False, False, False, False) or password:
                verb = "ALTER" if found else "CREATE"
                statement = sql.SQL(verb + " ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
                                    "NOINHERIT NOBYPASSRLS").format(ident)
                if password:
                    statement = sql.SQL("{} PASSWORD {}").format(statement,
                                                                 sql.Literal(password))
                cur.execute(statement)
            tables = [name for (name,) in cur.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
            if "event" not in tables:
                raise KppnError("Skema KPPN Desktop belum ada di basis data ini: jalankan dahulu "
                                "'kppn-desktop --db URL_PEMILIK db upgrade'.")
            for text in (
                    "GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {role}",
                    "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
                    "REVOKE ALL ON SCHEMA public FROM {role}",
                    "GRANT USAGE ON SCHEMA public TO {role}",
                    "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}",
                    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
                    "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
                    "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, "
                    "DELETE ON TABLES TO {role}",
                    "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES "
                    "TO {role}"):
                cur.execute(sql.SQL(text).format(db=sql.Identifier(database), role=ident))
            for table in APPEND_ONLY + READ_ONLY:
                if table in tables:
                    cur.execute(sql.SQL("REVOKE UPDATE, DELETE, TRUNCATE ON {} FROM {}")
                                .format(sql.Identifier(table), ident))
            for table in READ_ONLY:
                if table in tables:
                    cur.execute(sql.SQL("REVOKE INSERT ON {} FROM {}")
                                .format(sql.Identifier(table), ident))
            # The link of an event is written as its transaction ends (``storage.history``);
            # the append-only trigger lets only a placeholder link be filled in, once.
            cur.execute(sql.SQL("GRANT UPDATE ({}) ON event TO {}").format(
                sql.SQL(", ").join(sql.Identifier(c) for c in LINK_COLUMNS), ident))
    except psycopg.errors.InsufficientPrivilege as exc:
        raise KppnError("Perintah ini harus dijalankan sebagai pemilik basis data (yang boleh "
                        f"membuat peran): {exc}") from None
    finally:
        conn.close()
    return app_url(url, role, password)
