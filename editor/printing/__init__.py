"""Printing: the Parliament's two-column bilingual PDF (QtGui only, works offscreen)."""

from editor.printing.parliament_pdf import PdfWriteError, write_parliament_pdf

__all__ = ["PdfWriteError", "write_parliament_pdf"]
