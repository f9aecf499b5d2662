"""Signed checkpoints of the history (issue 11, item 9): ``chain_checkpoint`` keeps the history's
head signed with the office key kept outside the database (``storage.office_key``). The history
itself is not rewritten: a database adopts a key by signing its current head. Like the events,
a checkpoint can only be appended (triggers, as in 0009)."""
from peewee import BigIntegerField, CharField, DateTimeField, Model, SqliteDatabase

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
    if isinstance(db, SqliteDatabase):
        for action in ("UPDATE", "DELETE"):
            db.execute_sql(f"CREATE TRIGGER chain_checkpoint_no_{action.lower()} BEFORE {action} "
                           f"ON chain_checkpoint BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")
        return
    db.execute_sql("CREATE OR REPLACE FUNCTION chain_checkpoint_append_only() RETURNS trigger "
                   f"LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$")
    db.execute_sql("CREATE TRIGGER chain_checkpoint_append_only BEFORE UPDATE OR DELETE ON "
                   "chain_checkpoint FOR EACH ROW EXECUTE FUNCTION chain_checkpoint_append_only()")
    db.execute_sql("CREATE TRIGGER chain_checkpoint_no_truncate BEFORE TRUNCATE ON "
                   "chain_checkpoint FOR EACH STATEMENT "
                   "EXECUTE FUNCTION chain_checkpoint_append_only()")


def down(migrator, db):
    if not isinstance(db, SqliteDatabase):
        db.execute_sql("DROP TABLE IF EXISTS chain_checkpoint")
        db.execute_sql("DROP FUNCTION IF EXISTS chain_checkpoint_append_only()")
        return
    db.execute_sql("DROP TABLE IF EXISTS chain_checkpoint")
