"""A visit with its files and document request is one transaction (issue 13: use cases live in
services): all of it is stored, or nothing."""

from __future__ import annotations

import pytest

from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.services import intake
from kppn_desktop.services.records import QuestionInput
from kppn_desktop.storage.models import Attachment, Consultation, DocumentRequest, Visit

from .helpers import bendahara

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _request(office):
    return {"channel": "tatap_muka", "stakeholder": bendahara(),
            "questions": [QuestionInput(office.categories[0].id, "SPM LS ditolak."),
                          QuestionInput(office.categories[1].id, "Data kontrak.")]}


def test_the_visit_its_files_and_its_request_are_stored_together(office):
    result = intake.take_visit(office.cso, _request(office), [("spm.pdf", PDF, 1)],
                               ("Salinan kontrak", 0))
    first, second = result.consultations
    assert [a.consultation_id for a in Attachment.select()] == [second.id]
    assert [r.consultation_id for r in DocumentRequest.select()] == [first.id]


@pytest.mark.parametrize("files, documents, field", [
    ([("spm.pdf", PDF, 0), ("poly.hta", PDF + b"<script>alert(1)</script>", 1)], ("", 0), "files"),
    ([("spm.pdf", PDF, 0)], ("x" * 20_000, 1), "request_documents"),
])
def test_a_refused_file_or_request_stores_nothing(office, files, documents, field):
    with pytest.raises(ValidationError) as err:
        intake.take_visit(office.cso, _request(office), files, documents)
    assert field in err.value.errors
    if field == "files":
        assert err.value.errors["files"].startswith("poly.hta:")
    assert (Visit.select().count(), Consultation.select().count(), Attachment.select().count(),
            DocumentRequest.select().count()) == (0, 0, 0, 0)
