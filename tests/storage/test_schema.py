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
    assert not drift, f"models differ from migrations; write a new migration:\n{drift}"


def test_upgrade_twice_applies_nothing_the_second_time(database):
    assert schema.upgrade() == []
