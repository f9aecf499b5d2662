"""A regulation's heading gives its kind, number, year and title; its body is cut into articles
with their ayat inside."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kppn_desktop.domain import regulation_text as rt

ISSUERS = {
    "UU": "UNDANG-UNDANG REPUBLIK INDONESIA",
    "PP": "PERATURAN PEMERINTAH REPUBLIK INDONESIA",
    "PMK": "PERATURAN MENTERI KEUANGAN REPUBLIK INDONESIA",
    "PER": "PERATURAN DIREKTUR JENDERAL PERBENDAHARAAN",
    "KEP": "KEPUTUSAN DIREKTUR JENDERAL PERBENDAHARAAN",
    "SE": "SURAT EDARAN DIREKTUR JENDERAL PERBENDAHARAAN",
}
title_words = st.lists(st.sampled_from(["PELAKSANAAN", "ANGGARAN", "PENDAPATAN", "DAN", "BELANJA",
                                        "NEGARA", "TATA", "CARA", "PEMBAYARAN", "ATAS", "BEBAN"]),
                       min_size=1, max_size=12)


@given(st.sampled_from(sorted(ISSUERS)), st.integers(1, 300), st.integers(1990, 2030),
       title_words, st.sampled_from([" ", "\n", "\n\n", "  \n "]),
       st.sampled_from(["DENGAN RAHMAT TUHAN YANG MAHA ESA", "MENTERI KEUANGAN REPUBLIK "
                        "INDONESIA,", "Menimbang : a. bahwa", "BAB I", "Pasal 1"]))
def test_the_heading_gives_kind_number_year_and_title(kind, number, year, words, gap, after):
    title = " ".join(words)
    text = (f"{ISSUERS[kind]}{gap}NOMOR {number} TAHUN {year}{gap}TENTANG{gap}"
            f"{gap.join(words)}{gap}{after}\nisi")
    assert rt.parse_heading(text) == rt.Heading(kind, str(number), year, title)


@given(st.integers(1, 99), st.integers(2000, 2030))
def test_a_number_that_carries_its_year_needs_no_tahun(n, year):
    text = f"PERATURAN DIREKTUR JENDERAL PERBENDAHARAAN NOMOR PER-{n}/PB/{year} TENTANG " \
           "PETUNJUK TEKNIS SAKTI\n\nDIREKTUR JENDERAL PERBENDAHARAAN,"
    heading = rt.parse_heading(text)
    assert heading == rt.Heading("PER", f"PER-{n}/PB/{year}", year, "PETUNJUK TEKNIS SAKTI")
    assert rt.citation(heading.kind, heading.number, heading.year, "3") == f"PER-{n}/PB/{year} Pasal 3"


def test_text_without_the_usual_heading_has_none():
    assert rt.parse_heading("Catatan rapat seksi tentang SP2D") is None
    assert rt.parse_heading("PERATURAN MENTERI KEUANGAN NOMOR 5 TENTANG X") is None   # no year


@given(st.lists(st.tuples(st.integers(1, 200), st.sampled_from(["A", ""]),
                          st.lists(st.sampled_from(["Dana dicairkan.", "SPM diajukan.",
                                                    "Bendahara menyetor."]), min_size=1,
                                   max_size=3)),
                min_size=1, max_size=8))
def test_articles_are_cut_at_each_pasal_line_with_their_ayat_inside(articles):
    lines = ["PERATURAN …", "BAB I", "KETENTUAN UMUM"]
    for n, suffix, ayat in articles:
        lines += [f"Pasal {n}{suffix}", *[f"({i}) {a}" for i, a in enumerate(ayat, 1)], "- 2 -"]
    lines += ["Ditetapkan di Jakarta", "pada tanggal 1 Juni 2023"]
    found = rt.split_articles("\n".join(lines))
    assert [a.number for a in found] == [f"{n}{s}" for n, s, _ in articles]
    for art, (_n, _s, ayat) in zip(found, articles):
        assert art.text.split("\n") == [f"({i}) {a}" for i, a in enumerate(ayat, 1)]


def test_citation_of_a_numbered_regulation():
    assert rt.citation("PMK", "62", 2023, "12") == "PMK 62 Tahun 2023 Pasal 12"
    assert rt.citation("UU", "1", 2004) == "UU 1 Tahun 2004"
