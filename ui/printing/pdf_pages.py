"""The ReportLab PDF put on paper as it is: each page rendered by PDFium (pypdfium2, a
small wheel; Qt's own PDF module would need the large Addons package) and painted on
the printer's or the preview's page."""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72
MAX_DPI = 300  # sharper than a ward printer needs, and keeps each page's image small


def page_images(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page as an image on white (PDFium draws nothing where the page is
    empty, so it is filled first)."""
    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            bitmap = page.render(
                scale=dpi / POINTS_PER_INCH,
                fill_color=(255, 255, 255, 255),
                # 4 bytes a pixel, B G R x: QImage's native 32-bit layout
                force_bitmap_format=pdfium_raw.FPDFBitmap_BGRx,
            )
            # copy() detaches the image from the bitmap's buffer before PDFium frees it
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB32,
            ).copy()
            images.append(image)
            page.close()
    finally:
        document.close()
    return images


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paints every page of `pdf` onto `printer` (a real printer or a preview), each
    fitted to the printable page with its proportions kept; returns the page count."""
    dpi = min(printer.resolution(), MAX_DPI)
    images = page_images(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, fitted.width(), fitted.height()), image)
    finally:
        painter.end()
    return len(images)


def orient_for(printer: QPrinter, pdf: bytes) -> None:
    """Turns the paper the way the sheet's first page is laid out (the handoff sheet is
    landscape, the summaries portrait)."""
    document = pdfium.PdfDocument(pdf)
    try:
        width, height = document[0].get_size()
    finally:
        document.close()
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )
