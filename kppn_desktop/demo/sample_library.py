"""The sample library that ``sample-data`` brings: three regulations written for KPPN Desktop
(realistic headings and articles, our own text, numbered 990/99 and marked CONTOH so nobody takes
them for the real ones), FAQ entries resting on their articles, and the citations the sample
answers pick."""

from __future__ import annotations

from kppn_desktop.domain.regulation_text import citation
from kppn_desktop.services import library
from kppn_desktop.services.context import Actor
from kppn_desktop.services.library_import import import_files
from kppn_desktop.storage.models import Article, Regulation

MARK = "DATA CONTOH KPPN DESKTOP, BUKAN TEKS RESMI"

PMK = f"""PERATURAN MENTERI KEUANGAN
REPUBLIK INDONESIA
NOMOR 990 TAHUN 2026
TENTANG
CONTOH TATA CARA PEMBAYARAN DALAM PELAKSANAAN ANGGARAN ({MARK})

MENTERI KEUANGAN REPUBLIK INDONESIA,

BAB I
KETENTUAN UMUM
Pasal 1
(1) Teks ini adalah contoh yang disusun untuk KPPN Desktop dan bukan peraturan yang berlaku.
(2) Surat Perintah Membayar (SPM) diterbitkan oleh PPSPM berdasarkan Surat Permintaan Pembayaran.
Pasal 2
(1) SPM LS untuk pembayaran kontrak diajukan setelah data kontrak dan data supplier tercatat di SAKTI.
(2) SPM yang datanya tidak sesuai dikembalikan kepada satker untuk diperbaiki dan diajukan kembali.
Pasal 3
(1) KPPN menerbitkan SP2D paling lambat satu jam setelah SPM diterima secara lengkap dan benar.
(2) Dana dicairkan ke rekening penerima yang tercantum pada SP2D.
(3) SP2D yang diretur karena rekening tidak aktif diselesaikan dengan perbaikan data rekening.
Pasal 4
(1) Uang persediaan (UP) diberikan untuk keperluan operasional sehari-hari satker.
(2) Tambahan uang persediaan (TUP) dapat diajukan bila kebutuhan melebihi UP, dan dipertanggungjawabkan paling lama satu bulan.
(3) TUP berikutnya tidak dapat diajukan sebelum TUP sebelumnya dipertanggungjawabkan.
Ditetapkan di Jakarta
"""

PER = f"""PERATURAN DIREKTUR JENDERAL PERBENDAHARAAN
NOMOR PER-99/PB/2026
TENTANG
CONTOH PETUNJUK TEKNIS KARTU KREDIT PEMERINTAH DAN PENGGUNA SAKTI ({MARK})

DIREKTUR JENDERAL PERBENDAHARAAN,

Pasal 1
(1) Satker menggunakan KKP untuk belanja operasional yang dibayar melalui UP.
(2) Perubahan limit KKP diajukan oleh KPA dengan melampirkan proyeksi kebutuhan belanja.
Pasal 2
(1) Tagihan KKP dibayar paling lambat lima hari kerja setelah tagihan diterima.
Pasal 3
(1) Pengguna SAKTI yang tidak menerima kode OTP mengajukan permintaan reset kepada admin satker.
(2) Admin satker meneruskan permintaan reset kepada KPPN bila reset tidak dapat dilakukan sendiri.
"""

SE = f"""SURAT EDARAN DIREKTUR JENDERAL PERBENDAHARAAN
NOMOR SE-99/PB/2026
TENTANG
CONTOH LANGKAH AKHIR TAHUN ANGGARAN ({MARK})

Pasal 1
(1) Batas akhir pengajuan SPM LS ke KPPN pada akhir tahun anggaran ditetapkan oleh Kepala KPPN dan diumumkan kepada satker.
Pasal 2
(1) Laporan pertanggungjawaban (LPJ) bendahara disampaikan paling lambat tanggal sepuluh bulan berikutnya.
(2) LPJ yang tidak sesuai dengan saldo rekening dikembalikan untuk diperbaiki.
"""

#: (question, answer, [(regulation number, article number)]) of the sample FAQ.
FAQ = (
    ("Berapa lama SP2D terbit setelah SPM diajukan?",
     "SP2D terbit paling lambat satu jam setelah SPM diterima lengkap dan benar di KPPN.",
     [("990", "3")]),
    ("Bolehkah TUP diajukan lagi sebelum TUP sebelumnya dipertanggungjawabkan?",
     "Tidak. TUP berikutnya diajukan setelah TUP sebelumnya dipertanggungjawabkan.",
     [("990", "4")]),
    ("Bagaimana jika OTP SAKTI tidak masuk?",
     "Ajukan reset kepada admin satker; bila tidak bisa, admin satker meneruskannya ke KPPN.",
     [("PER-99/PB/2026", "3")]),
)

#: What the sample answers cite (each an article of the sample library) and one free text.
CITATIONS = ("PMK 990 Tahun 2026 Pasal 3", "PMK 990 Tahun 2026 Pasal 2",
             "PMK 990 Tahun 2026 Pasal 4", "PER-99/PB/2026 Pasal 3", "SE-99/PB/2026 Pasal 2",
             "Juknis SAKTI 2025")


def stock(actor: Actor, *, regulations: bool = True) -> None:
    """Import the sample regulations (national: once per database, ``regulations``) and add the
    sample FAQ of the actor's office (``actor``: a Kepala Seksi)."""
    if regulations:
        import_files(actor, [("contoh-pmk-990-2026.txt", PMK.encode()),
                             ("contoh-per-99-pb-2026.txt", PER.encode()),
                             ("contoh-se-99-pb-2026.txt", SE.encode())], sample=True)
    for question, answer, cited in FAQ:
        ids = tuple(Article.select(Article.id).join(Regulation)
                    .where(Regulation.number == number, Article.number == art).scalar()
                    for number, art in cited)
        library.save_faq(actor, None, question=question, answer=answer, article_ids=ids)


def article_for(cited: str) -> int | None:
    """The sample article whose citation is ``cited``; None for free text."""
    for art in Article.select(Article, Regulation).join(Regulation).where(Regulation.sample):
        reg = art.regulation
        if citation(reg.kind, reg.number, reg.year, art.number) == cited:
            return art.id
    return None
