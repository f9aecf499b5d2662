"""The Kanwil's view of its KPPNs (issue 14): the consolidated service report of a period (one
table per office, a ranking, the totals) and the overdue escalations across its offices.

Read-only, for a user of role ``kanwil`` of a Kanwil office; the KPPNs are the offices whose
parent is that Kanwil. Each KPPN's figures are its own service report's headline figures
(``reports.office_headlines``: the running sums of the period and the few open consultations), on
its own calendar, as of the end of the period in its own time zone (or now, while the period
lasts); the totals are their sums; nothing here reads the consultations of a period one by one.
The return values are plain data (``documents.KanwilReport``) for a page, a PDF or a workbook."""

from __future__ import annotations

import datetime as dt

from kppn_desktop import documents
from kppn_desktop.domain import workflow
from kppn_desktop.domain.errors import NotFound, ValidationError
from kppn_desktop.domain.texts import N_
from kppn_desktop.services import office as office_service
from kppn_desktop.services import reports
from kppn_desktop.services.context import Actor, instant, require
from kppn_desktop.services.papers import office_header
from kppn_desktop.storage.models import Office

#: How the KPPNs are ranked (printed under the ranking).
RANKING_RULE = N_("Peringkat menurut persentase konsultasi yang dijawab dalam standar waktu "
                  "layanan (20 menit), lalu persentase eskalasi yang diselesaikan dalam 3 hari "
                  "kerja, lalu jumlah konsultasi; kantor yang belum memiliki konsultasi yang "
                  "dinilai di bawah.")
#: The longest overdue list (all offices together), as the service report's.
OVERDUE_LIMIT = reports.OVERDUE_LIMIT


def _kanwil(actor: Actor) -> Office:
    """The actor's Kanwil (the role check first): a Kanwil user of an office that is no Kanwil
    has none."""
    office_id = require(actor, workflow.Action.VIEW_KANWIL_REPORTS)
    row = Office.get_or_none(Office.id == office_id, Office.kind == workflow.OfficeKind.KANWIL)
    if row is None:
        raise NotFound("Kantor Anda bukan Kanwil: tidak ada KPPN yang dapat dipantau.")
    return row


def offices(actor: Actor) -> list[office_service.OfficeInfo]:
    """The KPPNs of the actor's Kanwil, by code."""
    kanwil = _kanwil(actor)
    return [office_service.OfficeInfo(o.id, o.code, o.name, o.kind, o.parent_id)
            for o in _kppns(kanwil.id)]


def _kppns(kanwil_id: int) -> list[Office]:
    return list(Office.select().where(Office.parent == kanwil_id,
                                      Office.kind == workflow.OfficeKind.KPPN)
                .order_by(Office.code))


def rank_key(row: documents.KanwilOfficeRow | documents.OfficeFigures):
    """The ranking's order (best first): % of service clocks met, % of solution clocks met,
    volume; an office with nothing judged after those with a figure."""
    figures = row.figures if isinstance(row, documents.KanwilOfficeRow) else row
    service, solution = figures.service_compliance.pct, figures.solution_compliance.pct
    return (service is None, -(service or 0.0), solution is None, -(solution or 0.0),
            -figures.total)


def totals(figures: list[documents.OfficeFigures]) -> documents.OfficeFigures:
    """The offices' figures summed (the average over every cycle of them all). The 90th
    percentile cannot be summed from the offices' own: it is left out (None)."""
    def compliance(name: str) -> documents.Compliance:
        parts = [getattr(f, name) for f in figures]
        return documents.Compliance(sum(p.met for p in parts), sum(p.breached for p in parts),
                                    sum(p.clocks for p in parts))
    minutes_sum = sum(f.minutes_sum for f in figures)
    minutes_n = sum(f.minutes_n for f in figures)
    return documents.OfficeFigures(
        total=sum(f.total for f in figures), resolved=sum(f.resolved for f in figures),
        escalated=sum(f.escalated for f in figures),
        service_compliance=compliance("service_compliance"),
        solution_compliance=compliance("solution_compliance"),
        missed_progress_updates=sum(f.missed_progress_updates for f in figures),
        first_contact=sum(f.first_contact for f in figures),
        avg_handling_minutes=minutes_sum / minutes_n if minutes_n else None,
        p90_handling_minutes=None, backlog=sum(f.backlog for f in figures),
        minutes_sum=minutes_sum, minutes_n=minutes_n)


def consolidated_report(actor: Actor, first: dt.date, last: dt.date,
                        now: dt.datetime | None = None) -> documents.KanwilReport:
    """The consolidated report of the actor's Kanwil for the period: each KPPN's headline
    figures, ranked (:data:`RANKING_RULE`), their totals, and the escalations past their
    solution deadline at each office's cut-off. All the KPPNs are read together (their sums in
    one grouped query, their open consultations in one query per cut-off), each on its own
    calendar, as of its own cut-off."""
    kanwil = _kanwil(actor)
    reports.check_period(first, last)
    now = instant(now, "now")
    kppns = _kppns(kanwil.id)
    cuts = reports.cuts([office.id for office in kppns], last, now)
    headlines = reports.office_headlines(cuts, first, last)
    rows = [(office, headlines[office.id]) for office in kppns]
    ranked = sorted(rows, key=lambda r: (rank_key(r[1]), r[0].code))
    own_calendar = office_service.office_calendar(kanwil.id)
    cut_off, _present = reports.cut_off_of(last, now, own_calendar)
    return documents.KanwilReport(
        header=office_header(kanwil.id), kanwil_name=kanwil.full_name or kanwil.name,
        period_start=first, period_end=last,
        generated_at=now, cut_off=cut_off,
        offices=tuple(documents.KanwilOfficeRow(n, office.code, office.name, figures)
                      for n, (office, figures) in enumerate(ranked, start=1)),
        totals=totals([figures for _office, figures in rows]),
        overdue=_overdue(kppns, cuts), ranking_rule=RANKING_RULE, city=kanwil.city)


def _overdue(kppns: list[Office], cuts: list[reports.Cut]
             ) -> tuple[documents.KanwilOverdueRow, ...]:
    """The escalations of the KPPNs past their solution deadline at each one's cut, most overdue
    first (then by office and number), at most :data:`OVERDUE_LIMIT`."""
    by_id = {office.id: office for office in kppns}
    out = [documents.KanwilOverdueRow(by_id[office].code, by_id[office].name, row)
           for office, row in reports.overdue_of_offices(cuts, escalated_only=True)]
    out.sort(key=lambda r: (r.overdue.deadline, r.office_code, r.overdue.number))
    return tuple(out[:OVERDUE_LIMIT])


def overdue_escalations(actor: Actor, cut_off: dt.datetime | None = None
                        ) -> tuple[documents.KanwilOverdueRow, ...]:
    """The escalations of the Kanwil's KPPNs past their solution deadline at ``cut_off`` (None:
    now; an earlier instant recounts each as of then), most overdue first."""
    kanwil = _kanwil(actor)
    now = instant(None)
    at = now if cut_off is None else instant(cut_off, "cut_off")
    if at > now:
        raise ValidationError({"cut_off": "Batas data tidak boleh di masa depan."})
    kppns = _kppns(kanwil.id)
    return _overdue(kppns, [reports.Cut(office.id, office_service.office_calendar(office.id), at,
                                        cut_off is None) for office in kppns])


def _renderer(kind: object):
    renderers = {"pdf": documents.render_kanwil_report, "xlsx": documents.export_kanwil_xlsx}
    if not isinstance(kind, str) or kind not in renderers:
        raise ValidationError({"out": "Format laporan gabungan: .pdf atau .xlsx."})
    return renderers[kind]


def render(report: documents.KanwilReport, kind: str) -> bytes:
    """A computed consolidated report as 'pdf' or 'xlsx' bytes."""
    return _renderer(kind)(report)


def report_file(actor: Actor, first: dt.date, last: dt.date, kind: str) -> bytes:
    """The consolidated report of the period as 'pdf' or 'xlsx' bytes."""
    renderer = _renderer(kind)
    return renderer(consolidated_report(actor, first, last))
