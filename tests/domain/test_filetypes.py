"""Attachment type from content, and the display name.

The files are built here, byte by byte, the way each format defines them; where a project
dependency can read or write the format (pypdf, openpyxl, Pillow) it confirms the fixture is real.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest

from kppn_desktop.domain import filetypes
from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.domain.filetypes import FileType, detect, safe_display_name

UNSUPPORTED = {"lampiran": "Jenis berkas tidak didukung. Yang diterima: PDF, JPEG, PNG, Word, Excel."}
EMPTY = {"lampiran": "Berkas kosong (0 byte); tidak ada yang dapat dilampirkan."}
BROKEN_PDF = {"lampiran": "Berkas PDF rusak atau tidak lengkap. Simpan ulang berkasnya, lalu "
                          "lampirkan lagi."}
MACROS = {"lampiran": "Berkas Word/Excel yang memuat makro tidak diterima. Simpan sebagai .docx "
                      "atau .xlsx tanpa makro, lalu lampirkan lagi."}

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# --- building files ------------------------------------------------------------------------------

def make_pdf() -> bytes:
    """A one-page PDF with a correct cross-reference table."""
    objects = [b"<</Type/Catalog/Pages 2 0 R>>",
               b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
               b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 4\n0000000000 65535 f \n"
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<</Size 4/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def make_png() -> bytes:
    """A 1×1 white greyscale PNG: signature, IHDR, IDAT, IEND, each chunk with its CRC."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff")) + chunk(b"IEND", b""))


# SOI, then a JFIF APP0 segment, then EOI.
JPEG_BYTES = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
              b"\xff\xd9")


def make_zip(entries: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in entries.items():
            archive.writestr(name, text)
    return buffer.getvalue()


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                 'openxmlformats.org/package/2006/content-types"/>')
RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships/>'


def make_docx(**extra: str) -> bytes:
    return make_zip({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS,
                     "word/document.xml": "<w:document/>", **extra})


def make_xlsx(**extra: str) -> bytes:
    return make_zip({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS,
                     "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "<worksheet/>",
                     **extra})


# Class ids as stored (GUID fields little-endian): Word.Document.8 and Excel.Sheet.8.
WORD_CLASS = bytes.fromhex("0609020000000000c000000000000046")
EXCEL_CLASS = bytes.fromhex("2008020000000000c000000000000046")


def ole_entry(name: str, class_id: bytes = bytes(16)) -> bytes:
    """One 128-byte directory entry: UTF-16LE name padded to 64 bytes, its byte length with the
    terminating NUL, then zeros except the class id at offset 80."""
    encoded = name.encode("utf-16-le") + b"\x00\x00"
    entry = encoded.ljust(64, b"\x00") + struct.pack("<H", len(encoded)) + bytes(14) + class_id
    return entry.ljust(128, b"\x00")


def make_ole(*streams: str, tail: bytes = b"", root_class: bytes = bytes(16)) -> bytes:
    """A compound-file signature, a 512-byte header (sector shift 9, directory in sector 0), one
    directory sector (Root Entry and the given streams), then ``tail`` as a data sector."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[30:32] = struct.pack("<H", 9)
    header[48:52] = struct.pack("<I", 0)
    header = bytes(header)
    directory = ole_entry("Root Entry", root_class) + b"".join(ole_entry(n) for n in streams)
    directory = directory.ljust(-(-len(directory) // 512) * 512, b"\x00")
    return header + directory + tail


# --- the fixtures are real files -----------------------------------------------------------------

def test_fixtures_are_real_files():
    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(make_pdf())).pages) == 1
    with zipfile.ZipFile(io.BytesIO(make_docx())) as archive:
        assert archive.testzip() is None
    assert ole_entry("WordDocument")[:24] == b"W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t\x00"
    assert ole_entry("WordDocument")[64:66] == b"\x1a\x00"      # 13 characters × 2 bytes
    assert len(ole_entry("Root Entry", EXCEL_CLASS)) == 128


def test_fixture_images_open_in_pillow():
    image = pytest.importorskip("PIL.Image")
    with image.open(io.BytesIO(make_png())) as png:
        png.load()
        assert (png.format, png.size) == ("PNG", (1, 1))


# --- accepted ------------------------------------------------------------------------------------

@pytest.mark.parametrize("data, expected", [
    (make_pdf(), FileType("application/pdf", "pdf", "Dokumen PDF")),
    (JPEG_BYTES, FileType("image/jpeg", "jpg", "Gambar JPEG")),
    (make_png(), FileType("image/png", "png", "Gambar PNG")),
    (make_ole("WordDocument", "1Table"), FileType("application/msword", "doc", "Dokumen Word")),
    (make_ole("Workbook"), FileType("application/vnd.ms-excel", "xls", "Lembar kerja Excel")),
    (make_ole("Book"), FileType("application/vnd.ms-excel", "xls", "Lembar kerja Excel")),   # Excel 95
    (make_docx(), FileType(DOCX_MIME, "docx", "Dokumen Word")),
    (make_xlsx(), FileType(XLSX_MIME, "xlsx", "Lembar kerja Excel")),
], ids=["pdf", "jpeg", "png", "doc", "xls", "xls95", "docx", "xlsx"])
def test_detect_accepts(data, expected):
    assert detect(data) == expected


def test_detect_reads_bytes_like_objects():
    assert detect(bytearray(make_pdf())).extension == "pdf"
    assert detect(memoryview(make_png())).extension == "png"


def test_pdf_with_version_2_and_trailing_newlines():
    pdf = make_pdf().replace(b"%PDF-1.4", b"%PDF-2.0") + b"\r\n\r\n"
    assert detect(pdf).extension == "pdf"


def test_real_xlsx_from_openpyxl():
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active["A1"] = "Rekap konsultasi"
    buffer = io.BytesIO()
    book.save(buffer)
    assert detect(buffer.getvalue()).mime == XLSX_MIME


def test_real_jpeg_from_pillow():
    image = pytest.importorskip("PIL.Image")
    buffer = io.BytesIO()
    image.new("RGB", (4, 4), "white").save(buffer, "JPEG")
    assert detect(buffer.getvalue()).mime == "image/jpeg"


def test_compound_file_with_both_streams_follows_the_root_class():
    # A letter with a pasted spreadsheet, and a workbook with an embedded letter.
    assert detect(make_ole("WordDocument", "Workbook", root_class=WORD_CLASS)).extension == "doc"
    assert detect(make_ole("Workbook", "WordDocument", root_class=EXCEL_CLASS)).extension == "xls"
    assert detect(make_ole("Workbook", "WordDocument")).extension == "doc"      # no class id


def test_word_text_that_spells_a_stream_name_does_not_make_it_excel():
    # Word keeps text as UTF-16LE: 'Workbook' in the body is not a directory entry.
    doc = make_ole("WordDocument", tail=b"\x00" + "Workbook".encode("utf-16-le"))
    assert detect(doc).extension == "doc"


# --- rejected ------------------------------------------------------------------------------------

def rejection(data) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        detect(data)
    return info.value.errors


def test_empty_file_has_its_own_message():
    assert rejection(b"") == EMPTY


@pytest.mark.parametrize("data", [
    b"Surat permohonan konfirmasi setoran.\n",                  # a .txt renamed .pdf
    "Pertanyaan: SPM ditolak\r\n".encode("utf-16"),             # a Notepad 'Unicode' text file
    b"%PDF-lampiran palsu\n%%EOF",                              # starts like a PDF, is not one
    b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
    b"MZ\x90\x00\x03\x00\x00\x00",                              # a Windows program
    b"<!DOCTYPE html><html><body>SP2D</body></html>",
    b"{\\rtf1\\ansi Surat}",
    b"\x89PNG\r\n\x1a\n",                                        # PNG signature and nothing else
    b"\x00",
], ids=["text", "utf16-text", "fake-pdf", "gif", "exe", "html", "rtf", "png-signature-only", "nul"])
def test_detect_rejects_other_content(data):
    assert rejection(data) == UNSUPPORTED


def test_truncated_pdf_is_called_broken():
    pdf = make_pdf()
    assert rejection(pdf[: len(pdf) // 2]) == BROKEN_PDF


@pytest.mark.parametrize("data", [
    make_zip({"surat.txt": "isi"}),                                          # a plain ZIP
    make_zip({"word/document.xml": "<w:document/>"}),                        # no content types
    make_zip({"[Content_Types].xml": CONTENT_TYPES, "ppt/presentation.xml": "<p/>"}),   # .pptx
    make_zip({"[Content_Types].xml": CONTENT_TYPES, "content.xml": "<office/>"}),
    make_docx()[:60],                                                        # cut off
    b"PK\x03\x04",
], ids=["zip", "no-content-types", "pptx", "other-package", "truncated", "zip-signature-only"])
def test_detect_rejects_other_zip_files(data):
    assert rejection(data) == UNSUPPORTED


@pytest.mark.parametrize("data", [
    make_ole(),                                                  # only Root Entry
    make_ole("PowerPoint Document", "Current User"),
    make_ole("EncryptedPackage", "EncryptionInfo"),              # a password-protected .docx
    make_ole("__substg1.0_0037001F"),                             # an Outlook message
    make_ole(tail="WordDocument".encode("utf-16-le") + b"\x00\x00"),    # the name, but not an entry
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
], ids=["empty", "ppt", "encrypted", "msg", "name-in-data", "signature-only"])
def test_detect_rejects_other_compound_files(data):
    assert rejection(data) == UNSUPPORTED


@pytest.mark.parametrize("data", [
    make_docx(**{"word/vbaProject.bin": "vba"}),                 # .docm
    make_xlsx(**{"xl/vbaProject.bin": "vba"}),                   # .xlsm
    make_ole("WordDocument", "Macros"),
    make_ole("Workbook", "_VBA_PROJECT_CUR"),
], ids=["docm", "xlsm", "doc-macros", "xls-macros"])
def test_detect_rejects_macros(data):
    assert rejection(data) == MACROS


def test_rejection_is_filed_under_lampiran():
    with pytest.raises(ValidationError) as info:
        detect(b"teks biasa")
    assert info.value.message == "Jenis berkas tidak didukung. Yang diterima: PDF, JPEG, PNG, Word, Excel."


def test_supported_list():
    assert [t.extension for t in filetypes.SUPPORTED] == ["pdf", "jpg", "png", "doc", "xls", "docx", "xlsx"]


# --- display names -------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("surat.pdf", "surat.pdf"),
    ("C:\\Users\\kppn\\Desktop\\SPM 2026.pdf", "SPM 2026.pdf"),
    ("/home/cso/../../etc/passwd", "passwd"),
    ("..\\..\\boot.ini", "boot.ini"),
    ("scan/halaman 1.jpg", "halaman 1.jpg"),
    ("arsip/", "arsip"),
    ("  Rekap Gaji.xlsx  ", "Rekap Gaji.xlsx"),
    ("surat\r\n\t.pdf", "surat.pdf"),
    ("invoice\u202efdp.exe", "invoicefdp.exe"),          # right-to-left override removed
    ("nota\u200b.pdf", "nota.pdf"),                      # zero-width space removed
    ("laporan: final?.pdf", "laporan_ final_.pdf"),
    ('a<b>c|d*"e".docx', 'a_b_c_d__e_.docx'),
    ("Pe\u0301rez.pdf", "P\u00e9rez.pdf"),               # decomposed accents composed
    ("foto 📷.jpg", "foto 📷.jpg"),
    ("Bukti Setor (1).pdf", "Bukti Setor (1).pdf"),
    ("", "lampiran"),
    ("   ", "lampiran"),
    ("/", "lampiran"),
    ("\\\\server\\share\\", "share"),
    ("..", "lampiran"),
    ("\x00\x01\x7f", "lampiran"),
    (None, "lampiran"),
])
def test_safe_display_name(raw, expected):
    assert safe_display_name(raw) == expected


def test_long_name_keeps_its_extension():
    result = safe_display_name("a" * 200 + ".pdf")
    assert result == "a" * 146 + ".pdf"
    assert len(result) == 150


def test_long_name_trims_spaces_before_the_extension():
    assert safe_display_name("a" * 140 + " " * 10 + "b" * 50 + ".pdf") == "a" * 140 + ".pdf"


def test_long_name_without_a_usable_extension_is_cut():
    assert safe_display_name("b" * 200) == "b" * 150
    assert safe_display_name("c" * 200 + "." + "x" * 30) == "c" * 150


def test_name_of_exactly_the_limit_is_kept():
    name = "d" * 146 + ".pdf"
    assert safe_display_name(name) == name


# --- active content, polyglots and archives that explode (issue 11, items 4 and 5) -------------

ACTIVE = {"lampiran": filetypes.ACTIVE_CONTENT}
TOO_BIG = {"lampiran": filetypes.TOO_BIG_INSIDE}


def _pdf_with(body: bytes) -> bytes:
    pdf = make_pdf()
    at = pdf.index(b"xref")
    return pdf[:at] + body + b"\n" + pdf[at:]


@pytest.mark.parametrize("data", [
    _pdf_with(b"<html><body><script>alert(1)</script></body></html>"),
    _pdf_with(b"<HTA:APPLICATION ID='x'>"),
    _pdf_with(b"\r\n@echo off\r\nstart calc.exe\r\n"),
    _pdf_with(b"\ncmd /c del C:\\\\data\n"),
    _pdf_with(b"4 0 obj<</Type/Action/S/JavaScript/JS(app.alert(1))>>endobj"),
    _pdf_with(b"4 0 obj<</S /Launch /F (cmd.exe)>>endobj"),
    make_png() + b"<script src=x></script>",
], ids=["pdf-html", "pdf-hta", "pdf-batch", "pdf-cmd", "pdf-javascript", "pdf-launch",
        "png-script"])
def test_polyglots_and_active_content_are_refused(data):
    assert rejection(data) == ACTIVE


def test_a_plain_pdf_with_words_like_script_in_its_text_is_kept():
    assert detect(_pdf_with(b"4 0 obj(Transkrip: the description of a body of work)endobj")) \
        == filetypes.PDF


def _zip_bytes(entries: int, size: int = 0) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", b"\x00" * size if size else "<w:document/>")
        for i in range(entries):
            archive.writestr(f"word/media/{i}.xml", "")
    return buffer.getvalue()


def test_office_archives_that_explode_are_refused_quickly():
    import time

    zeros = _zip_bytes(0, size=300 * 1024 * 1024)            # 300 MB of zeros in ~300 KB
    assert len(zeros) < 1024 * 1024
    many = _zip_bytes(filetypes.ZIP_MAX_ENTRIES + 1)
    for data in (zeros, many):
        started = time.perf_counter()
        assert rejection(data) == TOO_BIG
        assert time.perf_counter() - started < 1.0
    assert detect(_zip_bytes(50)) == filetypes.DOCX


@pytest.mark.parametrize("name, kind, expected", [
    ("surat.PDF", filetypes.PDF, "surat.PDF"),
    ("poly.hta", filetypes.PDF, "poly.hta.pdf"),
    ("poly.bat", filetypes.PDF, "poly.bat.pdf"),
    ("foto.jpeg", filetypes.JPEG, "foto.jpeg"),
    ("scan", filetypes.JPEG, "scan.jpg"),
    ("laporan.xlsx", filetypes.DOCX, "laporan.xlsx.docx"),
])
def test_a_stored_name_ends_in_the_extension_of_what_the_file_is(name, kind, expected):
    assert filetypes.name_for(name, kind) == expected
