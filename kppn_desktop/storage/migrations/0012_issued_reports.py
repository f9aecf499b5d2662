"""Issued reports ("Terbitkan"): the paper, its figures, its cut-off and the head of the history
it was made from, so that ``report verify`` can say later whether the database still yields it."""
from peewee import (
    BigIntegerField,
    BlobField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    Model,
    TextField,
)


def up(migrator, db):
    class User(Model):
        class Meta:
            database = db
            table_name = 'user'

    class IssuedReport(Model):
        code = CharField(max_length=20, unique=True)
        period_start = DateField()
        period_end = DateField()
        cut_off = DateTimeField()
        issued_at = DateTimeField()
        issued_by = ForeignKeyField(User, backref='+')
        event_count = BigIntegerField()
        head_hash = CharField(max_length=64)
        figures = TextField()
        pdf_sha256 = CharField(max_length=64)
        pdf = BlobField()

        class Meta:
            database = db
            table_name = 'issued_report'
            indexes = ((('period_start', 'period_end', 'issued_at'), False),)
    db.create_tables([IssuedReport])


def down(migrator, db):
    db.execute_sql('DROP TABLE issued_report')
