"""Supporting documents brought to the desk: read and checked on a worker thread when added, kept
in memory until the consultation is saved, then stored with its first consultation. Also the save
job itself, which runs on a worker thread (it may carry large files). No widgets here. The services
these jobs call are imported by the jobs, on the worker: the page imports this module at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.gui.language import i18n
from kppn_desktop.gui.language.formatting import size_text

if TYPE_CHECKING:
    from kppn_desktop.services.context import Actor
    from kppn_desktop.services.records import VisitResult


def _tr(text: str) -> str:
    return QCoreApplication.translate("IntakePage", text)


@dataclass(frozen=True)
class PendingFile:
    path: str
    name: str
    data: bytes
    label: str       # 'Dokumen PDF', from the content

    @property
    def size_text(self) -> str:
        return size_text(len(self.data))


def read_files(paths: list[str], office_id: int | None = None
               ) -> tuple[list[PendingFile], list[str]]:
    """(files that can be attached, messages about those that cannot). Runs on a worker thread."""
    from kppn_desktop.domain import filetypes  # noqa: PLC0415
    from kppn_desktop.services.attachments import size_problem  # noqa: PLC0415

    ok: list[PendingFile] = []
    problems: list[str] = []
    for raw in paths:
        path = Path(raw)
        name = filetypes.safe_display_name(path.name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            problems.append(_tr("{name}: tidak dapat dibaca ({detail}).").format(
                name=name, detail=exc.strerror or exc))
            continue
        if problem := size_problem(len(data), office_id):
            problems.append(_tr("{name}: {problem}").format(name=name,
                                                            problem=i18n.message(problem)))
            continue
        try:
            kind = filetypes.detect(data)
        except ValidationError as exc:
            problems.append(f"{name}: " + " ".join(i18n.message(m) for m in exc.errors.values()))
            continue
        ok.append(PendingFile(str(path), name, data, kind.label))
    return ok, problems


@dataclass
class SaveOutcome:
    """What a save stored: the visit with every file and the document request (one transaction:
    all of it, or nothing and the error)."""

    result: VisitResult
    attached: list[str] = field(default_factory=list)
    failed: list[tuple[str, Exception]] = field(default_factory=list)
    documents_requested: bool = False


def save_intake(actor: Actor, request: dict, files: list[tuple[PendingFile, int]],
                documents: tuple[str, int]) -> SaveOutcome:
    """Take the visit with its files and document request (``services.intake.take_visit``, one
    transaction). Runs on a worker thread."""
    from kppn_desktop.services import intake  # noqa: PLC0415

    result = intake.take_visit(actor, request,
                               [(pending.name, pending.data, index) for pending, index in files],
                               documents)
    return SaveOutcome(result, attached=[pending.name for pending, _index in files],
                       documents_requested=bool(documents[0].strip()))
