"""Import of the Parliament's published text (two columns, French and Dutch) into model notes.

Pipeline, one module per step:
``pages`` (normalise, cut page chunks, drop running headers and debris) →
``language`` (one column switch per page, by labels, headings and stop words) →
``blocks`` (de-hyphenate with ``joining``, re-join paragraphs cut by breaks, type each block) →
``parse`` (per language: cover, abbreviations, chapters, objective tree with ``headings`` and
``vocabulary``, annexes) → ``align`` (pair French and Dutch by numbering, else by position) →
``notebuild`` / ``build`` / ``valuebuild`` (model notes, typed values, report) with ``annexes``,
``delegation`` and ``organisations``. Typed values are read by each field's kind, through the
printed vocabulary and grammar shared with the Word importer (editor/model/printed/).
"""

from __future__ import annotations

from editor.model.importing.text.importer import import_published_text

__all__ = ["import_published_text"]
