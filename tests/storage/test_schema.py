"""The schema comes from the numbered migrations, and the models agree with them."""

from playhouse.schema_diff import diff_models

from kppn_desktop.storage import models, schema
from kppn_desktop.storage.database import db


def test_migrations_create_every_model_table_and_nothing_is_pending(database):
    assert schema.pending() == []
    for model in models.ALL_MODELS:
        assert model.table_exists(), model.__name__


def test_models_match_the_migrated_schema(database):
    drift = diff_models(db.obj, list(models.ALL_MODELS))
    # The trigram index of the search text exists only on PostgreSQL and has no model.
    extra = [i for i in drift.drop_indexes if i.name != "consultation_search_text_trgm"]
    parts = (drift.create_tables, drift.add_columns, drift.drop_columns, drift.add_indexes, extra)
    assert not any(parts), f"models differ from migrations; write a new migration:\n{drift}"


def test_upgrade_twice_applies_nothing_the_second_time(database):
    assert schema.upgrade() == []
