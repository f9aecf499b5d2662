"""What kind of file an attachment really is, decided from its bytes, and a safe name to show.

The name a stakeholder gives a file says nothing reliable about it: a text file renamed
'surat.pdf' must not be stored as a PDF, and a name may carry folders or invisible characters.
"""

from __future__ import annotations

import io
import re
import unicodedata
import uuid
import zipfile
from dataclasses import dataclass
from typing import NoReturn

from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.domain.texts import N_

FIELD = "lampiran"
UNSUPPORTED = "Jenis berkas tidak didukung. Yang diterima: PDF, JPEG, PNG, Word, Excel."
EMPTY = "Berkas kosong (0 byte); tidak ada yang dapat dilampirkan."
BROKEN_PDF = "Berkas PDF rusak atau tidak lengkap. Simpan ulang berkasnya, lalu lampirkan lagi."
MACROS = ("Berkas Word/Excel yang memuat makro tidak diterima. Simpan sebagai .docx atau .xlsx "
          "tanpa makro, lalu lampirkan lagi.")
ACTIVE_CONTENT = ("Berkas ini memuat isi yang dapat dijalankan (HTML, skrip, JavaScript atau "
                  "perintah menjalankan program) dan tidak diterima. Minta berkas yang dicetak "
                  "ulang ke PDF biasa.")
TOO_BIG_INSIDE = ("Berkas Word/Excel ini terlalu besar setelah dibuka (terlalu banyak isi atau "
                  "terkompresi tidak wajar) dan tidak diterima.")

#: Office Open XML limits: a real letter or workbook stays far below them.
ZIP_MAX_ENTRIES = 10_000
ZIP_MAX_UNCOMPRESSED = 300 * 1024 * 1024
ZIP_MAX_RATIO = 200


@dataclass(frozen=True)
class FileType:
    mime: str
    extension: str      # without the dot
    label: str          # Indonesian, for lists and the audit trail


PDF = FileType("application/pdf", "pdf", N_("Dokumen PDF"))
JPEG = FileType("image/jpeg", "jpg", N_("Gambar JPEG"))
PNG = FileType("image/png", "png", N_("Gambar PNG"))
DOC = FileType("application/msword", "doc", N_("Dokumen Word"))
XLS = FileType("application/vnd.ms-excel", "xls", N_("Lembar kerja Excel"))
DOCX = FileType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
                N_("Dokumen Word"))
XLSX = FileType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
                N_("Lembar kerja Excel"))

SUPPORTED: tuple[FileType, ...] = (PDF, JPEG, PNG, DOC, XLS, DOCX, XLSX)

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_SIGNATURE = b"PK\x03\x04"
# Readers look for the end-of-file marker only near the end (PDF 1.7 reference, implementation
# note 18); a file without it was cut off in transit.
_PDF_TAIL = 1024


# A file that opens as a PDF or an image but also as a web page or a batch file (a polyglot) is
# refused whatever its name: markers that a real document, compressed or not, never holds.
_ACTIVE = re.compile(
    rb"(?i)<\s*(script|html|hta:application|body|iframe|object|embed)[\s>]|<!doctype\s+html"
    rb"|(^|[\r\n])[ \t]*@?echo[ \t]+off|(^|[\r\n])[ \t]*(cmd(\.exe)?[ \t]+/c|powershell"
    rb"(\.exe)?[ \t]+-)")
# PDF actions that run something: JavaScript, launching a program. Matched as dictionary entries
# ('/S /JavaScript', '/JS (...)'), which random compressed bytes do not spell.
_PDF_ACTIONS = re.compile(rb"/S\s*/(JavaScript|Launch)\b|/JS\s*[(<]|/Launch\s*<<")


def _reject(message: str = UNSUPPORTED) -> NoReturn:
    raise ValidationError({FIELD: message})


def detect(data: bytes) -> FileType:
    """The type of an attachment from its content alone: PDF, JPEG, PNG, Word (.doc, .docx) or
    Excel (.xls, .xlsx). Anything else, an empty file, a truncated PDF or an Office file with
    macros raises ValidationError under 'lampiran'."""
    if not isinstance(data, bytes):
        data = bytes(data)
    if not data:
        _reject(EMPTY)
    kind = _kind(data)
    if _ACTIVE.search(data):
        _reject(ACTIVE_CONTENT)
    return kind


def _kind(data: bytes) -> FileType:
    if data.startswith(b"%PDF-"):
        if not re.match(rb"%PDF-[12]\.[0-9]", data):
            _reject()
        if b"%%EOF" not in data[-_PDF_TAIL:]:
            _reject(BROKEN_PDF)
        if _PDF_ACTIONS.search(data):
            _reject(ACTIVE_CONTENT)
        return PDF
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(_PNG_SIGNATURE) and data[12:16] == b"IHDR":
        return PNG
    if data.startswith(_OLE_SIGNATURE):
        return _legacy_office(data)
    if data.startswith(_ZIP_SIGNATURE):
        return _open_xml(data)
    _reject()


# --- legacy Office (OLE2 compound file) ----------------------------------------------------------

def _has_stream(data: bytes, name: str) -> bool:
    """Whether the compound file's directory holds an entry called ``name``.

    A directory entry is 128 bytes: the name in UTF-16LE padded to 64 bytes, then its length in
    bytes including the terminating NUL. Entries sit at multiples of 128 after the 512-byte
    header, because sectors are 512 or 4096 bytes. Demanding that position and the length field
    keeps text inside a document (Word stores text as UTF-16LE too) from passing for a stream.
    """
    encoded = name.encode("utf-16-le") + b"\x00\x00"
    size = len(encoded).to_bytes(2, "little")
    start = 512
    while (at := data.find(encoded, start)) != -1:
        if at % 128 == 0 and data[at + 64:at + 66] == size:
            return True
        start = at + 1
    return False


# Class ids of an Excel root storage (Excel 97+, Excel 5/95) as stored: GUID fields little-endian.
_EXCEL_CLASSES = frozenset(uuid.UUID(c).bytes_le for c in (
    "00020820-0000-0000-c000-000000000046", "00020810-0000-0000-c000-000000000046"))


def _root_class(data: bytes) -> bytes:
    """The class id of the Root Entry, the first entry of the first directory sector."""
    shift = int.from_bytes(data[30:32], "little")
    if shift not in (9, 12):                  # 512- or 4096-byte sectors; anything else is damage
        return b""
    root = (int.from_bytes(data[48:52], "little") + 1) << shift
    return data[root + 80:root + 96]


def _legacy_office(data: bytes) -> FileType:
    if _has_stream(data, "Macros") or _has_stream(data, "_VBA_PROJECT_CUR"):
        _reject(MACROS)
    word = _has_stream(data, "WordDocument")
    excel = _has_stream(data, "Workbook") or _has_stream(data, "Book")    # Book: Excel 5/95
    if word and excel:
        # One is an embedded object (a table pasted into a letter, or the reverse); the search
        # does not see nesting, so the root's class id decides, Word when it says nothing.
        return XLS if _root_class(data) in _EXCEL_CLASSES else DOC
    if word:
        return DOC
    if excel:
        return XLS
    # PowerPoint, Outlook messages, installers and password-protected .docx/.xlsx land here.
    _reject()


# --- Office Open XML (ZIP) -----------------------------------------------------------------------

def _entries_declared(data: bytes) -> int | None:
    """The entry count in the end-of-central-directory record (read before anything else, so a
    file with 200,000 entries is refused without listing them); None when missing or ZIP64."""
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if at < 0 or at + 22 > len(data):
        return None
    count = int.from_bytes(data[at + 10:at + 12], "little")
    return None if count == 0xFFFF else count


def _open_xml(data: bytes) -> FileType:
    declared = _entries_declared(data)
    if declared is None:
        _reject()
    if declared > ZIP_MAX_ENTRIES:
        _reject(TOO_BIG_INSIDE)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        _reject()
    names = [i.filename for i in infos]
    unpacked = sum(i.file_size for i in infos)
    if (len(infos) > ZIP_MAX_ENTRIES or unpacked > ZIP_MAX_UNCOMPRESSED
            or any(i.file_size > ZIP_MAX_RATIO * max(i.compress_size, 1024) for i in infos)):
        _reject(TOO_BIG_INSIDE)
    if "[Content_Types].xml" not in names:
        _reject()
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        _reject(MACROS)
    if any(n.startswith("word/") for n in names):
        return DOCX
    if any(n.startswith("xl/") for n in names):
        return XLSX
    _reject()


# --- names ---------------------------------------------------------------------------------------

NAME_LIMIT = 150
_DEFAULT_NAME = "lampiran"
# Characters Windows refuses in a file name; the name may become the default when saving a copy.
_WINDOWS_RESERVED = re.compile(r'[<>:"|?*]')
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,10}$")


def safe_display_name(name: str) -> str:
    """The file's base name fit to show and to offer when saving: folders removed (both / and \\),
    control and invisible formatting characters removed, characters Windows forbids replaced by
    '_', at most 150 characters with the extension kept, and never empty ('lampiran')."""
    text = unicodedata.normalize("NFC", name or "")
    # Every C* category: control characters, and format characters such as U+202E, which can
    # make 'fdp.exe' display as 'exe.pdf'.
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("C"))
    parts = [p for p in re.split(r"[/\\]", text) if p.strip()]
    text = parts[-1].strip() if parts else ""
    text = _WINDOWS_RESERVED.sub("_", text)
    if text in ("", ".", ".."):
        return _DEFAULT_NAME
    if len(text) > NAME_LIMIT:
        ext = _EXTENSION.search(text)
        suffix = ext.group() if ext and ext.start() > 0 else ""
        text = text[:NAME_LIMIT - len(suffix)].rstrip(" .") + suffix
    return text or _DEFAULT_NAME


_ALIASES = {"jpg": ("jpg", "jpeg"), "doc": ("doc",), "xls": ("xls",), "pdf": ("pdf",),
            "png": ("png",), "docx": ("docx",), "xlsx": ("xlsx",)}


def name_for(name: str, kind: FileType) -> str:
    """``name`` (already :func:`safe_display_name`) ending in the extension of what the file is,
    so that opening it starts the viewer of that type and nothing else: 'surat.PDF' stays,
    'poly.hta' becomes 'poly.hta.pdf', 'scan' becomes 'scan.jpg'."""
    ext = _EXTENSION.search(name)
    if ext and ext.group()[1:].lower() in _ALIASES[kind.extension]:
        return name
    suffix = "." + kind.extension
    return name[:NAME_LIMIT - len(suffix)].rstrip(" .") + suffix


def by_mime(mime: str) -> FileType | None:
    return next((kind for kind in SUPPORTED if kind.mime == mime), None)
