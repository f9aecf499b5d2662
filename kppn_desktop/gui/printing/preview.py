"""Printing and previewing the PDF papers through Qt's printing (QPrinter): each PDF page is
rasterised with PDFium at the printer's resolution (capped) and drawn on the page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QFileDialog, QWidget

MAX_DPI = 300
#: A page this many times taller than wide is a receipt roll (80 mm), not a sheet (A4, A5: 1.41).
ROLL_ASPECT = 2.0


def page_images(pdf: bytes, dpi: int = 150) -> list[QImage]:
    """Every page of ``pdf`` as an image at ``dpi`` (for previews, tests and printing)."""
    import pypdfium2 as pdfium  # noqa: PLC0415 - loaded on first print or preview

    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                           else QImage.Format.Format_RGBA8888)
            images.append(image.copy())   # own the pixels before PDFium frees its bitmap
            bitmap.close()
    finally:
        document.close()
    return images


def page_size_points(pdf: bytes) -> tuple[float, float]:
    import pypdfium2 as pdfium  # noqa: PLC0415 - loaded on first print or preview

    document = pdfium.PdfDocument(pdf)
    try:
        return document[0].get_size()
    finally:
        document.close()


def make_printer(pdf: bytes) -> QPrinter:
    """A printer set to the paper's own size (80 mm roll, A5 or A4), margins left to the PDF."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    width, height = page_size_points(pdf)
    printer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "",
                                  QPageSize.SizeMatchPolicy.FuzzyMatch))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def paint(pdf: bytes, printer: QPrinter) -> int:
    """Draw every page of ``pdf`` on ``printer``; returns the number of pages."""
    dpi = min(printer.resolution(), MAX_DPI)
    images = page_images(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("printing", "Printer tidak dapat dibuka."))
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            size = image.size().toSizeF().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.topLeft(), size), image)
    finally:
        painter.end()
    return len(images)


class PaperPreview(QPrintPreviewDialog):
    """Print preview of one paper; printing from it goes through the normal print dialog."""

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None):
        self.printer = make_printer(pdf)   # kept: the dialog must not outlive its printer
        super().__init__(self.printer, parent)
        self.pdf = pdf
        self.setWindowTitle(self.tr("Pratinjau cetak — {title}").format(title=title))
        self.paintRequested.connect(self._on_self_paintRequested)
        self.resize(900, 700)
        # Readable at once: a sheet (A4, A5) as wide as the window; a receipt roll, much taller
        # than wide, whole in the window (fitted to its width it showed only the letterhead).
        self.view = self.findChild(QPrintPreviewWidget)
        if self.view is not None:
            width, height = page_size_points(pdf)
            if height / width > ROLL_ASPECT:
                self.view.fitInView()
            else:
                self.view.fitToWidth()

    def _on_self_paintRequested(self, printer: QPrinter) -> None:
        paint(self.pdf, printer)


def print_with_dialog(pdf: bytes, parent: QWidget | None = None) -> bool:
    printer = make_printer(pdf)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint(pdf, printer)
    return True


def print_default(pdf: bytes) -> None:
    """Print at once on the default printer (automatic slip after intake)."""
    paint(pdf, make_printer(pdf))


def save_file(parent: QWidget | None, data: bytes, suggested: str, filters: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("printing", "Simpan berkas"), suggested, filters)
    if not path:
        return None
    Path(path).write_bytes(data)
    return Path(path)
