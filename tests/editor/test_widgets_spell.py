"""Spell check per side in that side's language (skipped where pyenchant or dictionaries lack)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat

from editor import spell
from editor.model.bitext import Lang
from editor.model.labels import NodeKind, spec_for
from editor.widgets.factory import create_field_editor
from tests.editor.widgetkit import make_document, node_of, type_text

pytest.importorskip("enchant", reason="pyenchant or its C library libenchant-2-2 is missing", exc_type=ImportError)
if not (spell.available(Lang.FR) and spell.available(Lang.NL)):
    pytest.skip("French or Dutch hunspell dictionary not installed", allow_module_level=True)


def words_at(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start : start + length] for start, length in spans]


def test_each_language_is_checked_with_its_own_dictionary():
    french = "Améliorer la sécurité des élèves dans les écoless de la Région"
    dutch = "De veiligheid van leerlingen in de scholen van het Gewest verbeterren"
    assert words_at(french, spell.misspelled(french, Lang.FR)) == ["écoless"]
    assert words_at(dutch, spell.misspelled(dutch, Lang.NL)) == ["verbeterren"]
    # The Dutch sentence is full of "errors" for the French dictionary, and the reverse.
    assert len(spell.misspelled(dutch, Lang.FR)) > 3
    assert len(spell.misspelled(french, Lang.NL)) > 3


def test_acronyms_numbers_and_short_words_are_left_alone():
    text = "La STIB et la MIVB : 20.002.08.01.1211, 2,5 %, l’OO 1.2."
    assert spell.misspelled(text, Lang.FR) == []


def test_each_side_is_underlined_as_you_type(qtbot):
    document = make_document()
    node = node_of(document, NodeKind.OS)
    spec = spec_for(node.kind, None, "description")
    editor = create_field_editor(document, node.id, node.fields["description"], spec)
    qtbot.addWidget(editor)
    for lang, text in ((Lang.FR, "Une sécurité renforcéee"), (Lang.NL, "Een versterkte veilligheid")):
        side = editor.edit(lang)
        assert side.highlighter is not None and side.highlighter.lang is lang
        type_text(side, text)
        formats = side.document().firstBlock().layout().formats()
        underlined = [
            text[one.start : one.start + one.length]
            for one in formats
            if one.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
        ]
        assert underlined == [text.split()[-1] if lang is Lang.FR else "veilligheid"]
