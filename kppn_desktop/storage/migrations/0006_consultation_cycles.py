"""A result is final: each cycle of a consultation keeps its own clock verdicts
(``consultation_cycle``), and the report counts clocks per cycle, so reopening a consultation no
longer turns its decided first cycle into "belum dinilai". The report sums gain the number of
service and solution clocks. Every consultation's cycles are recomputed from its history."""
from peewee import BooleanField, ForeignKeyField, IntegerField, Model

from kppn_desktop.storage import schema


def up(migrator, db):
    class Consultation(Model):
        class Meta:
            database = db
            table_name = 'consultation'

    class ConsultationCycle(Model):
        consultation = ForeignKeyField(Consultation, on_delete='CASCADE')
        number = IntegerField()
        service_met = BooleanField(null=True)
        escalated = BooleanField(default=False)
        solution_met = BooleanField(null=True)
        missed_updates = IntegerField(default=0)

        class Meta:
            database = db
            table_name = 'consultation_cycle'
            indexes = ((('consultation', 'number'), True),)
    db.create_tables([ConsultationCycle])
    migrator.migrate(
        migrator.add_column('report_rollup', 'clocks', IntegerField(default=0)),
        migrator.add_column('report_rollup', 'solution_clocks', IntegerField(default=0)))
    schema.recount_after('clock_columns')


def down(migrator, db):
    migrator.migrate(migrator.drop_column('report_rollup', 'clocks'),
                     migrator.drop_column('report_rollup', 'solution_clocks'),
                     migrator.drop_table('consultation_cycle'))
