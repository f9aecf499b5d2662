"""Initial schema (generated from the models by playhouse.migrations, then frozen: do not edit)."""
from peewee import *


def up(migrator, db):
    class Office(Model):
        code = CharField(unique=True, max_length=3)
        name = CharField(max_length=200)
        office_type = CharField(max_length=20, default='A2')
        full_name = CharField(max_length=250, default='')
        address = CharField(max_length=300, default='')
        city = CharField(max_length=100, default='')
        phone = CharField(max_length=40, default='')
        email = CharField(max_length=120, default='')
        website = CharField(max_length=200, default='')
        kanwil = CharField(max_length=250, default='')
        timezone = CharField(max_length=64, default='Asia/Makassar')
        head_name = CharField(max_length=150, default='')
        head_nip = CharField(max_length=18, default='')
        version = IntegerField(default=1)
        class Meta:
            database = db
            table_name = 'office'
    db.create_tables([Office])

    class Stakeholder(Model):
        name = CharField(index=True, max_length=150)
        kind = CharField(max_length=30)
        role = CharField(max_length=30, default='')
        kode_satker = CharField(index=True, max_length=6, default='')
        satker_name = CharField(max_length=200, default='')
        kode_ba = CharField(max_length=3, default='')
        nip = CharField(index=True, max_length=18, default='')
        phone = CharField(index=True, max_length=20, default='')
        email = CharField(max_length=120, default='')
        institution = CharField(max_length=200, default='')
        created_at = DateTimeField()
        updated_at = DateTimeField()
        anonymised = BooleanField(default=False)
        version = IntegerField(default=1)
        class Meta:
            database = db
            table_name = 'stakeholder'
    db.create_tables([Stakeholder])

    class Section(Model):
        code = CharField(unique=True, max_length=20)
        name = CharField(max_length=150)
        active = BooleanField(default=True)
        class Meta:
            database = db
            table_name = 'section'
    db.create_tables([Section])

    class User(Model):
        username = CharField(unique=True, max_length=60)
        full_name = CharField(max_length=150)
        nip = CharField(max_length=18, default='')
        role = CharField(max_length=20)
        section = ForeignKeyField(Section, null=True, on_delete='SET NULL')
        password_hash = CharField()
        active = BooleanField(default=True)
        failed_logins = IntegerField(default=0)
        locked_until = DateTimeField(null=True)
        created_at = DateTimeField()
        version = IntegerField(default=1)
        class Meta:
            database = db
            table_name = 'user'
    db.create_tables([User])

    class Visit(Model):
        office = ForeignKeyField(Office)
        channel = CharField(max_length=20)
        external_ref = CharField(max_length=100, default='')
        received_at = DateTimeField()
        stakeholder = ForeignKeyField(Stakeholder)
        officer = ForeignKeyField(User)
        created_at = DateTimeField()
        request_key = CharField(unique=True, null=True, max_length=64)
        class Meta:
            database = db
            table_name = 'visit'
    db.create_tables([Visit])

    class Category(Model):
        name = CharField(unique=True, max_length=200)
        section = ForeignKeyField(Section, null=True, on_delete='SET NULL')
        service_minutes = IntegerField(null=True)
        sort_order = IntegerField(default=0)
        active = BooleanField(default=True)
        class Meta:
            database = db
            table_name = 'category'
    db.create_tables([Category])

    class Consultation(Model):
        number = CharField(unique=True, max_length=30)
        visit = ForeignKeyField(Visit)
        stakeholder = ForeignKeyField(Stakeholder)
        channel = CharField(max_length=20)
        category = ForeignKeyField(Category)
        section = ForeignKeyField(Section, null=True)
        officer = ForeignKeyField(User)
        summary = CharField(max_length=200)
        question = TextField()
        state = CharField(index=True, max_length=20)
        received_at = DateTimeField()
        received_date = DateField(index=True)
        cycle = IntegerField(default=1)
        answer = TextField(default='')
        regulation = CharField(max_length=300, default='')
        resolved_at = DateTimeField(null=True)
        escalated_at = DateTimeField(null=True)
        contact_person = CharField(max_length=150, default='')
        contact_phone = CharField(max_length=20, default='')
        service_target = IntegerField()
        service_due_at = DateTimeField(null=True)
        service_minutes = FloatField(null=True)
        service_met = BooleanField(null=True)
        solution_due_at = DateTimeField(null=True)
        solution_met = BooleanField(null=True)
        missed_updates = IntegerField(default=0)
        updated_at = DateTimeField()
        version = IntegerField(default=1)
        request_key = CharField(unique=True, null=True, max_length=64)
        class Meta:
            database = db
            table_name = 'consultation'
            indexes = ((('officer', 'state'), False), (('section', 'state'), False), (('state', 'solution_due_at'), False), (('stakeholder', 'received_at'), False), (('category', 'received_date'), False))
    db.create_tables([Consultation])

    class Blob(Model):
        sha256 = CharField(unique=True, max_length=64)
        size = BigIntegerField()
        mime = CharField(max_length=100)
        data = BlobField()
        class Meta:
            database = db
            table_name = 'blob'
    db.create_tables([Blob])

    class Attachment(Model):
        consultation = ForeignKeyField(Consultation)
        blob = ForeignKeyField(Blob)
        filename = CharField(max_length=160)
        mime = CharField(max_length=100)
        size = BigIntegerField()
        added_at = DateTimeField()
        added_by = ForeignKeyField(User)
        removed_at = DateTimeField(null=True)
        removed_by = ForeignKeyField(User, null=True)
        removal_reason = CharField(max_length=300, default='')
        class Meta:
            database = db
            table_name = 'attachment'
    db.create_tables([Attachment])

    class ChainHead(Model):
        seq = BigIntegerField(default=0)
        hash = CharField(max_length=64)
        class Meta:
            database = db
            table_name = 'chain_head'
    db.create_tables([ChainHead])

    class Closure(Model):
        day = DateField(unique=True)
        kind = CharField(max_length=10, default='tutup')
        reason = CharField(max_length=200, default='')
        class Meta:
            database = db
            table_name = 'closure'
    db.create_tables([Closure])

    class DocumentRequest(Model):
        consultation = ForeignKeyField(Consultation)
        description = TextField()
        requested_at = DateTimeField()
        requested_by = ForeignKeyField(User)
        received_at = DateTimeField(null=True)
        received_by = ForeignKeyField(User, null=True)
        received_note = TextField(default='')
        class Meta:
            database = db
            table_name = 'document_request'
    db.create_tables([DocumentRequest])

    class Escalation(Model):
        consultation = ForeignKeyField(Consultation)
        cycle = IntegerField()
        section = ForeignKeyField(Section)
        reason = TextField()
        contact_person = CharField(max_length=150)
        contact_phone = CharField(max_length=20)
        at = DateTimeField()
        by = ForeignKeyField(User)
        class Meta:
            database = db
            table_name = 'escalation'
    db.create_tables([Escalation])

    class Event(Model):
        seq = BigIntegerField(unique=True)
        consultation = ForeignKeyField(Consultation, null=True)
        kind = CharField(max_length=30)
        at = DateTimeField()
        recorded_at = DateTimeField()
        actor = ForeignKeyField(User, null=True)
        subject = CharField(max_length=100, default='')
        data = TextField(default='{}')
        prev_hash = CharField(max_length=64)
        hash = CharField(max_length=64)
        class Meta:
            database = db
            table_name = 'event'
            indexes = ((('consultation', 'seq'), False),)
    db.create_tables([Event])

    class HoursOverride(Model):
        first_day = DateField()
        last_day = DateField()
        hours = TextField()
        note = CharField(max_length=200, default='')
        class Meta:
            database = db
            table_name = 'hours_override'
    db.create_tables([HoursOverride])

    class NumberSequence(Model):
        office_code = CharField(max_length=3)
        day = DateField()
        last = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'number_sequence'
            indexes = ((('office_code', 'day'), True),)
    db.create_tables([NumberSequence])

    class ProgressUpdate(Model):
        consultation = ForeignKeyField(Consultation)
        cycle = IntegerField()
        kind = CharField(max_length=20, default='progres')
        channel = CharField(max_length=20, default='')
        note = TextField()
        at = DateTimeField()
        by = ForeignKeyField(User)
        class Meta:
            database = db
            table_name = 'progress_update'
    db.create_tables([ProgressUpdate])

    class Resolution(Model):
        consultation = ForeignKeyField(Consultation)
        cycle = IntegerField()
        answer = TextField()
        regulation = CharField(max_length=300, default='')
        at = DateTimeField()
        by = ForeignKeyField(User)
        class Meta:
            database = db
            table_name = 'resolution'
    db.create_tables([Resolution])

    class Setting(Model):
        key = CharField(unique=True, max_length=100)
        value = TextField()
        class Meta:
            database = db
            table_name = 'setting'
    db.create_tables([Setting])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('setting'))
    migrator.migrate(migrator.drop_table('resolution'))
    migrator.migrate(migrator.drop_table('progress_update'))
    migrator.migrate(migrator.drop_table('number_sequence'))
    migrator.migrate(migrator.drop_table('hours_override'))
    migrator.migrate(migrator.drop_table('event'))
    migrator.migrate(migrator.drop_table('escalation'))
    migrator.migrate(migrator.drop_table('document_request'))
    migrator.migrate(migrator.drop_table('closure'))
    migrator.migrate(migrator.drop_table('chain_head'))
    migrator.migrate(migrator.drop_table('attachment'))
    migrator.migrate(migrator.drop_table('blob'))
    migrator.migrate(migrator.drop_table('consultation'))
    migrator.migrate(migrator.drop_table('category'))
    migrator.migrate(migrator.drop_table('visit'))
    migrator.migrate(migrator.drop_table('user'))
    migrator.migrate(migrator.drop_table('section'))
    migrator.migrate(migrator.drop_table('stakeholder'))
    migrator.migrate(migrator.drop_table('office'))
