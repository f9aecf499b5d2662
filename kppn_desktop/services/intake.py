"""Taking a visit at the desk as one use case: its consultations, the files the stakeholder
brought and the documents asked for, stored in one transaction, all or nothing (a refused file
leaves no half-saved visit; the form keeps what was typed)."""

from __future__ import annotations

from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.services import attachments, consultations
from kppn_desktop.services.context import Actor, transaction
from kppn_desktop.services.records import VisitResult


def take_visit(actor: Actor, request: dict, files=(), documents: tuple[str, int] = ("", 0)
               ) -> VisitResult:
    """``request``: :func:`consultations.take_consultation`'s keyword arguments. ``files``:
    (name, bytes, question index) for each file; ``documents``: (what is asked for, question
    index), nothing when the text is blank. Question indexes are 0-based, in the form's order;
    one out of range means the first. A refusal names the file or the request it came from."""
    with transaction():
        result = consultations.take_consultation(actor, **request)
        taken = result.consultations

        def question(index: int):
            return taken[index] if 0 <= index < len(taken) else taken[0]
        for name, data, index in files:
            try:
                attachments.attach_file(actor, question(index).id, name, data)
            except ValidationError as exc:
                raise ValidationError({"files": f"{name}: {' '.join(exc.errors.values())}"}) \
                    from exc
        text, index = documents
        if text.strip():
            target = question(index)
            try:
                consultations.request_documents(actor, target.id, text,
                                                expected_version=target.version)
            except ValidationError as exc:
                raise ValidationError({"request_documents": " ".join(exc.errors.values())}) \
                    from exc
    return result
