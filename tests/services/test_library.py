"""The library: import (TXT, PDF, DOCX; refusals leave nothing), one ranked search over articles,
FAQ entries and past answers on both engines, Indonesian stems and abbreviations, revoked
regulations, the FAQ's history, and a resolution citing an article."""

from __future__ import annotations

import datetime as dt

import pytest

from kppn_desktop.domain.errors import PermissionDenied
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import library, papers
from kppn_desktop.services.library_import import ImportRefused, import_files
from kppn_desktop.storage.models import Article, FaqRevision, LibraryEntry, Regulation, Resolution
from tests import library_files as files
from tests.documents.pdftools import text_of

from .helpers import take, wita


@pytest.fixture
def stocked(office):
    """PMK 62/2023 from a PDF and PER-7/PB/2024 from a DOCX, imported by the Kepala Seksi."""
    result = import_files(office.kasi, [("pmk62.pdf", files.pdf(files.PMK_62)),
                                        ("per7.docx", files.docx(files.PER_SAKTI))])
    assert result.regulations == ["PMK 62 Tahun 2023", "PER-7/PB/2024"]
    return office


def _citations(hits):
    return [h.citation for h in hits]


def test_import_reads_the_heading_and_cuts_the_articles_with_their_ayat(stocked):
    reg = Regulation.get(Regulation.kind == "PMK")
    assert (reg.number, reg.year, reg.status) == ("62", 2023, "berlaku")
    assert reg.title.startswith("PERENCANAAN ANGGARAN, PELAKSANAAN ANGGARAN")
    arts = {a.number: a.text for a in Article.select().where(Article.regulation == reg.id)}
    assert set(arts) == {"1", "12", "13"}
    assert arts["12"].startswith("(1) Dana dicairkan") and "\n(2) KPPN menerbitkan" in arts["12"]
    assert "Ditetapkan" not in arts["13"] and "KETENTUAN UMUM" not in arts["1"]


@pytest.mark.parametrize("typed", ["dicairkan", "pencairan", "mencairkan", "cair"])
def test_every_form_of_a_word_finds_the_others(stocked, typed):
    hits = library.search(stocked.cso, typed)
    assert _citations(hits)[:1] == ["PMK 62 Tahun 2023 Pasal 12"]
    assert "«dicairkan»" in hits[0].snippet


def test_an_abbreviation_finds_its_long_form_and_back(stocked):
    # 'SP2D' written in the article, its long form typed
    assert "PMK 62 Tahun 2023 Pasal 12" in _citations(
        library.search(stocked.cso, "surat perintah pencairan dana"))
    # 'Surat Perintah Membayar' written in Pasal 1, 'SPM' typed
    assert "PMK 62 Tahun 2023 Pasal 1" in _citations(library.search(stocked.cso, "SPM"))
    # 'TUP' typed, 'Tambahan uang persediaan' written
    hits = library.search(stocked.cso, "pengajuan TUP")
    assert hits[0].citation == "PMK 62 Tahun 2023 Pasal 13"
    assert "«Tambahan»" in hits[0].snippet or "«persediaan»" in hits[0].snippet


def test_ranked_best_first_and_filtered_by_kind_and_category(stocked):
    hits = library.search(stocked.cso, "tagihan kartu kredit pemerintah dibayar")
    assert hits[0].citation == "PER-7/PB/2024 Pasal 2"
    assert library.search(stocked.cso, "KKP", kinds=("faq",)) == []
    cat = stocked.categories[0].id
    assert library.search(stocked.cso, "KKP", category_id=cat) == []
    assert library.search(stocked.cso, "") == []


def test_revoked_regulations_are_hidden_unless_asked_and_then_say_by_what(stocked):
    pmk, per = Regulation.get(Regulation.kind == "PMK"), Regulation.get(Regulation.kind == "PER")
    library.set_status(stocked.kasi, per.id, "dicabut", pmk.id)
    assert library.search(stocked.cso, "kartu kredit") == []
    [hit, *_] = library.search(stocked.cso, "kartu kredit", include_revoked=True)
    assert hit.status == "dicabut" and hit.status_note == "dicabut, diganti PMK 62 Tahun 2023"
    library.set_status(stocked.kasi, per.id, "berlaku")
    assert library.search(stocked.cso, "kartu kredit")


def test_a_refused_file_leaves_nothing_of_the_batch(office):
    cases = {
        "scan.pdf": files.scanned_pdf(),
        "rahasia.pdf": files.pdf(files.PMK_62, encrypt="rahasia"),
        "rusak.pdf": b"%PDF-1.4 not really",
        "rusak.docx": b"PK\x03\x04 not a zip",
        "catatan.txt": files.NO_HEADING.encode(),
        "gambar.png": b"\x89PNG",
    }
    good = ("pmk62.txt", files.PMK_62.encode())
    with pytest.raises(ImportRefused) as refused:
        import_files(office.admin, [good, *cases.items()])
    problems = refused.value.problems
    assert set(problems) == set(cases)
    assert "pindaian" in problems["scan.pdf"] and "terenkripsi" in problems["rahasia.pdf"]
    assert "rusak" in problems["rusak.pdf"] and "rusak" in problems["rusak.docx"]
    assert "manifest" in problems["catatan.txt"] and "tidak didukung" in problems["gambar.png"]
    assert Regulation.select().count() == 0 and LibraryEntry.select().count() == 0


def test_a_duplicate_is_refused_by_its_bytes_and_by_its_number(stocked):
    with pytest.raises(ImportRefused, match="sudah pernah diimpor"):
        import_files(stocked.admin, [("lagi.pdf", files.pdf(files.PMK_62))])
    with pytest.raises(ImportRefused, match="PMK 62 Tahun 2023 sudah ada"):
        import_files(stocked.admin, [("pmk62.txt", files.PMK_62.encode())])
    with pytest.raises(ImportRefused, match="sama dengan a.txt"):
        import_files(stocked.admin, [("a.txt", b"x" + files.NO_HEADING.encode()),
                                     ("b.txt", b"x" + files.NO_HEADING.encode())])


def test_the_manifest_names_what_the_heading_does_not(office):
    manifest = ("berkas;jenis;nomor;tahun;judul;berlaku_sejak;status;kategori\n"
                f"catatan.txt;nd;ND-3/WPB.33/2025;2025;Penyampaian LPJ bendahara;2025-02-01;"
                f"berlaku;{office.categories[0].name}\n").encode()
    import_files(office.kasi, [("catatan.txt", files.NO_HEADING.encode())], manifest)
    [hit] = library.search(office.cso, "LPJ", category_id=office.categories[0].id)
    assert hit.citation == "ND-3/WPB.33/2025 Pasal 1"
    assert "«Laporan»" in hit.snippet and "«pertanggungjawaban»" in hit.snippet


def test_only_the_kasi_and_the_administrator_import(office):
    with pytest.raises(PermissionDenied):
        import_files(office.cso, [("pmk62.txt", files.PMK_62.encode())])
    with pytest.raises(PermissionDenied):
        import_files(office.kakan, [("pmk62.txt", files.PMK_62.encode())])


def test_past_answers_are_found_without_the_persons_data(stocked):
    [c] = take(stocked, wita(2026, 3, 17, 9, 0)).consultations
    svc.resolve(stocked.cso, c.id, "Bu Nurhayati Saleh, dana dicairkan setelah SPM lengkap; "
                "hubungi 0812 4455 6677.", expected_version=None, at=wita(2026, 3, 17, 9, 10))
    hits = library.search(stocked.cso, "pencairan SPM LS ditolak", kinds=("jawaban",))
    [hit] = hits
    assert hit.citation == c.number
    assert "Nurhayati" not in hit.body and "4455" not in hit.body and "[…]" in hit.body
    svc.reopen(stocked.cso, c.id, "belum jelas", expected_version=None,
               at=wita(2026, 3, 17, 9, 20))
    assert library.search(stocked.cso, "ditolak", kinds=("jawaban",)) == []


def test_an_answer_cites_an_article_as_a_link(stocked):
    [c] = take(stocked, wita(2026, 3, 17, 9, 0)).consultations
    art = library.search(stocked.cso, "SP2D")[0]
    svc.resolve(stocked.cso, c.id, "SP2D terbit paling lambat satu jam.", "", article_id=art.ref,
                expected_version=None, at=wita(2026, 3, 17, 9, 10))
    res = Resolution.get(Resolution.consultation == c.id)
    assert res.article_id == art.ref and res.regulation == "PMK 62 Tahun 2023 Pasal 12"
    receipt = " ".join(text_of(papers.receipt_pdf(stocked.cso, c.id, "a4")).split())
    assert "PMK 62 Tahun 2023 Pasal 12 tentang PERENCANAAN ANGGARAN" in receipt


def test_faq_entries_are_found_edited_with_history_and_flagged_when_revoked(stocked):
    per = Regulation.get(Regulation.kind == "PER")
    art = Article.get(Article.regulation == per.id, Article.number == "2")
    faq = library.save_faq(stocked.kasi, None, question="Kapan tagihan KKP harus dibayar?",
                           answer="Paling lambat lima hari kerja setelah tagihan diterima.",
                           article_ids=(art.id,), review_on=dt.date(2027, 1, 1))
    [hit] = library.search(stocked.cso, "pembayaran tagihan kartu kredit", kinds=("faq",))
    assert (hit.citation, hit.status_note) == (f"FAQ {faq.id}", "")
    assert hit.body.startswith("Paling lambat lima hari")
    edited = library.save_faq(stocked.kasi, faq.id, question=faq.question,
                              answer="Lima hari kerja sejak tagihan diterima.",
                              article_ids=(art.id,), expected_version=faq.version)
    assert edited.version == 2
    assert [r.answer for r in FaqRevision.select()] == [faq.answer]
    library.set_status(stocked.kasi, per.id, "dicabut")
    [hit] = library.search(stocked.cso, "tagihan KKP", kinds=("faq",))
    assert hit.status_note.startswith("Perlu ditinjau: PER-7/PB/2024")
    with pytest.raises(PermissionDenied):
        library.save_faq(stocked.cso, None, question="q", answer="a")


def test_sample_data_brings_a_library_marked_as_samples_and_answers_citing_it(database):
    from kppn_desktop.demo import sample
    from kppn_desktop.services.users import login
    from kppn_desktop.storage.models import User

    now = dt.datetime(2026, 3, 13, 3, 30, tzinfo=dt.timezone.utc)
    report = sample.generate(consultations=60, months=1, seed=3, now=now)
    regs = list(Regulation.select())
    assert len(regs) == 3 and all(r.sample and "CONTOH" in r.title for r in regs)
    cso = User.get(User.username == "cso1")
    actor = login("cso1", dict((u, p) for u, p, _r in report.passwords)["cso1"])
    assert actor.user_id == cso.id
    kinds = {h.kind for h in library.search(actor, "penerbitan SP2D", limit=20)}
    assert kinds == {"pasal", "faq", "jawaban"}
    cited = Resolution.select().where(Resolution.article.is_null(False)).count()
    assert cited > 0


def test_many_past_answers_to_one_question_leave_room_for_the_article(stocked):
    for hour in range(9, 15):
        [c] = take(stocked, wita(2026, 3, 17, hour, 0)).consultations
        svc.resolve(stocked.cso, c.id, "Perbaiki data supplier lalu ajukan ulang SPM LS.",
                    expected_version=None, at=wita(2026, 3, 17, hour, 10))
    hits = library.search(stocked.cso, "SPM LS ditolak data supplier", limit=5)
    assert [h.kind for h in hits].count("jawaban") == 3
    assert any(h.kind == "pasal" for h in hits)
    assert len(library.search(stocked.cso, "ditolak", kinds=("jawaban",), limit=5)) == 5


def test_the_report_counts_citations_the_most_cited_articles_and_where_an_faq_is_missing(
        stocked):
    from kppn_desktop.services import reports
    from kppn_desktop.services.records import QuestionInput

    cat_found, cat_none = stocked.categories[0], stocked.categories[1]
    art = library.search(stocked.cso, "SP2D")[0]
    asked = [(cat_found, "Kapan SP2D terbit setelah SPM diterima?", art.ref),
             (cat_found, "Dana dicairkan kapan?", art.ref),
             (cat_found, "SPM ditolak, apa sebabnya?", None),
             (cat_none, "Bagaimana mengganti foto profil pegawai di aplikasi kepegawaian?", None)]
    for minute, (cat, question, cite) in enumerate(asked):
        [c] = take(stocked, wita(2026, 3, 17, 9, minute * 10),
                   questions=[QuestionInput(cat.id, question)]).consultations
        svc.resolve(stocked.cso, c.id, "Dijawab.", "", article_id=cite, expected_version=None,
                    at=wita(2026, 3, 17, 9, minute * 10 + 5))
    report = reports.service_report(stocked.kasi, dt.date(2026, 3, 17), dt.date(2026, 3, 17),
                                    now=wita(2026, 3, 18, 9, 0))
    lib = report.library
    assert (lib.answers, lib.cited) == (4, 2)
    assert lib.top_articles == (("PMK 62 Tahun 2023 Pasal 12", Regulation.get(
        Regulation.kind == "PMK").title, 2),)
    assert lib.nothing_found == ((cat_none.name, 1, 1),)
    # a day without answers
    empty = reports.service_report(stocked.kasi, dt.date(2026, 3, 16), dt.date(2026, 3, 16),
                                   now=wita(2026, 3, 18, 9, 0)).library
    assert (empty.answers, empty.cited, empty.pct) == (0, 0, None)
    pdf = " ".join(text_of(reports.render(report, "pdf")).split())
    assert "Jawaban yang mengutip pasal dari perpustakaan: 2 dari 4 jawaban (50,0%)" in pdf
    assert cat_none.name in pdf
    csv_text = reports.render(report, "csv").decode("utf-8-sig")
    assert "Pasal paling sering dikutip: PMK 62 Tahun 2023 Pasal 12" in csv_text


def test_only_the_newest_matching_past_answers_are_ranked(stocked, monkeypatch):
    from kppn_desktop.storage import library_index

    numbers = []
    for hour in range(9, 13):
        [c] = take(stocked, wita(2026, 3, 17, hour, 0)).consultations
        svc.resolve(stocked.cso, c.id, "Perbaiki data supplier lalu ajukan ulang.",
                    expected_version=None, at=wita(2026, 3, 17, hour, 10))
        numbers.append(c.number)
    monkeypatch.setattr(library_index, "NEWEST_ANSWERS", 2)
    hits = library.search(stocked.cso, "data supplier", kinds=("jawaban",), limit=10)
    assert sorted(h.citation for h in hits) == sorted(numbers[-2:])
    # articles are still all ranked beside them
    assert library.search(stocked.cso, "SP2D data supplier")[0].kind in ("pasal", "jawaban")


def test_a_deactivated_faq_entry_is_kept_hidden_from_search_and_can_come_back(stocked):
    from kppn_desktop.domain.errors import ConflictError

    faq = library.save_faq(stocked.kasi, None, question="Bagaimana reset OTP SAKTI?",
                           answer="Ajukan reset melalui admin SAKTI satker.")
    edited = library.save_faq(stocked.kasi, faq.id, question=faq.question,
                              answer="Ajukan reset OTP melalui admin SAKTI satker.",
                              expected_version=faq.version)
    assert [h.citation for h in library.search(stocked.cso, "reset OTP", kinds=("faq",))] == [
        f"FAQ {faq.id}"]
    with pytest.raises(ConflictError):      # a stale window does not deactivate
        library.set_faq_active(stocked.kasi, faq.id, False, expected_version=faq.version)
    off = library.set_faq_active(stocked.kasi, faq.id, False, expected_version=edited.version)
    assert not off.active and off.version == edited.version
    assert library.search(stocked.cso, "reset OTP", kinds=("faq",)) == []
    assert not LibraryEntry.select().where(LibraryEntry.kind == "faq").exists()
    # still listed, with its history, and not editable while inactive
    [listed] = [f for f in library.list_faq(stocked.cso) if f.id == faq.id]
    assert not listed.active and listed.answer == edited.answer
    assert [v for v, *_ in library.faq_revisions(stocked.cso, faq.id)] == [1]
    with pytest.raises(ConflictError):
        library.save_faq(stocked.kasi, faq.id, question="x", answer="y")
    with pytest.raises(PermissionDenied):
        library.set_faq_active(stocked.cso, faq.id, True)
    on = library.set_faq_active(stocked.kasi, faq.id, True)
    assert on.active
    assert [h.citation for h in library.search(stocked.cso, "reset OTP", kinds=("faq",))] == [
        f"FAQ {faq.id}"]


def test_postgresql_ranks_from_its_narrow_table_kept_in_step_with_the_entries(stocked):
    from kppn_desktop.storage.database import db

    if db.obj.__class__.__name__.startswith("Sqlite"):
        pytest.skip("PostgreSQL only: SQLite ranks through FTS5")

    def rank_rows():
        return sorted(db.execute_sql("SELECT id, kind, status, categories, tsv::text "
                                     "FROM library_rank").fetchall())

    def expected():
        return sorted(db.execute_sql("SELECT id, kind, status, categories, "
                                     "to_tsvector('simple', terms)::text FROM library_entry")
                      .fetchall())

    assert rank_rows() == expected() and len(rank_rows()) > 3
    per = Regulation.get(Regulation.kind == "PER")
    library.set_status(stocked.kasi, per.id, "dicabut")        # entries written again
    assert rank_rows() == expected()
    assert {r[2] for r in rank_rows() if r[1] == "pasal"} == {"berlaku", "dicabut"}
    LibraryEntry.update(status="diubah").where(LibraryEntry.kind == "pasal").execute()
    assert rank_rows() == expected()

    # the postings of the articles and FAQ entries follow too
    import importlib

    from kppn_desktop.storage import library_index

    m16 = importlib.import_module("kppn_desktop.storage.migrations.0016_library_rank_table")
    library.save_faq(stocked.kasi, None, question="Kapan SP2D terbit?", answer="Satu jam.")

    def postings():
        return sorted(db.execute_sql("SELECT term, id, weight FROM library_posting").fetchall())

    assert postings() == sorted(db.execute_sql(m16.POSTINGS.format(
        source="library_rank r")).fetchall())
    assert {kind for (kind,) in db.execute_sql(
        "SELECT DISTINCT r.kind FROM library_posting p JOIN library_rank r USING (id)")} == {
        "pasal", "faq"}
    # ranked from the best postings of each stem, the page is the one every match gives
    terms = ["cair", "dana", "sp2d", "bayar"]
    for limit in (1, 2, 3):
        from_postings = library_index._ranked(terms, ["pasal", "faq"], None, None, limit)
        assert len(from_postings) == limit
        every = library_index._postgres_page(
            " | ".join(terms), "library_rank r", [], ["r.tsv @@ q", "r.kind IN (%s, %s)"],
            ["pasal", "faq"], limit)
        assert from_postings == every


def test_the_categories_a_regulation_serves_are_set_and_filter_its_articles(stocked):
    from kppn_desktop.domain.errors import ValidationError

    pmk = Regulation.get(Regulation.kind == "PMK")
    first, second = stocked.categories[0], stocked.categories[1]
    info = library.set_categories(stocked.kasi, pmk.id, (second.id, first.id, first.id))
    assert set(info.category_ids) == {first.id, second.id}
    assert sorted(info.categories) == sorted([first.name, second.name])
    assert "PMK 62 Tahun 2023 Pasal 12" in _citations(
        library.search(stocked.cso, "pencairan", category_id=second.id))
    library.set_categories(stocked.kasi, pmk.id, (first.id,))
    assert library.search(stocked.cso, "pencairan", category_id=second.id,
                          kinds=("pasal",)) == []
    with pytest.raises(ValidationError):
        library.set_categories(stocked.kasi, pmk.id, (999999,))
    with pytest.raises(PermissionDenied):
        library.set_categories(stocked.cso, pmk.id, ())


def test_a_file_without_a_heading_is_refused_naming_the_manifest_unless_details_are_given(
        office):
    from kppn_desktop.domain.errors import ValidationError
    from kppn_desktop.services.library_import import regulation_details

    text = b"Catatan\n\nPasal 1\nDana dicairkan setelah SPM lengkap.\n"
    with pytest.raises(ImportRefused) as refused:
        import_files(office.kasi, [("catatan.txt", text), ("pmk62.pdf", files.pdf(files.PMK_62))])
    assert refused.value.headingless == ("catatan.txt",)
    assert "--manifest" in refused.value.problems["catatan.txt"]
    with pytest.raises(ValidationError) as bad:
        regulation_details("XX", "", "20x5", "abc")
    assert set(bad.value.errors) == {"kind", "number", "year", "title"}
    row = regulation_details("se", " se-5/pb/2025 ", "2025", "Layanan  pencairan")
    result = import_files(office.kasi, [("catatan.txt", text)], details={"catatan.txt": row})
    assert result.regulations == ["SE SE-5/PB/2025 Tahun 2025"] or result.articles == 1
    assert Regulation.get().title == "Layanan pencairan"


def test_sqlite_keeps_an_index_of_the_articles_and_faq_entries_of_its_own(stocked):
    from kppn_desktop.storage.database import db

    if not db.obj.__class__.__name__.startswith("Sqlite"):
        pytest.skip("SQLite only: PostgreSQL ranks from library_rank")
    [c] = take(stocked, wita(2026, 3, 17, 9, 0)).consultations
    svc.resolve(stocked.cso, c.id, "Dana dicairkan setelah SPM lengkap.", expected_version=None,
                at=wita(2026, 3, 17, 9, 10))
    library.save_faq(stocked.kasi, None, question="Kapan SP2D terbit?", answer="Satu jam.")
    library.set_status(stocked.kasi, Regulation.get(Regulation.kind == "PER").id, "dicabut")
    LibraryEntry.update(status="diubah").where(LibraryEntry.kind == "pasal").execute()
    for table in ("library_fts", "library_curated_fts"):
        db.execute_sql(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
    curated = {r for (r,) in db.execute_sql(
        "SELECT rowid FROM library_curated_fts WHERE library_curated_fts MATCH 'cair'")}
    expected = {e.id for e in LibraryEntry.select().where(LibraryEntry.kind != "jawaban",
                                                          LibraryEntry.terms.contains("cair"))}
    assert curated == expected and curated
    # a past answer is found, ranked among the newest, never in the curated index
    assert not LibraryEntry.select().where(LibraryEntry.kind == "jawaban",
                                           LibraryEntry.id.in_(curated)).exists()
    assert [h.citation for h in library.search(stocked.cso, "dicairkan", kinds=("jawaban",))] \
        == [c.number]


def _library_recount(first: dt.date, last: dt.date, tz, office_id: int):
    """The library's part of a report counted from every answer and question of the period
    (what the report counted before its running sums): the plain recount it must equal."""
    from peewee import Case, fn

    from kppn_desktop.storage.models import Category, Consultation

    start = dt.datetime.combine(first, dt.time(), tz).astimezone(dt.timezone.utc)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tz).astimezone(dt.timezone.utc)
    in_period = ((Resolution.at >= start) & (Resolution.at < end)
                 & (Consultation.office == office_id))
    answers = Resolution.select().join(Consultation).where(in_period).count()
    cited = dict(Resolution.select(Resolution.article, fn.COUNT(Resolution.id))
                 .join(Consultation).where(in_period, Resolution.article.is_null(False))
                 .group_by(Resolution.article).tuples())
    missed = fn.SUM(Case(None, [(Consultation.library_found == False, 1)], 0))  # noqa: E712
    rows = (Consultation.select(Category.name, fn.COUNT(Consultation.id), missed).join(Category)
            .where(Consultation.received_date.between(first, last),
                   Consultation.office == office_id, Consultation.library_found.is_null(False))
            .group_by(Category.name).tuples())
    return answers, cited, {name: (int(n), int(none or 0)) for name, n, none in rows if none}


def test_the_library_s_part_of_a_report_equals_a_recount_of_its_answers_and_questions(database):
    """The library's figures come from the running sums (issue 14, reports at 1M): for sample
    data and periods of every length, after answers, edits and a rebuild of the sums, they are
    those counted from every answer and question of the period."""
    from kppn_desktop.demo import sample
    from kppn_desktop.services import office as office_service
    from kppn_desktop.services.library_report import library_use
    from kppn_desktop.services.users import login
    from kppn_desktop.storage import rollups
    from kppn_desktop.storage.models import Category, Consultation, User

    now = dt.datetime(2026, 3, 13, 3, 30, tzinfo=dt.timezone.utc)
    made = sample.generate(consultations=300, months=3, seed=11, now=now)
    office_id = User.get(User.username == "cso1").office_id
    tz = office_service.office_calendar(office_id).tz
    cso = login("cso1", dict((u, p) for u, p, _r in made.passwords)["cso1"])
    # Edits move a question to another category and change whether the library held an answer.
    other = Category.select().where(Category.office == office_id).order_by(Category.id.desc())[0]
    edited = list(Consultation.select().where(Consultation.state == "diterima",
                                              Consultation.office == office_id).limit(3))
    assert edited
    for c in edited:
        svc.edit_consultation(cso, c.id, question="Bagaimana mengganti foto profil pegawai?",
                              summary="Foto profil", category_id=other.id,
                              expected_version=c.version, at=now)
    periods = [(dt.date(2025, 12, 1), dt.date(2026, 3, 13)), (dt.date(2026, 1, 1),
               dt.date(2026, 1, 31)), (dt.date(2026, 2, 3), dt.date(2026, 2, 3)),
               (dt.date(2026, 1, 15), dt.date(2026, 3, 2)), (dt.date(2026, 3, 13),
               dt.date(2026, 3, 13))]
    checked = 0
    for rebuilt in (False, True):
        if rebuilt:
            rollups.rebuild(office_id)
        for first, last in periods:
            got = library_use(first, last, office_id)
            answers, cited, nothing = _library_recount(first, last, tz, office_id)
            assert got.answers == answers, (first, last)
            assert got.cited == sum(cited.values()), (first, last)
            assert [n for *_name, n in got.top_articles] == sorted(cited.values(),
                                                                   reverse=True)[:10]
            assert {name: (n, none) for name, n, none in got.nothing_found} == nothing
            checked += answers
    assert checked > 100
