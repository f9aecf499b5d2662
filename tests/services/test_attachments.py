"""Attachments live in the database, once per content, typed by content and checked on read."""

from __future__ import annotations

import hashlib

import pytest

from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.services import attachments, queries, settings
from kppn_desktop.services.context import transaction
from kppn_desktop.storage.models import Blob

from .helpers import take, wita

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
       b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81"
       b"\x84\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture
def consultation(office):
    return take(office, wita(2026, 3, 17, 9, 0)).consultations[0]


def test_attach_and_read_back_with_its_hash(office, consultation):
    info = attachments.attach_file(office.cso, consultation.id, "../../etc/SPM Maret.pdf", PDF)
    assert info.filename == "SPM Maret.pdf" and info.mime == "application/pdf"
    assert info.sha256 == hashlib.sha256(PDF).hexdigest() and info.size == len(PDF)
    again, data = attachments.read_attachment(office.cso2, info.id)
    assert data == PDF and again == info
    detail = queries.get_consultation(office.cso, consultation.id)
    assert [a.id for a in detail.attachments] == [info.id]
    assert detail.timeline[-1].kind == "lampiran_ditambah"


def test_identical_files_are_stored_once(office, consultation):
    a = attachments.attach_file(office.cso, consultation.id, "a.pdf", PDF)
    b = attachments.attach_file(office.cso, consultation.id, "b.pdf", PDF)
    attachments.attach_file(office.cso, consultation.id, "c.png", PNG)
    assert a.id != b.id and a.sha256 == b.sha256
    assert Blob.select().count() == 2


def test_type_comes_from_the_content_not_the_name(office, consultation):
    with pytest.raises(ValidationError) as err:
        attachments.attach_file(office.cso, consultation.id, "surat.pdf", b"hanya teks biasa")
    assert "lampiran" in err.value.errors
    png = attachments.attach_file(office.cso, consultation.id, "foto.pdf", PNG)
    assert png.mime == "image/png"


def test_size_limit_is_a_setting(office, consultation):
    with transaction():
        settings.put(settings.ATTACHMENT_MAX_BYTES, 1024)
    with pytest.raises(ValidationError) as err:
        attachments.attach_file(office.cso, consultation.id, "besar.pdf", PDF + b" " * 2000)
    assert "terlalu besar" in err.value.errors["lampiran"]


def test_a_changed_file_is_refused_when_read(office, consultation):
    info = attachments.attach_file(office.cso, consultation.id, "a.pdf", PDF)
    Blob.update(data=PDF.replace(b"1.4", b"1.7")).where(Blob.sha256 == info.sha256).execute()
    with pytest.raises(attachments.CorruptAttachment):
        attachments.read_attachment(office.cso, info.id)


def test_removal_needs_a_reason_and_keeps_the_record(office, consultation):
    info = attachments.attach_file(office.cso, consultation.id, "a.pdf", PDF)
    with pytest.raises(ValidationError):
        attachments.remove_attachment(office.cso, info.id, "  ")
    removed = attachments.remove_attachment(office.cso, info.id, "Salah unggah",
                                            at=wita(2026, 3, 17, 9, 5))
    assert removed.removed_at is not None and removed.removal_reason == "Salah unggah"
    assert attachments.read_attachment(office.cso, info.id)[1] == PDF


def test_a_file_is_stored_and_opened_under_the_extension_of_what_it_is(office, consultation):
    import os
    import stat

    from kppn_desktop.gui.consultation.jobs import fetch_attachment

    info = attachments.attach_file(office.cso, consultation.id, "poly.hta", PDF)
    assert info.filename == "poly.hta.pdf"
    with pytest.raises(ValidationError) as err:
        attachments.attach_file(office.cso, consultation.id, "poly.html",
                                PDF.replace(b"trailer", b"<html><script>x</script>\ntrailer"))
    assert "dijalankan" in err.value.errors["lampiran"]
    path = fetch_attachment(office.cso, info.id)
    assert path.name == "poly.hta.pdf" and path.read_bytes() == PDF
    assert not os.access(path, os.W_OK) or os.geteuid() == 0        # root writes anything
    assert stat.S_IMODE(path.stat().st_mode) == 0o400
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700
