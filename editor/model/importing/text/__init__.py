"""Import of the Parliament's published text (two columns, French and Dutch) into model notes."""

from __future__ import annotations

from editor.model.importing.text.importer import import_published_text

__all__ = ["import_published_text"]
