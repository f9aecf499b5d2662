"""Printed papers: plain data in (:mod:`.data`), PDF/CSV/XLSX bytes out. No Qt, no database.

The papers: the consultation slip (:func:`render_slip`), the resolution receipt
(:func:`render_receipt`), the service report (:func:`render_report`) and the report's figures
(:func:`export_report_csv`, :func:`export_report_xlsx`).

The renderers load reportlab and openpyxl (about half a second) on first use, not at start-up.
"""

from importlib import import_module

from .data import (
    DEFAULT_COMPLAINT_CHANNELS,
    DEFAULT_FOLLOW_UP,
    BreakdownRow,
    Compliance,
    ConsultationSlip,
    IssueStamp,
    KanwilOfficeRow,
    KanwilOverdueRow,
    KanwilReport,
    LibraryUse,
    OfficeFigures,
    OfficeHeader,
    OverdueRow,
    PersonalDataExport,
    RecordSection,
    ResolutionReceipt,
    SectionSolutionRow,
    ServiceReport,
    SlipQuestion,
)

_LAZY = {
    "export_report_csv": "export", "export_report_xlsx": "export", "report_sections": "export",
    "render_receipt": "receipt", "render_report": "report", "render_slip": "slip",
    "verification_code": "report",
    "render_kanwil_report": "kanwil", "export_kanwil_xlsx": "kanwil",
    "render_personal_data": "personal_data",
    "LAYOUTS": "styles",
}

__all__ = [
    "DEFAULT_COMPLAINT_CHANNELS", "DEFAULT_FOLLOW_UP", "LAYOUTS", "BreakdownRow", "Compliance",
    "ConsultationSlip", "IssueStamp", "KanwilOfficeRow", "KanwilOverdueRow", "KanwilReport",
    "LibraryUse", "OfficeFigures", "OfficeHeader", "OverdueRow",
    "PersonalDataExport", "RecordSection", "ResolutionReceipt", "SectionSolutionRow", "ServiceReport",
    "SlipQuestion",
    "export_kanwil_xlsx", "export_report_csv", "export_report_xlsx", "render_kanwil_report",
    "render_personal_data", "render_receipt",
    "render_report", "render_slip", "report_sections", "verification_code",
]


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
