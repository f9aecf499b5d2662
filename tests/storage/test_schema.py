"""The schema comes from the numbered migrations, and the models agree with them."""

import pytest
from playhouse.schema_diff import diff_models

from kppn_desktop.storage import models, schema
from kppn_desktop.storage.database import db


def test_migrations_create_every_model_table_and_nothing_is_pending(database):
    assert schema.pending() == []
    for model in models.ALL_MODELS:
        assert model.table_exists(), model.__name__


def test_models_match_the_migrated_schema(database):
    drift = diff_models(db.obj, list(models.ALL_MODELS))
    # The trigram index of the search text exists only on PostgreSQL and has no model (nor has
    # the library's ranking table there, library_rank, migration 0016).
    engine_only = {"consultation_search_text_trgm"}
    extra = [i for i in drift.drop_indexes if i.name not in engine_only]
    parts = (drift.create_tables, drift.add_columns, drift.drop_columns, drift.add_indexes, extra)
    assert not any(parts), f"models differ from migrations; write a new migration:\n{drift}"


def test_upgrade_twice_applies_nothing_the_second_time(database):
    assert schema.upgrade() == []


def test_migrations_apply_to_a_database_that_already_has_consultations(database):
    """0002 and later on a filled database (as on an office that upgrades): undone, then applied
    again, the search index is sound and finds the rows, and the report sums match the rows."""
    import datetime as dt

    from kppn_desktop.demo import sample
    from kppn_desktop.services import queries, reports
    from kppn_desktop.services.context import Actor
    from kppn_desktop.storage.models import Consultation, User

    now = dt.datetime(2026, 3, 13, 3, 30, tzinfo=dt.timezone.utc)
    sample.generate(consultations=150, months=2, seed=5, now=now, bulk=True)
    before = reports.service_report(None, dt.date(2026, 1, 1), dt.date(2026, 3, 31), now=now)
    schema._runner().down("0002_lists_at_scale")
    later = [name for name in schema._files() if name >= "0002"]
    assert later[:2] == ["0002_lists_at_scale", "0003_report_rollups"]
    assert schema.pending() == later
    assert schema.upgrade() == later
    if db.obj.__class__.__name__.startswith("Sqlite"):
        db.execute_sql("INSERT INTO consultation_fts(consultation_fts) VALUES ('integrity-check')")
    u = User.get(User.username == "cso1")
    cso = Actor(u.id, u.username, u.full_name, u.role)
    some = Consultation.select().order_by(Consultation.id.desc()).first()
    found = queries.list_consultations(cso, queries.ListFilter(text=some.number))
    assert [s.id for s in found] == [some.id]
    after = reports.service_report(None, dt.date(2026, 1, 1), dt.date(2026, 3, 31), now=now)
    assert _figures(after) == _figures(before)


def _figures(report):
    """The report with its exact averages to 1e-9: SQL adds the minutes in any order, which
    moves the last bits of a sum (never a figure shown)."""
    from dataclasses import replace

    def near(value):
        return None if value is None else round(value, 9)
    rows = {name: tuple(replace(r, avg_minutes=near(r.avg_minutes)) for r in getattr(report, name))
            for name in ("by_channel", "by_category", "by_section", "by_officer")}
    return replace(report, avg_handling_minutes=near(report.avg_handling_minutes), **rows)


def test_a_database_from_a_newer_version_is_refused(database, db_url):
    from kppn_desktop.storage.database import close_database, open_database

    db.execute_sql(f"INSERT INTO {schema.HISTORY_TABLE} (name, applied) VALUES "
                   "('0099_from_the_future', CURRENT_TIMESTAMP)")
    close_database()
    with pytest.raises(schema.NewerSchemaError, match="versi KPPN Desktop yang lebih baru"):
        open_database(db_url)


def test_a_missed_progress_day_is_stored_once(database):
    """0026: a day stored twice for one cycle of a consultation (the reports would take it off
    twice) is stored once after the upgrade, the oldest row kept; then a second one is refused."""
    import datetime as dt

    import peewee

    from kppn_desktop.demo import sample
    from kppn_desktop.storage import rollups
    from kppn_desktop.storage.models import Consultation, ConsultationCycle, MissedUpdate

    sample.generate(consultations=20, months=1, seed=5, bulk=True,
                    now=dt.datetime(2026, 3, 13, 3, 30, tzinfo=dt.timezone.utc))
    first, second = [c.id for c in Consultation.select(Consultation.id).limit(2)]
    day, other = dt.date(2020, 3, 2), dt.date(2020, 3, 3)      # none of the sample's
    schema._runner().down("0026_one_missed_day_once")
    # Written as the schema of then has them (no office: migration 0027 adds it).
    for consultation, cycle, each in ((first, 1, day), (first, 1, day), (first, 1, day),
                                      (first, 2, day), (first, 1, other), (second, 1, day)):
        db.execute_sql(rollups.sql(
            "INSERT INTO missed_update (consultation_id, cycle, day) VALUES (?, ?, ?)"),
            (consultation, cycle, each))
    kept = db.execute_sql(rollups.sql(                  # the oldest of the twins
        "SELECT MIN(id) FROM missed_update WHERE consultation_id = ? AND day = ?"),
        (first, day)).fetchone()[0]
    office = Consultation.get_by_id(first).office_id
    # The day's sums as they stood, counting each stored row (a mark no recount can give).
    stale = 1000
    db.execute_sql(rollups.sql(
        "INSERT INTO report_rollup (office_id, period, start, dimension, key, total, resolved, "
        "met, breached, escalated, minutes_sum, minutes_n, solution_met, solution_breached, "
        "missed, clocks, solution_clocks, first_contact) VALUES "
        "(?, 'day', ?, 'total', '', 0, 0, 0, 0, 0, 0, 0, 0, 0, ?, 0, 0, 0)"),
        (office, day, stale))

    def missed_that_day() -> int:
        found = db.execute_sql(rollups.sql(
            "SELECT missed FROM report_rollup WHERE office_id = ? AND period = 'day' "
            "AND dimension = 'total' AND start = ?"), (office, day)).fetchone()
        return found[0] if found else 0
    assert schema.upgrade() == ["0026_one_missed_day_once", "0027_cycles_carry_their_office"]
    # 0027 filled the rows kept through the downgrade: each has its consultation's office.
    for table in ("consultation_cycle", "missed_update"):
        [(rows, theirs)] = db.execute_sql(
            f"SELECT COUNT(*), SUM(CASE WHEN t.office_id = c.office_id THEN 1 ELSE 0 END) "
            f"FROM {table} t JOIN consultation c ON c.id = t.consultation_id").fetchall()
        assert rows and theirs == rows, table
    counted = missed_that_day()
    assert counted != stale                         # counted again once the upgrade was done
    # Each stored day once: the days of the cycles the consultations have.
    cycles = {(k.consultation_id, k.number) for k in ConsultationCycle.select().where(
        ConsultationCycle.consultation.in_([first, second]))}
    assert counted == len({(first, 1), (first, 2), (second, 1)} & cycles)
    rollups.rebuild(office)
    assert missed_that_day() == counted
    rows = sorted(MissedUpdate.select(MissedUpdate.consultation, MissedUpdate.cycle,
                                      MissedUpdate.day).where(
        MissedUpdate.consultation.in_([first, second]), MissedUpdate.day.in_([day, other]))
        .tuples())
    assert rows == [(first, 1, day), (first, 1, other), (first, 2, day), (second, 1, day)]
    assert MissedUpdate.get(MissedUpdate.consultation == first, MissedUpdate.cycle == 1,
                            MissedUpdate.day == day).id == kept
    with pytest.raises(peewee.IntegrityError), db.atomic():
        MissedUpdate.insert(consultation=second, cycle=1, day=day).execute()


def _index_definition(name: str) -> str:
    """A partial index as the engine keeps it, its own name left out: SQLite its statement from
    its table on, PostgreSQL its definition rebuilt from the catalog."""
    if db.obj.__class__.__name__.startswith("Sqlite"):
        [(sql,)] = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                                  (name,)).fetchall()
        on, _, where = sql[sql.index(" ON "):].partition(" WHERE ")
        # The condition as written or as peewee writes it: with or without its parentheses.
        return " ".join(on.split()) + " WHERE " + " ".join(where.strip("()").split())
    [(sql,)] = db.execute_sql("SELECT pg_get_indexdef(to_regclass(%s))", (f'"{name}"',)).fetchall()
    return sql.replace(name, "")


def test_partial_indexes_have_the_models_conditions(database):
    """``diff_models`` compares an index's columns, not its ``WHERE``: each partial index of the
    models is made again from the model under another name, and both definitions compared (a
    condition the migration wrote otherwise would leave the index unused by the queries that
    repeat the model's)."""
    import copy

    partial = [(model, index) for model in models.ALL_MODELS for index in model._meta.indexes
               if getattr(index, "_where", None) is not None]
    assert {index._name for _model, index in partial} >= {models.OPEN_ESCALATIONS,
                                                          models.ESCALATED_RESOLVED_SINCE}
    for model, index in partial:
        again = copy.copy(index)
        again._name = "partial_index_check"
        with db.atomic() as transaction:
            db.execute(model._schema._create_index(again, safe=False))
            made = _index_definition("partial_index_check")
            transaction.rollback()
        assert _index_definition(index._name) == made, index._name
