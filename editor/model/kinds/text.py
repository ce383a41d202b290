"""Text fields: one bilingual text, paragraphs on lines and bullets after "– "."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from editor.model import xmlcore
from editor.model.bitext import BiText, Lang
from editor.model.checks_fields import FieldScope, text_rules
from editor.model.checks_issue import Reporter
from editor.model.kinds.base import Element, FieldKind, NoteContext
from editor.model.labels import FieldSpec, FieldType
from editor.model.printed.source import ParseContext, Parsed, Printed
from editor.model.rendered import Layout, Rendered

if TYPE_CHECKING:
    from editor.model.values import FieldValue


class TextKind(FieldKind[BiText]):
    field_type = FieldType.TEXT
    value_class = BiText
    layout = Layout.PROSE
    schema_type = "BiText"
    schema = ""  # BiText is a core type of the file: titles, names and labels are texts too

    def empty(self) -> BiText:
        return BiText()

    def is_empty(self, value: BiText, lang: Lang | None = None) -> bool:
        return value.is_empty(lang)

    def read(self, element: Element) -> BiText:
        return xmlcore.bitext(element)

    def write(self, parent: Element, tag: str, value: BiText) -> None:
        xmlcore.put_bitext(parent, tag, value)

    def check(
        self, rep: Reporter, spec: FieldSpec, value: BiText, scope: FieldScope, fields: Mapping[str, FieldValue]
    ) -> None:
        text_rules(rep, spec.key, spec.place, value, scope.required)

    def render(self, value: BiText, lang: Lang, note: NoteContext) -> Rendered:
        return value.get(lang)

    def parse(self, printed: Printed, context: ParseContext) -> Parsed[BiText]:
        # Until prose holds tables, a printed table is kept as one line per row.
        sides = {}
        for lang in (Lang.FR, Lang.NL):
            rows = [" | ".join(cell.strip() for cell in row) for grid in printed.grids(lang) for row in grid]
            sides[lang] = "\n".join(part for part in (printed.text(lang), *rows) if part)
        return Parsed(BiText(sides[Lang.FR], sides[Lang.NL]))


TEXT = TextKind()
