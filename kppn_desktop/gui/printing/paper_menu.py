"""The print buttons of a consultation: the slip and the resolution receipt, each in the 80 mm
roll, A5 or A4 layout, made off the GUI thread and shown in Qt's print preview.

The papers (``services.papers``, the documents layer, reportlab) are imported by the worker that
renders them, and Qt's printing when a paper is shown or printed: the intake page imports this
module at start-up."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from kppn_desktop.domain.texts import N_
from kppn_desktop.gui.language import i18n
from kppn_desktop.gui.startup.errors import show_exception

LAYOUT_LABELS = (("receipt80", N_("Struk 80 mm")), ("a5", N_("Kertas A5")), ("a4", N_("Kertas A4")))
#: Title and the name of the ``services.papers`` function that renders it.
PAPERS = {"slip": (N_("Bukti konsultasi"), "slip_pdf"),
          "receipt": (N_("Tanda terima penyelesaian"), "receipt_pdf")}


def render_paper(kind: str, actor, consultation_id: int, layout: str) -> bytes:
    """The PDF of one paper. Runs on a worker thread."""
    from kppn_desktop.services import papers  # noqa: PLC0415

    return getattr(papers, PAPERS[kind][1])(actor, consultation_id, layout)


def show_preview(parent: QWidget, pdf: bytes, title: str) -> None:
    from kppn_desktop.gui.printing import preview as printing  # noqa: PLC0415

    printing.PaperPreview(pdf, title, parent).exec()


def print_default(pdf: bytes) -> None:
    """``printing.print_default``, with Qt's printing imported when first used."""
    from kppn_desktop.gui.printing import preview as printing  # noqa: PLC0415

    printing.print_default(pdf)


class PaperMenu:
    """Puts a layout menu on ``button``; choosing a layout renders the paper of the consultation
    ``consultation_id()`` in the session's worker and hands it to ``preview`` (replaceable)."""

    def __init__(self, owner: QWidget, session, button: QPushButton, kind: str,
                 consultation_id: Callable[[], int]):
        self.owner, self.session, self.kind = owner, session, kind
        self.consultation_id = consultation_id
        self.preview: Callable[[QWidget, bytes, str], None] = show_preview
        self.last_pdf: bytes | None = None
        menu = QMenu(button)
        for layout, label in LAYOUT_LABELS:
            menu.addAction(i18n.message(label), lambda layout=layout: self.make(layout))
        button.setMenu(menu)

    def make(self, layout: str) -> None:
        title = i18n.message(PAPERS[self.kind][0])
        kind, actor, cid = self.kind, self.session.actor, self.consultation_id()

        def done(pdf: bytes) -> None:
            self.last_pdf = pdf
            self.preview(self.owner, pdf, title)

        self.session.runner.run(lambda: render_paper(kind, actor, cid, layout), done,
                                lambda exc: show_exception(self.owner, exc), owner=self.owner)


def slip_if_auto_print(actor, consultation_id: int) -> bytes | None:
    """The 80 mm slip when the office prints slips automatically after intake (a setting)."""
    from kppn_desktop.services import settings  # noqa: PLC0415

    if not settings.get(settings.AUTO_PRINT_SLIP, actor.office_id):
        return None
    return render_paper("slip", actor, consultation_id, "receipt80")


def auto_print_slip(owner: QWidget, session, consultation_id: int,
                    printer: Callable[[bytes], None] = print_default) -> None:
    """After a save: print the slip on the default printer when the office asked for it."""
    actor = session.actor

    def done(pdf: bytes | None) -> None:
        if pdf is None:
            return
        try:
            printer(pdf)
        except OSError as exc:
            show_exception(owner, exc)

    session.runner.run(lambda: slip_if_auto_print(actor, consultation_id), done,
                       lambda exc: show_exception(owner, exc), owner=owner)
