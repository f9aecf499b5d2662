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
    # The file dialog (Qt's own, where the desktop offers none) and its file list.
    "Look in:": "Cari di:", "&Look in:": "&Cari di:", "File &name:": "&Nama berkas:",
    "File name:": "Nama berkas:", "Files of type:": "Jenis berkas:",
    "Files of &type:": "&Jenis berkas:", "Back": "Kembali", "Go back": "Kembali",
    "Forward": "Maju", "Go forward": "Maju", "Parent Directory": "Folder induk",
    "Go to the parent directory": "Ke folder induk", "Create New Folder": "Buat folder baru",
    "Create a New Folder": "Buat folder baru", "List View": "Tampilan daftar",
    "Change to list view mode": "Tampilkan sebagai daftar", "Detail View": "Tampilan rinci",
    "Change to detail view mode": "Tampilkan dengan rincian", "Sidebar": "Panel tempat",
    "List of places and bookmarks": "Daftar tempat dan penanda", "Files": "Berkas",
    "All files (*)": "Semua berkas (*)", "&Rename": "&Ganti nama", "&Delete": "&Hapus",
    "Show &hidden files": "Tampilkan berkas &tersembunyi", "&New Folder": "Folder &baru",
    "New Folder": "Folder baru", "Directory:": "Folder:", "Directories": "Folder",
    "Recent Places": "Tempat terakhir", "Find Directory": "Pilih folder",
    "Save As": "Simpan sebagai", "&Choose": "&Pilih", "Computer": "Komputer",
    "My Computer": "Komputer", "Name": "Nama", "Size": "Ukuran", "Type": "Jenis",
    "Kind": "Jenis", "Date Modified": "Tanggal diubah",
}
_CONTEXTS = {"QPlatformTheme", "QDialogButtonBox", "QMessageBox", "QPrintPreviewDialog",
             "QWizard", "QFileDialog", "QFileSystemModel"}


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
