"""Regulations into the library from files: PDF (its text layer, read with pypdfium2), DOCX and
TXT, one file or a folder. Type, number, year and title come from the document's heading, else
from a manifest (CSV), else the caller is told what is missing. Every file is read and checked
before anything is written, and all are written in one transaction: one refused file means
nothing of the batch is imported."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from xml.etree import ElementTree

from kppn_desktop.domain import regulation_text
from kppn_desktop.domain.errors import KppnError, ValidationError
from kppn_desktop.domain.texts import N_, Text
from kppn_desktop.domain.workflow import Action
from kppn_desktop.services.context import Actor, audit, require, transaction
from kppn_desktop.storage import library_index
from kppn_desktop.storage.models import Article, Category, Regulation, RegulationCategory, utcnow

SUFFIXES = (".pdf", ".docx", ".txt")
#: Fewer letters than this per page: the PDF is a scan without a text layer.
MIN_LETTERS_PER_PAGE = 40
MANIFEST_COLUMNS = ("berkas", "jenis", "nomor", "tahun", "judul", "berlaku_sejak", "status",
                    "kategori")


#: Why a file without a readable heading and without a manifest row is refused.
NO_HEADING = ("kepala peraturan (JENIS … NOMOR … TAHUN … TENTANG …) tidak dikenali; isi jenis, "
              "nomor, tahun dan judulnya di manifest (--manifest BERKAS.csv, kolom berkas,jenis,"
              "nomor,tahun,judul).")


class _RowProblem(KppnError):
    """What is wrong with one row of a manifest."""


class ImportRefused(KppnError):
    """One or more files cannot be imported; ``problems`` maps each file's name to why. Nothing
    was imported. ``headingless`` names the files refused only because their heading could not
    be read and no manifest row named them (the window asks for those details instead)."""

    def __init__(self, problems: dict[str, str], headingless: tuple[str, ...] = ()):
        self.problems = dict(problems)
        self.headingless = tuple(headingless)
        lines = [f"{name}: {why}" for name, why in self.problems.items()]
        super().__init__("Tidak ada yang diimpor. " + " ".join(lines))


@dataclass(frozen=True)
class ManifestRow:
    kind: str
    number: str
    year: int
    title: str
    in_force_on: dt.date | None = None
    status: str = "berlaku"
    categories: tuple[str, ...] = ()


@dataclass
class ImportResult:
    regulations: list[str] = field(default_factory=list)      # their citations
    articles: int = 0

    @property
    def message(self) -> str:
        return (f"{len(self.regulations)} peraturan ({self.articles} pasal) diimpor: "
                + ", ".join(self.regulations) + ".")


# --- reading the files ---------------------------------------------------------------------

def _pdf_text(data: bytes) -> str:
    import pypdfium2  # noqa: PLC0415 - only when a PDF is imported

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ImportRefused({"": "berkas PDF terenkripsi (dilindungi kata sandi); simpan "
                                     "ulang tanpa kata sandi lalu impor kembali."}) from None
        raise ImportRefused({"": "berkas PDF rusak atau bukan PDF."}) from None
    try:
        pages = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        pdf.close()
    letters = sum(ch.isalpha() for text in pages for ch in text)
    if not pages or letters < MIN_LETTERS_PER_PAGE * len(pages):
        raise ImportRefused({"": "PDF ini hasil pindaian tanpa lapisan teks; jalankan OCR "
                                 "terlebih dahulu atau impor berkas DOCX/TXT-nya."})
    return "\n".join(pages).replace("\r\n", "\n").replace("\r", "\n")


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_text(data: bytes) -> str:
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ImportRefused({"": "berkas DOCX terenkripsi (dilindungi kata sandi) atau format "
                                 "Word lama (.doc); simpan ulang sebagai DOCX tanpa kata sandi."})
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            xml = z.read("word/document.xml")
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError):
        raise ImportRefused({"": "berkas DOCX rusak atau bukan DOCX."}) from None
    lines = []
    for para in root.iter(f"{_W}p"):
        parts = []
        for node in para.iter():
            if node.tag == f"{_W}t":
                parts.append(node.text or "")
            elif node.tag == f"{_W}tab":
                parts.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        lines.append("".join(parts))
    return "\n".join(lines)


def _txt_text(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise ImportRefused({"": "berkas TXT ini bukan teks (berisi data biner)."})
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_READERS = {".pdf": _pdf_text, ".docx": _docx_text, ".txt": _txt_text}


def read_text(name: str, data: bytes) -> str:
    """The text of one file by its extension; :class:`ImportRefused` (keyed '') when it cannot
    be read."""
    reader = _READERS.get(Path(name).suffix.lower())
    if reader is None:
        raise ImportRefused({"": "jenis berkas tidak didukung (hanya PDF, DOCX dan TXT)."})
    return reader(data)


# --- the manifest ----------------------------------------------------------------------------

def read_manifest(data: bytes) -> dict[str, ManifestRow]:
    """Rows of a manifest CSV (comma or semicolon separated, header ``berkas,jenis,nomor,tahun,
    judul,berlaku_sejak,status,kategori``; categories separated by '|'), by file name."""
    text = data.decode("utf-8-sig")
    dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;")
    rows: dict[str, ManifestRow] = {}
    problems: dict[str, str] = {}
    for i, row in enumerate(csv.DictReader(io.StringIO(text), dialect=dialect), start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        name = Path(row.get("berkas", "")).name
        try:
            kind = row.get("jenis", "").upper()
            if kind not in regulation_text.KIND_CODES:
                raise _RowProblem(N_("jenis '{kind}' tidak dikenal ({known})"),
                                  kind=row.get("jenis", ""),
                                  known=", ".join(regulation_text.KIND_CODES))
            status = (row.get("status") or "berlaku").lower()
            if status not in regulation_text.STATUS_CODES:
                raise _RowProblem(N_("status '{status}' tidak dikenal"), status=status)
            if not row.get("nomor") or not row.get("judul") or not name:
                raise _RowProblem(N_("berkas, nomor dan judul wajib diisi"))
            rows[name] = ManifestRow(
                kind, row["nomor"].upper(), int(row.get("tahun", "")), row["judul"],
                dt.date.fromisoformat(row["berlaku_sejak"]) if row.get("berlaku_sejak") else None,
                status, tuple(c.strip() for c in row.get("kategori", "").split("|") if c.strip()))
        except _RowProblem as exc:
            problems[Text(N_("manifest baris {n}"), n=i)] = exc.message
        except ValueError as exc:      # a year or a date that is not one
            problems[Text(N_("manifest baris {n}"), n=i)] = str(exc)
    if problems:
        raise ImportRefused(problems)
    return rows


def regulation_details(kind: str, number: str, year: int | str, title: str) -> ManifestRow:
    """Type, number, year and title typed for a file whose heading was not recognised, checked:
    :class:`ValidationError` naming each field that is wrong (``kind``, ``number``, ``year``,
    ``title``)."""
    errors: dict[str, str] = {}
    kind = (kind or "").strip().upper()
    if kind not in regulation_text.KIND_CODES:
        errors["kind"] = "Pilih jenis peraturan."
    number = " ".join((number or "").split()).upper()
    if not number:
        errors["number"] = "Nomor peraturan wajib diisi, mis. 62 atau PER-7/PB/2024."
    elif len(number) > 60:
        errors["number"] = "Nomor peraturan paling panjang 60 karakter."
    this_year = dt.date.today().year
    try:
        year = int(str(year).strip())
        if not 1945 <= year <= this_year + 1:
            raise ValueError
    except ValueError:
        errors["year"] = f"Tahun antara 1945 dan {this_year + 1}."
    title = " ".join((title or "").split())
    if len(title) < 5:
        errors["title"] = "Judul (tentang …) wajib diisi, paling sedikit 5 huruf."
    elif len(title) > 300:
        errors["title"] = "Judul paling panjang 300 karakter."
    if errors:
        raise ValidationError(errors)
    return ManifestRow(kind, number, year, title)


# --- the import --------------------------------------------------------------------------------

def files_in(paths: list[str | Path]) -> list[Path]:
    """The files named, and the PDF, DOCX and TXT files inside the folders named, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            out.append(p)
    return out


@dataclass(frozen=True)
class _Prepared:
    name: str
    sha256: str
    meta: ManifestRow
    articles: list[regulation_text.ArticleText]


class _NoHeading(ImportRefused):
    pass


def _prepare(name: str, data: bytes, sha: str, manifest: dict[str, ManifestRow]) -> _Prepared:
    if Regulation.select().where(Regulation.source_sha256 == sha).exists():
        raise ImportRefused({"": "berkas ini sudah pernah diimpor ke perpustakaan."})
    text = read_text(name, data)
    heading = regulation_text.parse_heading(text)
    meta = manifest.get(name)
    if meta is None:
        if heading is None:
            raise _NoHeading({"": NO_HEADING})
        meta = ManifestRow(heading.kind, heading.number, heading.year, heading.title)
    if (Regulation.select().where(Regulation.kind == meta.kind, Regulation.number == meta.number,
                                  Regulation.year == meta.year).exists()):
        raise ImportRefused({"": f"{regulation_text.citation(meta.kind, meta.number, meta.year)} "
                                 "sudah ada di perpustakaan."})
    articles = regulation_text.split_articles(text)
    if not articles:
        raise ImportRefused({"": "tidak ada pasal yang dikenali (baris 'Pasal 1', 'Pasal 2', …)."})
    return _Prepared(name, sha, meta, articles)


def import_files(actor: Actor, files: list[tuple[str, bytes]], manifest: bytes | None = None,
                 *, sample: bool = False,
                 progress: Callable[[int, int], None] | None = None,
                 details: dict[str, ManifestRow] | None = None) -> ImportResult:
    """Import ``files`` (name, bytes) as regulations with their articles, indexed for search.
    ``details`` gives type, number, year and title by file name, as a manifest row would (typed
    in the window for a file whose heading was not recognised). All or nothing:
    :class:`ImportRefused` names every file that cannot be imported and why."""
    require(actor, Action.MANAGE_LIBRARY)
    rows = read_manifest(manifest) if manifest else {}
    rows.update(details or {})
    problems: dict[str, str] = {}
    headingless: list[str] = []
    prepared: list[_Prepared] = []
    seen: dict[str, str] = {}
    keys: dict[tuple, str] = {}
    for i, (name, data) in enumerate(files):
        name = Path(name).name
        sha = hashlib.sha256(data).hexdigest()
        try:
            if sha in seen:
                raise ImportRefused({"": Text(N_("isinya sama dengan {name} pada impor ini."),
                                              name=seen[sha])})
            seen[sha] = name
            item = _prepare(name, data, sha, rows)
            key = (item.meta.kind, item.meta.number, item.meta.year)
            if key in keys:
                raise ImportRefused({"": Text(N_("peraturan yang sama dengan {name} pada impor "
                                                 "ini."), name=keys[key])})
            keys[key] = name
            prepared.append(item)
        except ImportRefused as exc:
            whys = list(exc.problems.values())
            problems[name] = whys[0] if len(whys) == 1 else " ".join(whys)
            if isinstance(exc, _NoHeading):
                headingless.append(name)
        if progress:
            progress(i + 1, len(files) * 2)
    if not files:
        problems["(kosong)"] = Text(N_("tidak ada berkas PDF, DOCX atau TXT yang dipilih."))
    if problems:
        raise ImportRefused(problems, tuple(headingless))
    categories = {name.lower(): cid for cid, name in Category.select(Category.id, Category.name)
                  .tuples()}
    result = ImportResult()
    with transaction():
        for i, item in enumerate(prepared):
            m = item.meta
            missing = [c for c in m.categories if c.lower() not in categories]
            if missing:
                raise ImportRefused({item.name: "kategori tidak dikenal: " + ", ".join(missing)})
            reg = Regulation.create(kind=m.kind, number=m.number, year=m.year, title=m.title[:300],
                                    in_force_on=m.in_force_on, status=m.status,
                                    source_sha256=item.sha256, source_name=item.name[:160],
                                    sample=sample, imported_at=utcnow(),
                                    imported_by=actor.user_id if actor else None)
            for c in dict.fromkeys(categories[c.lower()] for c in m.categories):
                RegulationCategory.create(regulation=reg.id, category=c)
            Article.insert_many([{"regulation": reg.id, "number": a.number, "position": n,
                                  "text": a.text} for n, a in enumerate(item.articles)]).execute()
            library_index.index_regulation(reg.id)
            result.regulations.append(regulation_text.citation(m.kind, m.number, m.year))
            result.articles += len(item.articles)
            if progress:
                progress(len(files) + i + 1, len(files) * 2)
        audit(actor, "perpustakaan", "impor", peraturan=result.regulations,
              pasal=result.articles)
    return result


def import_paths(actor: Actor, paths: list[str | Path], manifest: str | Path | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 details: dict[str, ManifestRow] | None = None) -> ImportResult:
    """:func:`import_files` for files and folders on disk."""
    require(actor, Action.MANAGE_LIBRARY)
    files = []
    for f in files_in(paths):
        try:
            files.append((f.name, f.read_bytes()))
        except OSError as exc:
            raise ImportRefused({f.name: f"tidak dapat dibaca ({exc.strerror})."}) from None
    data = Path(manifest).read_bytes() if manifest else None
    return import_files(actor, files, data, progress=progress, details=details)

