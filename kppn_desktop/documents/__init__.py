"""Printed papers: plain data in (:mod:`.data`), PDF/CSV/XLSX bytes out. No Qt, no database.

The papers: the consultation slip (:func:`render_slip`), the resolution receipt
(:func:`render_receipt`), the service report (:func:`render_report`) and the report's figures
(:func:`export_report_csv`, :func:`export_report_xlsx`).
"""

from .data import (DEFAULT_COMPLAINT_CHANNELS, DEFAULT_FOLLOW_UP, BreakdownRow, Compliance,
                   ConsultationSlip, OfficeHeader, OverdueRow, ResolutionReceipt, ServiceReport,
                   SlipQuestion)
from .export import export_report_csv, export_report_xlsx, report_sections
from .receipt import render_receipt
from .report import render_report
from .slip import render_slip
from .styles import LAYOUTS

__all__ = [
    "DEFAULT_COMPLAINT_CHANNELS", "DEFAULT_FOLLOW_UP", "LAYOUTS", "BreakdownRow", "Compliance",
    "ConsultationSlip", "OfficeHeader", "OverdueRow", "ResolutionReceipt", "ServiceReport",
    "SlipQuestion", "export_report_csv", "export_report_xlsx", "render_receipt",
    "render_report", "render_slip", "report_sections",
]
