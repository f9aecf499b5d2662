"""The words the library search looks for: each Indonesian form of a word finds the others,
abbreviations meet their long forms, snippets mark what matched, past answers lose personal
data."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kppn_desktop.domain import library_text as lt

# Roots with their affixed forms as they appear in treasury writing.
FAMILIES = {
    "cair": ["cair", "dicairkan", "pencairan", "mencairkan", "pencairannya"],
    "bayar": ["bayar", "dibayar", "dibayarkan", "pembayaran", "membayarkan"],
    "ubah": ["ubah", "diubah", "perubahan", "mengubah"],
    "ajukan": ["diajukan", "pengajuan", "mengajukan"],
    "tolak": ["ditolak", "penolakan", "menolak"],            # men-/pen- swallow the t
    "terbit": ["diterbitkan", "menerbitkan", "penerbitan"],
    "kirim": ["dikirim", "mengirim", "pengiriman"],          # meng-/peng- may swallow a k
    "setor": ["disetor", "penyetoran", "disetorkan"],
}


@given(st.sampled_from(sorted(FAMILIES)), st.data())
def test_every_form_of_a_word_has_the_same_stem(root, data):
    a = data.draw(st.sampled_from(FAMILIES[root]))
    b = data.draw(st.sampled_from(FAMILIES[root]))
    assert set(lt.query_terms(a)) & set(lt.index_terms(f"Dana {b} oleh bendahara").split())


@given(st.sampled_from(sorted(lt.ABBREVIATIONS)), st.booleans())
def test_an_abbreviation_and_its_long_form_meet_in_the_index(abbr, upper):
    long = lt.ABBREVIATIONS[abbr]
    written = long.title() if upper else long
    # typed as the abbreviation, written in full
    assert abbr in lt.index_terms(f"Syarat {written} lengkap").split()
    assert abbr in lt.query_terms(abbr.upper())
    # typed in full, written as the abbreviation
    assert abbr in lt.query_terms(f"bagaimana {written}")
    assert abbr in lt.index_terms(f"Syarat {abbr.upper()} lengkap").split()


def test_common_words_are_not_looked_for():
    assert lt.query_terms("Bagaimana cara untuk dan yang di") == ["cara"]


@settings(max_examples=60)
@given(st.lists(st.sampled_from(["dana", "dicairkan", "oleh", "KPPN", "setelah", "SPM",
                                 "lengkap", "pagu", "(1)", "bendahara"]), min_size=1, max_size=80))
def test_a_snippet_is_a_stretch_of_the_text_with_every_match_in_it_marked(tokens):
    text = " ".join(tokens)
    snip = lt.snippet(text, lt.query_terms("pencairan"))
    plain = snip.plain().strip("… ")
    assert plain in " ".join(text.split())
    assert len(lt.words(plain)) <= lt.SNIPPET_WORDS
    assert "«dicairkan»" in snip.text or "dicairkan" not in plain
    assert "«dana»" not in snip.text


def test_snippet_html_is_escaped_and_bold():
    snip = lt.snippet("<script> dana dicairkan", ["cair"])
    assert snip.html() == "&lt;script&gt; dana <b>dicairkan</b>"


def test_personal_data_is_taken_out_of_a_past_answer():
    text = ("Ibu Nurhayati Saleh (NIP 198503172010122001, HP +62 812-4455-6677, "
            "nurhayati@kemenag.go.id) menanyakan SP2D 240012345.")
    out = lt.redact(text, ["Nurhayati Saleh"])
    for gone in ("Nurhayati", "198503172010122001", "4455", "kemenag"):
        assert gone not in out
    assert "SP2D 240012345" in out
