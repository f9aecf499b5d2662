"""Personal text out of the history (UU 27/2022; issue 11, item 12).

The events kept names, phone numbers, the summary of the question, the answer and every note as
text, so nothing could be anonymised without breaking the hash chain. From now on an event keeps a
*seal* of each such text instead: where the text lives (its mutable row) and its HMAC-SHA-256
under the consultation's own key (``storage.personal``). This migration:

1. adds the key and the anonymisation date to ``consultation``, the deletion date to ``blob``,
   and ``personal_text`` for the text no other row keeps (a reason for moving or reopening, the
   text before an edit);
2. gives every consultation a key and seals the personal text of every existing event. A text is
   sealed where its row keeps it when the row still says the same; otherwise (edited since, or
   changed behind the application's back) the event's own text moves to ``personal_text``, so
   ``db verify`` still compares the row with what the history said;
3. rebuilds the hash chain on purpose: the append-only triggers of 0009 are dropped, every hash
   is computed again in order, the triggers are created again, and a system event records it,
   with the old head, so a head printed before can still be placed.

``down`` puts the text back into the events the same way (and records that too).
"""
import datetime as dt
import hashlib
import hmac
import importlib
import json
import secrets
from collections import defaultdict

from peewee import BigIntegerField, CharField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField

BATCH = 2000
SEAL_KEYS = ("ref", "id", "hmac")
APPEND_ONLY = importlib.import_module("kppn_desktop.storage.migrations.0009_append_only_history")

# The chain's format as this migration wrote it (frozen here: a migration never changes with the
# code around it; tests/storage/test_history.py checks storage.history still hashes alike).
GENESIS = "0" * 64


def _utc_text(t):
    return t.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds")


def event_hash(seq, consultation_id, kind, at, actor_id, subject, data, prev_hash):
    payload = json.dumps([seq, consultation_id, kind, _utc_text(at), actor_id, subject, data,
                          prev_hash], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def dump_data(data):
    return json.dumps(data or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str)


def _utc(value):
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.timezone.utc) if value.tzinfo is None else value


def _models(db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Consultation(Base):
        question = TextField()
        summary = CharField()
        seal_key = CharField(max_length=64, default='')

    class PersonalText(Base):
        consultation = ForeignKeyField(Consultation)
        text = TextField()

    class Event(Base):
        seq = BigIntegerField()
        consultation = ForeignKeyField(Consultation, null=True)
        kind = CharField()
        at = DateTimeField()
        actor = IntegerField(null=True, column_name='actor_id')
        subject = CharField()
        data = TextField()
        prev_hash = CharField()
        hash = CharField()
        recorded_at = DateTimeField()

    class ChainHead(Base):
        seq = BigIntegerField()
        hash = CharField()

    def child(name, **fields):
        attrs = {'consultation': ForeignKeyField(Consultation), 'Meta': type('Meta', (), {})}
        attrs.update(fields)
        return type(name, (Base,), attrs)

    return {
        'consultation': Consultation, 'personal_text': PersonalText, 'event': Event,
        'chain_head': ChainHead,
        'document_request': child('DocumentRequest', description=TextField(),
                                  received_at=DateTimeField(null=True),
                                  received_note=TextField()),
        'escalation': child('Escalation', reason=TextField(), contact_person=CharField(),
                            contact_phone=CharField(), at=DateTimeField()),
        'progress_update': child('ProgressUpdate', kind=CharField(), note=TextField(),
                                 at=DateTimeField()),
        'resolution': child('Resolution', answer=TextField(), at=DateTimeField()),
        'attachment': child('Attachment', filename=CharField(), removal_reason=CharField()),
    }


def _mac(key, text):
    return hmac.new(bytes.fromhex(key), text.encode('utf-8'), hashlib.sha256).hexdigest()


def _is_seal(value):
    return isinstance(value, dict) and set(value) == set(SEAL_KEYS)


class _Sealer:
    """Seals one consultation's events: pairs each text with the row the service wrote with it
    (the n-th resolution with the n-th resolved event, as ``db verify`` pairs them)."""

    def __init__(self, m, consultation, rows, kinds):
        self.m, self.c, self.rows, self.kinds = m, consultation, rows, kinds
        self.taken = defaultdict(int)

    def next_row(self, name, rows):
        n = self.taken[name]
        self.taken[name] = n + 1
        return rows[n] if n < len(rows) else None

    def seal(self, text, table=None, row=None, column=None):
        if not isinstance(text, str) or not text:
            return text
        if row is not None and getattr(row, column) == text:
            return {'ref': f'{table}.{column}', 'id': row.id, 'hmac': _mac(self.c.seal_key, text)}
        kept = self.m['personal_text'].create(consultation=self.c.id, text=text)
        return {'ref': 'personal_text.text', 'id': kept.id, 'hmac': _mac(self.c.seal_key, text)}

    def event(self, kind, data, last_edit):
        c, rows, out = self.c, self.rows, dict(data)
        if kind == 'diterima':
            out['ringkasan'] = self.seal(data.get('ringkasan'), 'consultation', c, 'summary')
            if 'pertanyaan' in data or 'diubah' not in self.kinds:
                out['pertanyaan'] = self.seal(data.get('pertanyaan', c.question), 'consultation',
                                              c, 'question')
        elif kind == 'dokumen_diminta':
            row = self.next_row(kind, rows['document_request'])
            out['alasan'] = self.seal(data.get('alasan'), 'document_request', row, 'description')
        elif kind == 'dokumen_diterima':
            row = self.next_row(kind, [r for r in rows['document_request']
                                       if r.received_at is not None])
            out['catatan'] = self.seal(data.get('catatan'), 'document_request', row,
                                       'received_note')
        elif kind == 'diselesaikan':
            row = self.next_row(kind, rows['resolution'])
            out['jawaban'] = self.seal(data.get('jawaban'), 'resolution', row, 'answer')
        elif kind == 'dieskalasi':
            row = self.next_row(kind, rows['escalation'])
            for name, column in (('alasan', 'reason'), ('kontak', 'contact_person'),
                                 ('telepon', 'contact_phone')):
                out[name] = self.seal(data.get(name), 'escalation', row, column)
        elif kind in ('progres', 'tanggapan_kasi'):
            row = self.next_row(kind, [r for r in rows['progress_update'] if r.kind == kind])
            out['catatan'] = self.seal(data.get('catatan'), 'progress_update', row, 'note')
        elif kind in ('dialihkan', 'dibuka_kembali'):
            out['alasan'] = self.seal(data.get('alasan'))
        elif kind == 'diubah' and isinstance(data.get('lama'), dict):
            out['lama'] = dict(data['lama'], pertanyaan=self.seal(data['lama'].get('pertanyaan')),
                               ringkasan=self.seal(data['lama'].get('ringkasan')))
            if last_edit:
                out['baru'] = {'pertanyaan': self.seal(c.question, 'consultation', c, 'question'),
                               'ringkasan': self.seal(c.summary, 'consultation', c, 'summary')}
        elif kind in ('lampiran_ditambah', 'lampiran_dihapus'):
            row = rows['attachment'].get(data.get('lampiran'))
            out['nama'] = self.seal(data.get('nama'), 'attachment', row, 'filename')
            if kind == 'lampiran_dihapus':
                out['alasan'] = self.seal(data.get('alasan'), 'attachment', row, 'removal_reason')
        return {k: v for k, v in out.items() if v is not None or k in data}


def _unseal(data, texts, key):
    """The seals of ``data`` replaced by their text; a seal whose row says something else now
    (the summary sealed on receipt, edited since) is left out, as the edit keeps the old text."""
    out = {}
    for name, value in data.items():
        if _is_seal(value):
            text = texts.get((value['ref'], value['id']))
            if text is not None and (not key or _mac(key, text) == value['hmac']):
                out[name] = text
        elif isinstance(value, dict):
            out[name] = _unseal(value, texts, key)
        else:
            out[name] = value
    return out


def _batches(m):
    Consultation = m['consultation']
    last = 0
    while True:
        rows = list(Consultation.select().where(Consultation.id > last)
                    .order_by(Consultation.id).limit(BATCH))
        if not rows:
            return
        yield rows
        last = rows[-1].id


def _events_of(m, ids):
    Event = m['event']
    out = defaultdict(list)
    for e in (Event.select(Event.id, Event.consultation, Event.kind, Event.data)
              .where(Event.consultation.in_(ids)).order_by(Event.seq)):
        out[e.consultation_id].append(e)
    return out


def _write_data(db, changes):
    if changes:
        db.cursor().executemany(f'UPDATE event SET data = {db.param} WHERE id = {db.param}',
                                changes)


def _seal_all(m, db):
    """Give every consultation its key and seal its events; returns the events changed."""
    changed = 0
    for consultations in _batches(m):
        ids = [c.id for c in consultations]
        keys = [(secrets.token_hex(32), c.id) for c in consultations]
        db.cursor().executemany(
            f'UPDATE consultation SET seal_key = {db.param} WHERE id = {db.param}', keys)
        for c, (key, _id) in zip(consultations, keys):
            c.seal_key = key
        rows = {}
        for table in ('document_request', 'escalation', 'progress_update', 'resolution'):
            model = m[table]
            order = (model.id,) if table == 'document_request' else (model.at, model.id)
            grouped = defaultdict(list)
            for r in model.select().where(model.consultation.in_(ids)).order_by(*order):
                grouped[r.consultation_id].append(r)
            rows[table] = grouped
        attachments = defaultdict(dict)
        for a in m['attachment'].select().where(m['attachment'].consultation.in_(ids)):
            attachments[a.consultation_id][a.id] = a
        changes = []
        events_of = _events_of(m, ids)
        for c in consultations:
            events = events_of.get(c.id, [])
            sealer = _Sealer(m, c, {**{t: rows[t][c.id] for t in rows},
                                    'attachment': attachments[c.id]},
                             [e.kind for e in events])
            edits = [e.id for e in events if e.kind == 'diubah']
            for e in events:
                data = json.loads(e.data) if e.data else {}
                new = sealer.event(e.kind, data, bool(edits) and e.id == edits[-1])
                if new != data:
                    changes.append((dump_data(new), e.id))
        _write_data(db, changes)
        changed += len(changes)
    return changed


def _unseal_all(m, db):
    """Every seal replaced by the text of its row; returns the events changed."""
    changed = 0
    for consultations in _batches(m):
        ids = [c.id for c in consultations]
        events = _events_of(m, ids)
        wanted = defaultdict(set)
        parsed = []
        for e in (e for i in ids for e in events.get(i, [])):
            data = json.loads(e.data) if e.data else {}
            stack = [data]
            while stack:
                for value in stack.pop().values():
                    if _is_seal(value):
                        wanted[value['ref']].add(value['id'])
                    elif isinstance(value, dict):
                        stack.append(value)
            if e.kind == 'diterima':       # sealed only since 0011: not in the old history
                data.pop('pertanyaan', None)
            elif e.kind == 'diubah':
                data.pop('baru', None)
            parsed.append((e, data))
        texts = {}
        for place, row_ids in wanted.items():
            table, column = place.split('.')
            model = m[table]
            for r in model.select(model.id, getattr(model, column)).where(
                    model.id.in_(sorted(row_ids))):
                texts[place, r.id] = getattr(r, column)
        keys = {c.id: c.seal_key for c in consultations}
        changes = []
        for e, data in parsed:
            new = _unseal(data, texts, keys[e.consultation_id])
            if new != json.loads(e.data or '{}'):
                changes.append((dump_data(new), e.id))
        _write_data(db, changes)
        changed += len(changes)
    return changed


def _rechain(m, db):
    """Every hash computed again in order; the head moved to the last one. Returns the old head."""
    Event, ChainHead = m['event'], m['chain_head']
    head = ChainHead.get_or_none(ChainHead.id == 1)
    old = (head.seq, head.hash) if head else (0, GENESIS)
    prev, last_seq = GENESIS, 0
    while True:
        rows = list(Event.select(Event.id, Event.seq, Event.consultation, Event.kind, Event.at,
                                 Event.actor, Event.subject, Event.data)
                    .where(Event.seq > last_seq).order_by(Event.seq).limit(5000).tuples())
        if not rows:
            break
        changes = []
        for eid, seq, cid, kind, at, actor, subject, data in rows:
            digest = event_hash(seq, cid, kind, _utc(at), actor, subject, data, prev)
            changes.append((prev, digest, eid))
            prev, last_seq = digest, seq
        db.cursor().executemany(f'UPDATE event SET prev_hash = {db.param}, hash = {db.param} '
                                f'WHERE id = {db.param}', changes)
    ChainHead.update(seq=last_seq, hash=prev).where(ChainHead.id == 1).execute()
    return old, (last_seq, prev)


def _record(m, what, changed, old, new):
    """The system event that says the chain was rebuilt, after its last event."""
    now = dt.datetime.now(dt.timezone.utc)
    seq, prev = new
    data = dump_data({'aksi': what, 'peristiwa_diubah': changed, 'kepala_lama_no': old[0],
                      'kepala_lama': old[1], 'migrasi': '0011_personal_data_out_of_history'})
    digest = event_hash(seq + 1, None, 'administrasi', now, None, 'riwayat', data, prev)
    m['event'].insert(seq=seq + 1, consultation=None, kind='administrasi',
                      at=now.replace(tzinfo=None), actor=None, subject='riwayat', data=data,
                      prev_hash=prev, hash=digest,
                      recorded_at=now.replace(tzinfo=None)).execute()
    m['chain_head'].update(seq=seq + 1, hash=digest).where(m['chain_head'].id == 1).execute()


def _rewrite(db, rewrite, what):
    m = _models(db)
    APPEND_ONLY.down(None, db)           # the append-only triggers, for this rewrite only
    changed = rewrite(m, db)
    if changed:
        old, new = _rechain(m, db)
        _record(m, what, changed, old, new)
    APPEND_ONLY.up(None, db)


def up(migrator, db):
    # In plain SQL: peewee adds a NOT NULL column to a SQLite table by copying the table, which
    # would drop the consultation's search-index triggers (0002).
    db.execute_sql("ALTER TABLE consultation ADD COLUMN seal_key VARCHAR(64) NOT NULL DEFAULT ''")
    migrator.migrate(
        migrator.add_column('consultation', 'anonymised_at', DateTimeField(null=True)),
        migrator.add_column('blob', 'removed_at', DateTimeField(null=True)))
    db.create_tables([_models(db)['personal_text']])
    _rewrite(db, _seal_all, 'teks data pribadi dipindahkan dari riwayat ke baris datanya; '
                            'riwayat menyimpan segel HMAC-nya (UU 27/2022); rantai hash '
                            'disusun ulang')


def down(migrator, db):
    _rewrite(db, _unseal_all, 'teks data pribadi dikembalikan ke riwayat (migrasi 0011 '
                              'dibatalkan); rantai hash disusun ulang')
    migrator.migrate(migrator.drop_column('consultation', 'seal_key'),
                     migrator.drop_column('consultation', 'anonymised_at'),
                     migrator.drop_column('blob', 'removed_at'))
    db.drop_tables([_models(db)['personal_text']])
