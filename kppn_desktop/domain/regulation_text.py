"""A regulation's text read the way its readers cite it: the heading ("PERATURAN MENTERI KEUANGAN
REPUBLIK INDONESIA NOMOR 62 TAHUN 2023 TENTANG …") gives its type, number, year and title, and the
body is cut into its articles ("Pasal 12", its "ayat (2)" kept inside)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kppn_desktop.domain.texts import N_

#: Kinds of regulation and guideline, in the order they are offered, with their names.
KINDS: tuple[tuple[str, str], ...] = (
    ("UU", N_("Undang-Undang")),
    ("PP", N_("Peraturan Pemerintah")),
    ("PMK", N_("Peraturan Menteri Keuangan")),
    ("PER", N_("Peraturan Direktur Jenderal")),
    ("KEP", N_("Keputusan")),
    ("SE", N_("Surat Edaran")),
    ("JUKNIS", N_("Petunjuk Teknis")),
    ("ND", N_("Nota Dinas")),
    ("LAIN", N_("Lainnya")),
)
KIND_CODES = tuple(code for code, _ in KINDS)

STATUSES: tuple[tuple[str, str], ...] = (
    ("berlaku", N_("Berlaku")),
    ("diubah", N_("Diubah")),
    ("dicabut", N_("Dicabut")),
)
STATUS_CODES = tuple(code for code, _ in STATUSES)

# The heading's first words name the kind; the longest first (PERATURAN MENTERI before PERATURAN).
_KIND_WORDS = (
    (r"UNDANG[\s-]*UNDANG", "UU"),
    (r"PERATURAN\s+PEMERINTAH", "PP"),
    (r"PERATURAN\s+MENTERI\s+KEUANGAN", "PMK"),
    (r"PERATURAN\s+DIREKTUR\s+JENDERAL", "PER"),
    (r"KEPUTUSAN", "KEP"),
    (r"SURAT\s+EDARAN", "SE"),
    (r"PETUNJUK\s+TEKNIS", "JUKNIS"),
    (r"NOTA\s+DINAS", "ND"),
)
_HEADING = re.compile(
    r"^\W*(?P<kind>" + "|".join(f"(?:{w})" for w, _ in _KIND_WORDS) + r")\b(?P<issuer>.{0,200}?)"
    r"\bNOMOR\s*:?\s*(?P<number>[A-Z0-9][A-Z0-9./-]*)"
    r"(?:\s+TAHUN\s+(?P<year>\d{4}))?"
    r"\s+TENTANG\s+(?P<title>.+?)"
    r"(?=\s+(?:DENGAN\s+RAHMAT|MENIMBANG|MENTERI\s+KEUANGAN|DIREKTUR\s+JENDERAL|PRESIDEN\s+REPUBLIK"
    r"|BAB\s+[IVXLC]+\b|PASAL\s+\d)|$)",
    re.IGNORECASE | re.DOTALL)
#: How much of the start of a document the heading is looked for in.
HEADING_CHARS = 2000
TITLE_LIMIT = 300


@dataclass(frozen=True)
class Heading:
    kind: str          # one of KIND_CODES
    number: str        # '62', 'PER-1/PB/2023', '190/PMK.05/2012'
    year: int
    title: str


def _kind_of(words: str) -> str:
    for pattern, code in _KIND_WORDS:
        if re.fullmatch(pattern, words.strip(), re.IGNORECASE):
            return code
    return "LAIN"


def parse_heading(text: str) -> Heading | None:
    """The heading of a regulation's text, or None when its start does not have the usual form
    (kind, NOMOR, TAHUN or a year inside the number, TENTANG, title)."""
    start = " ".join(text[:HEADING_CHARS].split())
    m = _HEADING.search(start)
    if not m:
        return None
    number = m.group("number").rstrip(".-/").upper()
    year = m.group("year")
    if year is None:
        years = re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", number)
        if not years:
            return None
        year = years[-1]
    title = " ".join(m.group("title").split()).rstrip(" ,.;")[:TITLE_LIMIT]
    if not title:
        return None
    return Heading(_kind_of(m.group("kind")), number, int(year), title)


def citation(kind: str, number: str, year: int, article: str | None = None) -> str:
    """How a regulation (and one of its articles) is cited: 'PMK 62 Tahun 2023 Pasal 12'; a
    number that carries its own kind and year stands alone: 'PER-1/PB/2023 Pasal 3'."""
    base = f"{kind} {number} Tahun {year}" if number.isdigit() else number
    return f"{base} Pasal {article}" if article else base


# --- articles ---------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^\s*Pasal\s+(\d+[A-Z]?|[IVXLC]+)\s*$", re.IGNORECASE)
_CHAPTER = re.compile(r"^\s*(BAB|BAGIAN|PARAGRAF)\s+\S+\s*$", re.IGNORECASE)
_PAGE_MARK = re.compile(r"^\s*(-\s*\d+\s*-|\d+\s*/\s*\d+|Halaman\s+\d+.*)\s*$", re.IGNORECASE)
_CLOSING = re.compile(r"^\s*(Ditetapkan\s+di|Diundangkan\s+di)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ArticleText:
    number: str        # '12', '12A', 'I'
    text: str          # its paragraphs (ayat) as written, whitespace tidied


def split_articles(text: str) -> list[ArticleText]:
    """The articles of ``text``: each starts at a line that is only "Pasal N" and runs to the next
    one, without chapter headings (BAB, Bagian, Paragraf and the title line under each), page
    numbers and the signature block after "Ditetapkan di"."""
    articles: list[ArticleText] = []
    number, lines, skip_title = None, [], False

    def close():
        if number is not None:
            body = "\n".join(_tidy(lines)).strip()
            if body:
                articles.append(ArticleText(number, body))

    for line in text.splitlines():
        if skip_title and line.strip():
            skip_title = False
            if line.strip().isupper():
                continue
        m = _ARTICLE.match(line)
        if m:
            close()
            number, lines = m.group(1).upper(), []
            continue
        if _CHAPTER.match(line):
            skip_title = True
            continue
        if _CLOSING.match(line):
            close()
            number, lines = None, []
            continue
        if _PAGE_MARK.match(line):
            continue
        lines.append(line)
    close()
    return articles


def _tidy(lines: list[str]) -> list[str]:
    """Lines joined into paragraphs: a new paragraph at an empty line or an ayat/point marker."""
    paragraphs: list[str] = []
    new = True
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            new = True
            continue
        if new or re.match(r"^(\(\d+[a-z]?\)|[a-z]\.|\d+\.)\s", line):
            paragraphs.append(line)
        else:
            paragraphs[-1] += " " + line
        new = False
    return paragraphs
