"""Indonesian for the texts Qt draws itself (standard dialog buttons, message boxes, the print
preview), since Qt ships no Indonesian catalogue for them."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

_TEXTS = {
    "OK": "OK", "&OK": "&OK", "Cancel": "Batal", "&Cancel": "&Batal", "Close": "Tutup",
    "&Close": "&Tutup", "Save": "Simpan", "&Save": "&Simpan", "Apply": "Terapkan",
    "&Yes": "&Ya", "&No": "&Tidak", "Yes": "Ya", "No": "Tidak", "Open": "Buka", "&Open": "&Buka",
    "Discard": "Buang", "Help": "Bantuan", "Reset": "Atur ulang", "Retry": "Coba lagi",
    "Abort": "Batalkan", "Ignore": "Abaikan", "Show Details...": "Tampilkan rincian…",
    "Hide Details...": "Sembunyikan rincian…", "Print": "Cetak", "&Print": "&Cetak",
    "Print Preview": "Pratinjau cetak", "Page setup": "Pengaturan halaman",
    "Fit width": "Sesuaikan lebar", "Fit page": "Sesuaikan halaman", "Zoom in": "Perbesar",
    "Zoom out": "Perkecil", "Portrait": "Tegak", "Landscape": "Mendatar",
    "First page": "Halaman pertama", "Previous page": "Halaman sebelumnya",
    "Next page": "Halaman berikutnya", "Last page": "Halaman terakhir",
    "Show single page": "Satu halaman", "Show facing pages": "Dua halaman",
    "Show overview of all pages": "Semua halaman", "Export to PDF": "Ekspor ke PDF",
    "&Back": "&Kembali", "&Next": "&Lanjut", "&Finish": "&Selesai",
}
_CONTEXTS = {"QPlatformTheme", "QDialogButtonBox", "QMessageBox", "QPrintPreviewDialog",
             "QWizard", "QFileDialog"}


class QtTexts(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102
        # None (a null string) lets Qt keep the text as written; an empty string would be taken
        # as the translation and blank every label, title and button of our own forms.
        if context in _CONTEXTS:
            return _TEXTS.get(source_text)
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


def install(app) -> QtTexts:
    translator = QtTexts(app)
    app.installTranslator(translator)
    return translator
