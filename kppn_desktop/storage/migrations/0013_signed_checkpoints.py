"""Signed checkpoints of the history (issue 11, item 9): ``chain_checkpoint`` keeps the history's
head signed with the office key kept outside the database (``storage.office_key``). The history
itself is not rewritten: a database adopts a key by signing its current head. Like the events,
a checkpoint can only be appended (the triggers of 0009)."""
import importlib

from peewee import BigIntegerField, CharField, DateTimeField, Model

APPEND_ONLY = importlib.import_module("kppn_desktop.storage.migrations.0009_append_only_history")
MESSAGE = "Titik periksa riwayat hanya dapat ditambah, tidak dapat diubah atau dihapus."


def up(migrator, db):
    class ChainCheckpoint(Model):
        seq = BigIntegerField(index=True)
        hash = CharField(max_length=64)
        signed_at = DateTimeField()
        key_id = CharField(max_length=16)
        mac = CharField(max_length=64)

        class Meta:
            database = db
            table_name = 'chain_checkpoint'
    db.create_tables([ChainCheckpoint])
    APPEND_ONLY.append_only(db, 'chain_checkpoint', MESSAGE)


def down(migrator, db):
    APPEND_ONLY.drop_append_only(db, 'chain_checkpoint')
    db.execute_sql("DROP TABLE IF EXISTS chain_checkpoint")
