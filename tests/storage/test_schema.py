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
