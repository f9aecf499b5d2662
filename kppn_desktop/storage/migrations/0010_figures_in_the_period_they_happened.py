"""Reports as of a cut-off (DOMAIN.md): each clock is judged in the period in which it was
decided, a resolution and an escalation count in the period they happened, and a missed progress
update in the period its working day ended. The cycle rows gain the office-local days of those
moments and the section each was escalated to, missed updates get rows of their own, and every
consultation's clocks and the report sums
are counted again."""
from peewee import DateField, ForeignKeyField, IntegerField, Model

from kppn_desktop.storage import schema

DAYS = ('opened_on', 'service_decided_on', 'stopped_on', 'solution_decided_on', 'resolved_on')


def up(migrator, db):
    class Consultation(Model):
        class Meta:
            database = db
            table_name = 'consultation'

    class MissedUpdate(Model):
        consultation = ForeignKeyField(Consultation, on_delete='CASCADE')
        cycle = IntegerField()
        day = DateField(index=True)

        class Meta:
            database = db
            table_name = 'missed_update'

    class Section(Model):
        class Meta:
            database = db
            table_name = 'section'

    db.create_tables([MissedUpdate])
    migrator.migrate(*(migrator.add_column('consultation_cycle', name, DateField(null=True))
                       for name in DAYS))
    migrator.migrate(migrator.add_column('consultation_cycle', 'section_id', ForeignKeyField(
        Section, null=True, field=Section.id, on_delete='SET NULL')))
    migrator.migrate(*(migrator.add_index('consultation_cycle', (name,)) for name in DAYS))
    schema.recount_after('clock_columns')


def down(migrator, db):
    migrator.migrate(*(migrator.drop_index('consultation_cycle', f'consultation_cycle_{name}')
                       for name in (*DAYS, 'section_id')))
    migrator.migrate(*(migrator.drop_column('consultation_cycle', name)
                       for name in (*DAYS, 'section_id')))
    db.execute_sql('DROP TABLE missed_update')
