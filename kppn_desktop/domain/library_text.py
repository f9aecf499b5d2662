"""The words the library search looks for: Indonesian text cut into words, stemmed by the Snowball
Indonesian stemmer, and the treasury's abbreviations tied to their long forms.

Both engines are fed the output of :func:`index_terms` and asked with :func:`query_terms`, so
SQLite's FTS5 and PostgreSQL's ``tsvector`` (the ``simple`` configuration) see the same stems:
"dicairkan", "pencairan" and "mencairkan" all become ``cair`` here, not in the database
(docs/DECISIONS.md, "Library search stems in Python")."""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass

import Stemmer

#: Abbreviations staff and stakeholders type, with their long forms (DOMAIN.md vocabulary).
ABBREVIATIONS: dict[str, str] = {
    "spm": "surat perintah membayar",
    "sp2d": "surat perintah pencairan dana",
    "spp": "surat permintaan pembayaran",
    "up": "uang persediaan",
    "tup": "tambahan uang persediaan",
    "gup": "penggantian uang persediaan",
    "ls": "pembayaran langsung",
    "kkp": "kartu kredit pemerintah",
    "sakti": "sistem aplikasi keuangan tingkat instansi",
    "dipa": "daftar isian pelaksanaan anggaran",
    "rpd": "rencana penarikan dana",
    "skpp": "surat keterangan penghentian pembayaran",
    "lpj": "laporan pertanggungjawaban",
    "ppk": "pejabat pembuat komitmen",
    "ppspm": "pejabat penanda tangan surat perintah membayar",
    "kpa": "kuasa pengguna anggaran",
    "sptjm": "surat pernyataan tanggung jawab mutlak",
    "pnbp": "penerimaan negara bukan pajak",
    "pmk": "peraturan menteri keuangan",
    "bast": "berita acara serah terima",
    "adk": "arsip data komputer",
    "kppn": "kantor pelayanan perbendaharaan negara",
}

#: Words too common to tell one answer from another; dropped before stemming.
STOPWORDS = frozenset("""
    yang dan di ke dari untuk dengan ini itu atau pada dalam adalah apakah bagaimana apa bisa
    dapat akan oleh sebagai juga ada kami saya kita anda mohon tersebut bila jika agar sudah belum
    harus tidak ya tentang serta para se nya hal karena maka kepada bahwa telah masih lagi saja
    sehingga setiap suatu atas bagi secara antara hanya lebih sebagaimana dimaksud
""".split())

_WORD = re.compile(r"[0-9A-Za-z\u00C0-\u024F]+")
#: How long a snippet is, in words, around its best-matching stretch.
SNIPPET_WORDS = 28
MARK_OPEN, MARK_CLOSE = "«", "»"


@functools.lru_cache(maxsize=1)
def _stemmer():
    return Stemmer.Stemmer("indonesian")


@functools.lru_cache(maxsize=20000)
def stems(word: str) -> tuple[str, ...]:
    """The stem of one word, lower-cased (``stems("Pencairan") == ("cair",)``), and a second one
    where Snowball cannot know the root's first letter. Snowball restores the letter the prefix
    swallowed after meny-/peny- (s) and mem-/pem- (p), but not after men-/pen-, which only
    swallow a t ("menolak", "penolakan" -> "olak"; "ditolak" -> "tolak"): the t is put back.
    After meng-/peng- the root began with a vowel or a swallowed k ("mengajukan" -> "aju",
    "mengirim" -> "irim"; "dikirim" -> "kirim"): both are kept."""
    word = word.lower()
    if any(ch.isdigit() for ch in word) or word in ABBREVIATIONS:
        return (word,)
    base = _stemmer().stemWord(word)
    if base[:1] in _VOWELS:
        if word[:4] in ("meng", "peng") and word[4:].startswith(base):
            return (base, "k" + base)
        if word[:3] in ("men", "pen") and word[3:].startswith(base):
            return ("t" + base,)
    return (base,)


def stem(word: str) -> str:
    """The first of :func:`stems`."""
    return stems(word)[0]


_VOWELS = frozenset("aeiou")


def words(text: str) -> list[str]:
    """The words of ``text`` in order, as typed."""
    return _WORD.findall(text)


def _stem_groups(text: str) -> list[tuple[str, ...]]:
    return [stems(w) for w in words(text) if w.lower() not in STOPWORDS]


def _stems(text: str) -> list[str]:
    return [s for group in _stem_groups(text) for s in group]


_LONG_FORMS = {abbr: tuple(stem(w) for w in long.split() if w not in STOPWORDS)
               for abbr, long in ABBREVIATIONS.items()}


_BY_FIRST_STEM: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
for _abbr, _long in _LONG_FORMS.items():
    _BY_FIRST_STEM.setdefault(_long[0], []).append((_abbr, _long))


def _abbreviations_in(stems: list[str]) -> list[str]:
    """The abbreviations whose long form appears, word after word, among ``stems`` (in the
    order of the table)."""
    found = set()
    for i, s in enumerate(stems):
        for abbr, long in _BY_FIRST_STEM.get(s, ()):
            if tuple(stems[i:i + len(long)]) == long:
                found.add(abbr)
    return [abbr for abbr in _LONG_FORMS if abbr in found]


def index_terms(text: str) -> str:
    """The stems of ``text`` for the index, space-separated, with each abbreviation's long form
    added after it and each long form's abbreviation added at the end."""
    groups = _stem_groups(text)
    out = []
    for group in groups:
        out.extend(group)
        if group[0] in _LONG_FORMS:
            out.extend(_LONG_FORMS[group[0]])
    out.extend(_abbreviations_in([g[0] for g in groups]))
    return " ".join(out)


def query_terms(text: str) -> list[str]:
    """The distinct stems to look for, in the order typed; a long form also asks for its
    abbreviation (the index holds the abbreviation wherever either was written)."""
    groups = _stem_groups(text)
    seen: dict[str, None] = {}
    for s in [*(s for g in groups for s in g), *_abbreviations_in([g[0] for g in groups])]:
        seen.setdefault(s, None)
    return list(seen)


@dataclass(frozen=True)
class Snippet:
    """A stretch of a text with the words that matched the query marked «like this»."""

    text: str

    def html(self) -> str:
        """For a rich-text label: escaped, the matched words in bold."""
        return (html.escape(self.text).replace(MARK_OPEN, "<b>").replace(MARK_CLOSE, "</b>"))

    def plain(self) -> str:
        return self.text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def snippet(text: str, terms: list[str] | set[str], length: int = SNIPPET_WORDS) -> Snippet:
    """The stretch of ``length`` words of ``text`` that holds the most words whose stem (or the
    long form of whose abbreviation) is in ``terms``, those words marked."""
    wanted = set(terms)
    for term in terms:          # an abbreviation asked for: its long form is a match too
        wanted.update(_LONG_FORMS.get(term, ()))
    spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    if not spans:
        return Snippet("")

    def hit(word: str) -> bool:
        found = stems(word)
        return bool(wanted.intersection(found)) or (
            found[0] in _LONG_FORMS and bool(wanted & set(_LONG_FORMS[found[0]])))

    hits = [hit(w) for _s, _e, w in spans]
    best, best_count = 0, -1
    count = sum(hits[:length])
    for first in range(max(1, len(spans) - length + 1)):
        if first:
            count += (hits[first + length - 1] if first + length - 1 < len(hits) else 0) \
                - hits[first - 1]
        if count > best_count:
            best, best_count = first, count
    last = min(len(spans), best + length) - 1
    pieces, cursor = [], spans[best][0] if best else 0
    for (start, end, word), is_hit in zip(spans[best:last + 1], hits[best:last + 1]):
        pieces.append(text[cursor:start])
        pieces.append(f"{MARK_OPEN}{word}{MARK_CLOSE}" if is_hit else word)
        cursor = end
    body = " ".join("".join(pieces).split())
    return Snippet(("… " if best else "") + body + (" …" if last < len(spans) - 1 else ""))


# --- personal data out of past answers -----------------------------------------------------------

_PERSONAL = (
    re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"),                      # e-mail
    re.compile(r"(?<!\d)\d{16,18}(?!\d)"),                           # NIP, NIK
    re.compile(r"(?<![\w+])(\+62|62|0)[\s-]?8\d{1,3}([\s-]?\d{2,4}){2,3}(?!\d)"),  # mobile
)
REDACTED = "[…]"


def redact(text: str, names: list[str] | tuple[str, ...] = ()) -> str:
    """``text`` without e-mail addresses, NIP/NIK, mobile numbers and the given ``names`` (the
    stakeholder's, the contact person's): what a past answer shows to another stakeholder's CSO."""
    for pattern in _PERSONAL:
        text = pattern.sub(REDACTED, text)
    for name in sorted({n.strip() for n in names if len(n.strip()) >= 3}, key=len, reverse=True):
        text = re.sub(re.escape(name), REDACTED, text, flags=re.IGNORECASE)
    return text
