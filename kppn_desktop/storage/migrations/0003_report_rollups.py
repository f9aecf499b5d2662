"""Reports at a million consultations: running sums per day and month (report_rollup), counted
once from every consultation here and kept by the services from then on; indexes for the open
consultations of a period."""
from peewee import CharField, DateField, FloatField, IntegerField, Model

from kppn_desktop.storage import schema


def up(migrator, db):
    class ReportRollup(Model):
        period = CharField(max_length=5)
        start = DateField()
        dimension = CharField(max_length=10)
        key = CharField(max_length=30, default='')
        total = IntegerField(default=0)
        resolved = IntegerField(default=0)
        met = IntegerField(default=0)
        breached = IntegerField(default=0)
        escalated = IntegerField(default=0)
        minutes_sum = FloatField(default=0)
        minutes_n = IntegerField(default=0)
        solution_met = IntegerField(default=0)
        solution_breached = IntegerField(default=0)
        missed = IntegerField(default=0)

        class Meta:
            database = db
            table_name = 'report_rollup'
            indexes = ((('period', 'dimension', 'start', 'key'), True),)
    db.create_tables([ReportRollup])
    migrator.migrate(migrator.add_index('consultation', ('resolved_at',), False),
                     migrator.add_index('consultation', ('state', 'received_date'), False))
    schema.recount_after('report_sums')
    # Statistics for the planner (SQLite has none until asked): a list filtered by officer and
    # month must start from the month, not from the officer's every consultation.
    db.execute_sql("ANALYZE")


def down(migrator, db):
    migrator.migrate(migrator.drop_index('consultation', 'consultation_resolved_at'),
                     migrator.drop_index('consultation', 'consultation_state_received_date'),
                     migrator.drop_table('report_rollup'))
