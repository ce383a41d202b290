"""Build the model tree of chapter IV from the paired French and Dutch parses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.model.bitext import BiText, Lang
from editor.model.importing.report import ImportReport
from editor.model.importing.text.align import pair_children, pair_sequences, skeleton, skeleton_key
from editor.model.importing.text.delegation import delegation_of
from editor.model.importing.text.organisations import OrganisationList
from editor.model.importing.text.raw import RawField, RawNode
from editor.model.importing.text.valuebuild import ValueBuilder, text_of
from editor.model.labels import FieldSpec, FieldType, NodeKind, Template, spec_for
from editor.model.printed.labels import field_keys
from editor.model.tree import Node, new_node

_FOREIGN_HEADING = {
    Lang.FR: re.compile(r"\b(?:SD|OD)\b|Realisatie|Verwezenlijking"),
    Lang.NL: re.compile(r"\b(?:OS|OO)\b|Réalis"),
}
_A_LABELS = {"output", "targets", "actions", "output_per_action"}
@dataclass
class _Side:
    """The lines of each field key of one node in one language, with where they came from."""

    lines: dict[str, list[str]] = field(default_factory=dict)
    line: dict[str, int] = field(default_factory=dict)


def _lone_output(raw: RawNode) -> bool:
    """An action record holding only "output per action": in template A that is a field of the OO."""
    return raw.kind is NodeKind.ACTION and set(raw.fields) == {"output_per_action"} and not raw.children


def _position(raw: RawNode, siblings: list[RawNode], by_dutch: dict[int, Node], container: list[Node]) -> int:
    """Index just after the model node of the nearest earlier sibling, else the start."""
    index = next((i for i, sibling in enumerate(siblings) if sibling is raw), len(siblings))
    for previous in reversed(siblings[:index]):
        model = by_dutch.get(id(previous))
        if model is not None and any(node is model for node in container):
            return container.index(model) + 1
    return 0


def _where(raw: RawNode | None) -> str:
    return (raw.printed or raw.title or raw.kind.value) if raw else ""


class TreeBuilder:
    """Builds the objectives of one note and reports what does not fit."""

    def __init__(self, report: ImportReport, organisations: OrganisationList, note_no: int) -> None:
        self.report = report
        self.organisations = organisations
        self.note_no = note_no
        self.values = ValueBuilder(report, organisations, note_no)
        self.both_sides = True
        # Model node id -> the parse it came from (French when there is one), for the report.
        self.origin: dict[str, tuple[RawNode, Lang]] = {}

    # -- skeleton ----------------------------------------------------------------------
    def build(self, fr: list[RawNode], nl: list[RawNode]) -> list[Node]:
        pairs = pair_sequences(skeleton(fr), skeleton(nl), skeleton_key)
        partner_of = {id(one): other for one, other in pairs if one is not None}
        by_dutch: dict[int, Node] = {}  # id of a Dutch parse -> the model node it went into
        objectives: list[Node] = []
        self.both_sides = bool(fr and nl)
        if self.both_sides:  # a side missing altogether is one anomaly of the note, not one per node
            for one, other in pairs:
                self._report_pair(one, other)
        for os_fr in fr:
            os_node = self._skeleton_node(os_fr, partner_of.get(id(os_fr)), by_dutch)
            objectives.append(os_node)
            for child in os_fr.children:
                if child.kind is NodeKind.OO:
                    os_node.children.append(self._skeleton_node(child, partner_of.get(id(child)), by_dutch))
        self._add_dutch_only(pairs, nl, by_dutch, objectives)
        return objectives

    def _skeleton_node(self, fr: RawNode, nl: RawNode | None, by_dutch: dict[int, Node]) -> Node:
        node = self._node(fr, nl, fr.kind)
        if nl is not None:
            by_dutch[id(nl)] = node
        return node

    def _add_dutch_only(
        self,
        pairs: list[tuple[RawNode | None, RawNode | None]],
        nl: list[RawNode],
        by_dutch: dict[int, Node],
        objectives: list[Node],
    ) -> None:
        """OS/OO printed in Dutch only: placed after their nearest Dutch predecessor."""
        parent_of = {id(child): os_nl for os_nl in nl for child in os_nl.children}
        for one, other in pairs:
            if one is not None or other is None:
                continue
            node = self._node(None, other, other.kind)
            by_dutch[id(other)] = node
            if other.kind is NodeKind.OS:
                objectives.insert(_position(other, nl, by_dutch, objectives), node)
                continue
            parent = parent_of.get(id(other))
            target = by_dutch.get(id(parent)) if parent is not None else None
            if parent is None or target is None:
                self._unplaced(other, Lang.NL)
                continue
            if node.kind in target.allowed_children():
                target.children.insert(_position(other, parent.children, by_dutch, target.children), node)
                continue
            # Its Dutch OS was paired with a French OO (broken Dutch numbering): it goes right after it.
            holder = next((o for o in objectives if any(child is target for child in o.children)), None)
            if holder is None:
                self._unplaced(other, Lang.NL)
                continue
            holder.children.insert(holder.children.index(target) + 1, node)

    def _report_pair(self, fr: RawNode | None, nl: RawNode | None) -> None:
        if fr is None or nl is None:
            lang, raw = (Lang.NL, nl) if fr is None else (Lang.FR, fr)
            assert raw is not None
            self.report.warning(
                "node-one-language",
                f"Note {self.note_no}: {_where(raw)} « {raw.title} » has no counterpart in the other language",
                **{f"{lang.value}_line": raw.line},
                note=self.note_no,
                printed=raw.printed,
            )
            return
        if skeleton_key(fr) != skeleton_key(nl) or fr.kind is not nl.kind:
            self.report.error(
                "numbering-mismatch",
                f"Note {self.note_no}: French {fr.printed} is printed in Dutch as {nl.printed} "
                "(paired by position; the tree follows the French numbering)",
                fr_line=fr.line,
                nl_line=nl.line,
                note=self.note_no,
                fr_number=fr.printed,
                nl_number=nl.printed,
                fr_title=fr.title,
                nl_title=nl.title,
            )

    # -- one node ------------------------------------------------------------------------
    def _node(self, fr: RawNode | None, nl: RawNode | None, kind: NodeKind) -> Node:
        template = self._template(fr, nl) if kind is NodeKind.OO else None
        year = None
        if kind in (NodeKind.REALISATION, NodeKind.PLANNING):
            year = (fr.year if fr else None) or (nl.year if nl else None)
        title = BiText(fr.title if fr else "", nl.title if nl else "")
        if kind is NodeKind.ACTION:
            title = BiText()
        node = new_node(kind, template, year=year, title=title)
        self._heading_language(fr, Lang.FR)
        self._heading_language(nl, Lang.NL)
        origin = fr if fr is not None else nl
        if origin is not None:
            self.origin[node.id] = (origin, Lang.FR if fr is not None else Lang.NL)
        keys = field_keys(kind, template)
        self._fields(node, fr, nl, keys)
        if kind is NodeKind.OO:
            self._delegation(node)
        folds = "output_per_action" in keys
        for child_fr, child_nl in pair_children(fr, nl):
            if folds and all(_lone_output(child) for child in (child_fr, child_nl) if child is not None):
                continue  # already read as the node's own "output per action" field
            self._child(node, child_fr, child_nl)
        return node

    def _fields(self, node: Node, fr: RawNode | None, nl: RawNode | None, keys: dict[str, str]) -> None:
        """Every field printed in either language, typed, in the order of the label table."""
        sides = {lang: self._side(raw, node, keys, lang) for lang, raw in ((Lang.FR, fr), (Lang.NL, nl))}
        for spec in node.specs():
            fr_lines = sides[Lang.FR].lines.get(spec.key)
            nl_lines = sides[Lang.NL].lines.get(spec.key)
            if fr_lines is None and nl_lines is None:
                continue
            self._check_sides(spec, fr, nl, sides)
            where = f"Note {self.note_no}: {_where(fr or nl)}: « {spec.fr} »"
            lines = {
                "fr_line": sides[Lang.FR].line.get(spec.key, fr.line if fr else None),
                "nl_line": sides[Lang.NL].line.get(spec.key, nl.line if nl else None),
            }
            both = fr_lines is not None and nl_lines is not None
            node.fields[spec.key] = self.values.value(spec, fr_lines or [], nl_lines or [], where, lines, both)

    def _delegation(self, node: Node) -> None:
        """An OO whose description only points to another minister's note becomes a delegated OO."""
        description = node.fields.get("description")
        if not isinstance(description, BiText):
            return
        found = delegation_of(description.fr, description.nl)
        if found is None:
            return
        node.delegation = found
        if spec_for(node.kind, node.template, "description").required:
            node.fields["description"] = BiText()  # the schema keeps the (empty) element
        else:
            del node.fields["description"]
        self.report.info(
            "delegated",
            f"Note {self.note_no}: OO « {node.title.fr} » is delegated to {found.delegate.fr} ({found.reference.fr})",
            note=self.note_no,
        )

    def _heading_language(self, raw: RawNode | None, lang: Lang) -> None:
        """A heading printed with the other language's token or block word ("Réalisatie 2020" in Dutch)."""
        if raw is None or not _FOREIGN_HEADING[lang].search(raw.printed):
            return
        self.report.warning(
            "heading-wrong-language",
            f"Note {self.note_no}: the {lang.name} heading « {raw.printed} » uses a word of the other language",
            **{f"{lang.value}_line": raw.line},
            note=self.note_no,
        )

    def _template(self, fr: RawNode | None, nl: RawNode | None) -> Template:
        raws = [raw for raw in (fr, nl) if raw is not None]
        kinds = {child.kind for raw in raws for child in raw.children}
        labels = {label for raw in raws for label in raw.fields}
        if kinds & {NodeKind.ITEM, NodeKind.ACTION} or labels & _A_LABELS:
            return Template.A
        return Template.B

    def _side(self, raw: RawNode | None, node: Node, keys: dict[str, str], lang: Lang) -> _Side:
        side = _Side()
        if raw is None:
            return side
        first_text = next(spec.key for spec in node.specs() if spec.type is FieldType.TEXT)
        if raw.loose:
            side.lines.setdefault(first_text, []).extend(raw.loose)
            side.line.setdefault(first_text, raw.loose_line or raw.line)
        if "output_per_action" in keys:
            for child in raw.children:
                if _lone_output(child):
                    side.lines.setdefault("output_per_action", []).extend(child.fields["output_per_action"].lines)
                    side.line.setdefault("output_per_action", child.fields["output_per_action"].line)
        for label, raw_field in raw.fields.items():
            self._field_notes(raw, raw_field, lang)
            key = keys.get(label)
            if key is None:
                self._misplaced(raw, raw_field, lang, first_text)
                side.lines.setdefault(first_text, []).extend([raw_field.label_text, *raw_field.lines])
                continue
            side.lines.setdefault(key, []).extend(raw_field.lines)
            side.line.setdefault(key, raw_field.line)
        return side

    def _field_notes(self, raw: RawNode, raw_field: RawField, lang: Lang) -> None:
        where = {f"{lang.value}_line": raw_field.line}
        if raw_field.label_lang is not lang:
            self.report.warning(
                "label-wrong-language",
                f"Note {self.note_no}: {_where(raw)}: the {lang.name} text uses the "
                f"{raw_field.label_lang.name} label « {raw_field.label_text} »",
                **where,
                note=self.note_no,
            )
        if raw_field.repeated:
            self.report.warning(
                "repeated-label",
                f"Note {self.note_no}: {_where(raw)}: label « {raw_field.label_text} » appears more "
                f"than once in {lang.name}; the texts were put together",
                **where,
                note=self.note_no,
            )

    def _misplaced(self, raw: RawNode, raw_field: RawField, lang: Lang, target: str) -> None:
        self.report.warning(
            "field-not-in-template",
            f"Note {self.note_no}: {_where(raw)}: « {raw_field.label_text} » is not a field of this "
            f"{raw.kind.value}; its {lang.name} text was kept in « {target} »",
            **{f"{lang.value}_line": raw_field.line},
            note=self.note_no,
            text=text_of(raw_field.lines),
        )

    def _check_sides(self, spec: FieldSpec, fr: RawNode | None, nl: RawNode | None, sides: dict[Lang, _Side]) -> None:
        present = {lang: spec.key in side.lines for lang, side in sides.items()}
        if fr is None or nl is None or present[Lang.FR] == present[Lang.NL]:
            return
        lang = Lang.FR if present[Lang.FR] else Lang.NL
        self.report.warning(
            "field-one-language",
            f"Note {self.note_no}: {_where(fr)}: « {spec.label(lang)} » is printed in {lang.name} only",
            **{f"{lang.value}_line": sides[lang].line.get(spec.key)},
            note=self.note_no,
            field=spec.key,
        )

    def _child(self, node: Node, fr: RawNode | None, nl: RawNode | None) -> None:
        raw = fr or nl
        assert raw is not None
        if raw.kind not in node.allowed_children():
            self._unplaced(raw, Lang.FR if fr else Lang.NL)
            return
        if fr is not None and nl is not None and fr.number and nl.number and fr.number != nl.number:
            self.report.info(
                "numbering-mismatch-child",
                f"Note {self.note_no}: French {fr.printed} is numbered {nl.printed} in Dutch",
                fr_line=fr.line,
                nl_line=nl.line,
                note=self.note_no,
                fr_number=fr.printed,
                nl_number=nl.printed,
            )
        if (fr is None or nl is None) and self.both_sides:
            self._report_pair(fr, nl)
        node.children.append(self._node(fr, nl, raw.kind))

    def _unplaced(self, raw: RawNode, lang: Lang) -> None:
        texts = [line for one in raw.walk() for f in one.fields.values() for line in f.lines]
        self.report.error(
            "unplaced",
            f"Note {self.note_no}: {_where(raw)} « {raw.title} » ({lang.name}) could not be placed in the tree",
            **{f"{lang.value}_line": raw.line},
            note=self.note_no,
            text="\n".join([raw.title, *raw.loose, *texts]),
        )
