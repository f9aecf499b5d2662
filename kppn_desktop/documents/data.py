"""What the papers print: plain, frozen data handed over by the services.

Only ``str``, ``int``, ``float``, ``bool``, ``date``, timezone-aware ``datetime`` and tuples of
these (or of the small row classes below). The renderers never look anything up: whatever a paper
shows is in here. Datetimes may be in any zone; the renderers print them in the office's zone
(:attr:`OfficeHeader.timezone`).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from zoneinfo import ZoneInfo

from kppn_desktop.domain.formatting import zone_abbrev
from kppn_desktop.domain.standards import DEFAULT_TIMEZONE

#: Where complaints about the service go (standard KEP-57/PB/2023, "Pengaduan Layanan");
#: they belong on every printed paper. Pairs of (channel, where to reach it).
DEFAULT_COMPLAINT_CHANNELS: tuple[tuple[str, str], ...] = (
    ("SP4N-LAPOR!", "www.lapor.go.id"),
    ("WISE (Whistleblowing System Kemenkeu)", "wise.kemenkeu.go.id"),
    ("Kotak saran / SMS / portal SIPANDU", "pengaduandjpb.kemenkeu.go.id"),
    ("HAI DJPb", "hai.kemenkeu.go.id"),
    ("Langsung di KPPN", "tatap muka atau kontak resmi kantor"),
)

DEFAULT_FOLLOW_UP = (
    "Simpan bukti ini. Untuk menanyakan perkembangan, sebutkan nomor konsultasi di loket "
    "layanan KPPN, melalui HAI CSO (OM SPAN/MyIntress), atau melalui kontak resmi KPPN."
)



def _require_aware(obj) -> None:
    """A naive datetime would print in whatever zone the caller happened to mean: refuse it."""
    for f in fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, datetime) and value.tzinfo is None:
            raise ValueError(f"{type(obj).__name__}.{f.name} harus datetime dengan zona waktu")


@dataclass(frozen=True)
class OfficeHeader:
    """The letterhead: ministry, directorate, regional office and the office itself."""

    office_name: str  # short, e.g. "KPPN Tipe A2 Majene"
    office_full_name: str  # "Kantor Pelayanan Perbendaharaan Negara Tipe A2 Majene"
    kanwil_name: str  # "Kantor Wilayah Direktorat Jenderal Perbendaharaan Provinsi Sulawesi Barat"
    address: str
    phone: str = ""
    website: str = ""
    email: str = ""
    ministry: str = "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA"
    directorate: str = "DIREKTORAT JENDERAL PERBENDAHARAAN"
    timezone: str = DEFAULT_TIMEZONE  # IANA name; every time on the paper is shown in this zone
    timezone_abbrev: str = ""  # empty: derived from ``timezone`` (WIB/WITA/WIT)

    @property
    def zone_abbrev(self) -> str:
        """'WITA' for Asia/Makassar, etc.; the explicit ``timezone_abbrev`` wins."""
        return self.timezone_abbrev or zone_abbrev(ZoneInfo(self.timezone))


@dataclass(frozen=True)
class SlipQuestion:
    """One question of a visit: its own consultation, number, category and 20-minute target."""

    number: str  # consultation number, e.g. "121-20260317-0001"
    category: str
    summary: str
    service_target_minutes: int = 20
    status: str = "Diterima"  # status label as staff say it
    escalation_deadline: datetime | None = None  # solution deadline when escalated
    contact_person: str | None = None  # stakeholder's contact taken at escalation
    section: str | None = None  # Seksi the question was escalated to

    def __post_init__(self):
        _require_aware(self)


@dataclass(frozen=True)
class ConsultationSlip:
    """Bukti konsultasi, printed at the desk when a visit's questions are taken.

    The QR code carries the *first question's consultation number* (the one the slip is printed
    for): it is the number staff search for, it is unique, and it is printed beside the code.
    ``visit_number`` (the visit's first consultation) is only printed.
    """

    header: OfficeHeader
    visit_number: str
    received_at: datetime
    stakeholder_name: str
    stakeholder_type: str  # label, e.g. "Satker K/L – Bendahara Pengeluaran"
    channel: str  # label, e.g. "Tatap muka" or "HAI CSO (OM SPAN/MyIntress)"
    officer_name: str
    questions: tuple[SlipQuestion, ...]
    printed_at: datetime
    satker_code: str = ""
    satker_name: str = ""
    external_reference: str = ""  # HAI CSO ticket, WhatsApp message id, ...
    follow_up: str = DEFAULT_FOLLOW_UP
    complaint_channels: tuple[tuple[str, str], ...] = DEFAULT_COMPLAINT_CHANNELS

    def __post_init__(self):
        if not self.questions:
            raise ValueError("ConsultationSlip membutuhkan minimal satu pertanyaan")
        _require_aware(self)

    @property
    def qr_payload(self) -> str:
        """What the QR code carries: the first question's consultation number."""
        return self.questions[0].number


@dataclass(frozen=True)
class ResolutionReceipt:
    """Tanda terima penyelesaian: the answer given to one consultation, status "Resolved".

    ``handling_minutes`` are office minutes on the 20-minute service clock. For a consultation that
    was escalated, give ``solution_deadline`` and ``solution_met``: the paper then judges it by the
    3-working-day clock, which is the one that applied.
    """

    header: OfficeHeader
    number: str
    stakeholder_name: str
    channel: str
    category: str
    question_summary: str
    answer: str
    officer_name: str
    received_at: datetime
    resolved_at: datetime
    handling_minutes: int
    target_minutes: int
    met: bool
    printed_at: datetime
    regulation: str = ""  # regulation/juknis cited, e.g. "PER-1/PB/2025 Pasal 12"
    regulation_title: str = ""  # its title, when the citation was picked from the library
    stakeholder_type: str = ""
    satker_code: str = ""
    satker_name: str = ""
    external_reference: str = ""
    status: str = "Resolved"
    escalated_to: str = ""  # section, when escalated
    solution_deadline: datetime | None = None
    solution_met: bool | None = None
    complaint_channels: tuple[tuple[str, str], ...] = DEFAULT_COMPLAINT_CHANNELS

    def __post_init__(self):
        _require_aware(self)


@dataclass(frozen=True)
class IssueStamp:
    """What an issued report carries (``Terbitkan``): the code ``report verify`` finds it by, and
    the head of the history it was made from."""

    code: str
    issued_at: datetime
    issued_by: str
    event_count: int
    head_hash: str


@dataclass(frozen=True)
class Compliance:
    """Result of one clock over a period: clocks (one per cycle of a consultation) within and
    beyond their target, of ``clocks`` in all; the rest are still running ("belum dinilai")."""

    met: int
    breached: int
    clocks: int = 0    # every clock of the kind; 0: not known (no "belum dinilai" is shown)

    @property
    def judged(self) -> int:
        return self.met + self.breached

    @property
    def pending(self) -> int:
        """Clocks not judged yet: still running at the report's cut-off."""
        return max(self.clocks - self.judged, 0)

    @property
    def pct(self) -> float | None:
        """Share met, 0–100; None when nothing was judged (0 % would be a verdict)."""
        return 100.0 * self.met / self.judged if self.judged else None


@dataclass(frozen=True)
class BreakdownRow:
    """One line of a "per channel / category / section / officer" table."""

    label: str
    total: int
    resolved: int = 0
    met: int = 0  # within the 20-minute service target
    breached: int = 0
    escalated: int = 0
    avg_minutes: float | None = None  # average handling time in office minutes, exact

    @property
    def pct(self) -> float | None:
        return Compliance(self.met, self.breached).pct


@dataclass(frozen=True)
class SectionSolutionRow:
    """One line of "Penyelesaian eskalasi per seksi"."""

    label: str
    solution: Compliance
    missed: int = 0        # progress updates missed


@dataclass(frozen=True)
class OverdueRow:
    """A consultation past its deadline and not yet resolved."""

    number: str
    received_at: datetime
    stakeholder: str
    category: str
    officer: str
    deadline: datetime
    overdue_minutes: int  # office minutes past the deadline
    section: str = ""

    def __post_init__(self):
        _require_aware(self)


@dataclass(frozen=True)
class ServiceReport:
    """Laporan layanan konsultasi for a period (a day, a month, any range)."""

    header: OfficeHeader
    period_start: date
    period_end: date
    generated_at: datetime
    city: str  # where it is signed: "Majene, 26 November 2026"
    total: int
    resolved: int
    escalated: int
    service_compliance: Compliance  # 20-minute service clock
    solution_compliance: Compliance  # 3-working-day solution clock
    missed_progress_updates: int
    # Office minutes. The average is exact (the renderers round it once, when shown); the 90th
    # percentile is the nearest-rank value, already to a tenth (the report's histogram).
    avg_handling_minutes: float | None
    p90_handling_minutes: float | None
    backlog: int  # open at the end of the period
    by_channel: tuple[BreakdownRow, ...] = ()
    by_category: tuple[BreakdownRow, ...] = ()
    by_section: tuple[BreakdownRow, ...] = ()
    by_officer: tuple[BreakdownRow, ...] = ()
    overdue: tuple[OverdueRow, ...] = ()
    daily_volume: tuple[tuple[date, int], ...] = ()
    daily_compliance: tuple[tuple[date, float | None], ...] = ()  # % met, None: nothing judged
    #: Consultations whose first cycle was answered within target without an escalation.
    first_contact: int = 0
    #: The solution clock and missed progress updates per section (escalations of the period).
    solution_by_section: tuple["SectionSolutionRow", ...] = ()
    head_name: str = ""
    head_nip: str = ""
    head_title: str = "Kepala Kantor"
    # The report's cut-off (DOMAIN.md): the end of the period, or the moment it was made when
    # the period includes it. Backlog, overdue list and running clocks are the state then.
    # None: ``generated_at``.
    cut_off: datetime | None = None
    signed_on: date | None = None  # date by the signature; default: day of ``generated_at``
    title: str = "LAPORAN LAYANAN KONSULTASI STAKEHOLDER"
    stamp: IssueStamp | None = None  # set on an issued report
    library: LibraryUse | None = None

    def __post_init__(self):
        if self.period_end < self.period_start:
            raise ValueError("Akhir periode sebelum awal periode")
        _require_aware(self)

    @property
    def state_at(self) -> datetime:
        """The cut-off: when the figures stand."""
        return self.cut_off or self.generated_at


@dataclass(frozen=True)
class LibraryUse:
    """How the library served the period (issue 12): the answers given and how many cited one of
    its articles, the articles cited most, and the categories whose questions most often found
    no article or FAQ entry (where an FAQ is missing)."""

    answers: int
    cited: int
    top_articles: tuple[tuple[str, str, int], ...] = ()      # (citation, title, times cited)
    nothing_found: tuple[tuple[str, int, int], ...] = ()     # (category, questions, none found)

    @property
    def pct(self) -> float | None:
        return 100 * self.cited / self.answers if self.answers else None


@dataclass(frozen=True)
class RecordSection:
    """One block of a person's data export: a title and its label/value rows (already worded)."""

    title: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class PersonalDataExport:
    """Everything the office keeps about one person, for their access request (UU 27/2022)."""

    header: OfficeHeader
    printed_at: datetime
    criteria: str                          # 'nama "Nurhayati Saleh", telepon +62812…'
    sections: tuple[RecordSection, ...]
    officer_name: str = ""


# --- the Kanwil's consolidated report (issue 14) -----------------------------------------------

@dataclass(frozen=True)
class OfficeFigures:
    """One office's headline figures of a period as of its cut-off (the first table of its
    service report): what the Kanwil's consolidated report shows per KPPN and in total."""

    total: int
    resolved: int
    escalated: int
    service_compliance: Compliance
    solution_compliance: Compliance
    missed_progress_updates: int
    first_contact: int
    avg_handling_minutes: float | None
    p90_handling_minutes: float | None
    backlog: int
    # What the average is made of, so that totals over offices average over every cycle.
    minutes_sum: float = 0.0
    minutes_n: int = 0


@dataclass(frozen=True)
class KanwilOfficeRow:
    """A KPPN in the consolidated report, at its place in the ranking (1 = best)."""

    rank: int
    code: str
    name: str
    figures: OfficeFigures


@dataclass(frozen=True)
class KanwilOverdueRow:
    """A consultation of one of the Kanwil's KPPNs past its deadline at the cut-off."""

    office_code: str
    office_name: str
    overdue: OverdueRow


@dataclass(frozen=True)
class KanwilReport:
    """Laporan gabungan layanan konsultasi: the KPPNs of a Kanwil over a period, one table per
    office, their ranking, the totals, and the overdue consultations across them."""

    header: OfficeHeader        # the Kanwil's letterhead (its time zone prints the times)
    kanwil_name: str
    period_start: date
    period_end: date
    generated_at: datetime
    cut_off: datetime
    offices: tuple[KanwilOfficeRow, ...]
    totals: OfficeFigures
    overdue: tuple[KanwilOverdueRow, ...] = ()
    ranking_rule: str = ""
    city: str = ""
    title: str = "LAPORAN GABUNGAN LAYANAN KONSULTASI STAKEHOLDER"

    def __post_init__(self):
        if self.period_end < self.period_start:
            raise ValueError("Akhir periode sebelum awal periode")
        _require_aware(self)
