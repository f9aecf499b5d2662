"""Real regulation files made in the tests: TXT, a PDF with a text layer (reportlab), a PDF that
is only a picture (a scan), an encrypted PDF, and a DOCX built as its zip by hand."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

PMK_62 = """PERATURAN MENTERI KEUANGAN
REPUBLIK INDONESIA
NOMOR 62 TAHUN 2023
TENTANG
PERENCANAAN ANGGARAN, PELAKSANAAN ANGGARAN, SERTA
AKUNTANSI DAN PELAPORAN KEUANGAN

DENGAN RAHMAT TUHAN YANG MAHA ESA

MENTERI KEUANGAN REPUBLIK INDONESIA,

BAB I
KETENTUAN UMUM
Pasal 1
Dalam Peraturan Menteri ini yang dimaksud dengan Surat Perintah Membayar adalah dokumen
yang diterbitkan oleh PPSPM.
Pasal 12
(1) Dana dicairkan oleh KPPN setelah SPM diterima lengkap.
(2) KPPN menerbitkan SP2D paling lambat satu jam setelah SPM diterima.
Pasal 13
(1) Uang persediaan diberikan untuk keperluan operasional satuan kerja.
(2) Tambahan uang persediaan diajukan bila kebutuhan melebihi pagu.
Ditetapkan di Jakarta
"""

PER_SAKTI = """PERATURAN DIREKTUR JENDERAL PERBENDAHARAAN
NOMOR PER-7/PB/2024
TENTANG
PETUNJUK TEKNIS PENGGUNAAN KARTU KREDIT PEMERINTAH

DIREKTUR JENDERAL PERBENDAHARAAN,

Pasal 1
Satuan kerja menggunakan KKP untuk belanja operasional yang dibayar melalui UP.
Pasal 2
Tagihan KKP dibayar paling lambat lima hari kerja setelah tagihan diterima.
"""

NO_HEADING = """Catatan internal seksi

Pasal 1
Laporan pertanggungjawaban bendahara disampaikan setiap bulan.
"""


def pdf(text: str, *, encrypt: str | None = None) -> bytes:
    """A PDF whose text layer holds ``text``, one line per line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, encrypt=encrypt, invariant=True)
    y = 800
    for line in text.splitlines():
        if y < 60:
            c.showPage()
            y = 800
        c.drawString(50, y, line)
        y -= 14
    c.save()
    return out.getvalue()


def scanned_pdf() -> bytes:
    """A PDF of one page that is only a picture of text: no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for i in range(40):
        c.rect(50, 780 - i * 18, 400 - (i % 5) * 40, 8, fill=1)
    c.save()
    return out.getvalue()


def docx(text: str) -> bytes:
    """A minimal Word document (.docx) with one paragraph per line."""
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
                    for line in text.splitlines())
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                f'main"><w:body>{paras}</w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"><Default Extension="xml" '
                   'ContentType="application/xml"/><Override PartName="/word/document.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.'
                   'wordprocessingml.document.main+xml"/></Types>')
        z.writestr("word/document.xml", document)
    return out.getvalue()
