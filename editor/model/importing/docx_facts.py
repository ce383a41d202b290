"""What the printed text of a note says, as flat facts: the common ground of a Word export and
the note embedded in it.

``facts(note, langs)`` maps a readable place ("OO 1.2 · kpis[0].name.fr") to the text or value
printed there, for the languages the document holds. Left out on purpose, because a Word page
cannot hold them: ids (references are replaced by what they point to), confirmation snapshots,
threshold bounds of a band that has a text, which KPI a threshold follows, organisations no
objective names. Two notes with the same facts print the same document.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from enum import Enum

from editor.model.bitext import BiText, Lang
from editor.model.numbering import numbering
from editor.model.tree import Node, Note
from editor.model.values import Band, KpiList, Partners

Facts = dict[str, str]
# Attributes the printed text does not show (see the module docstring).
_HIDDEN = frozenset({"id", "kpi", "base_fr", "base_nl", "children"})


def node_label(node: Node, path: tuple[int, ...]) -> str:
    """ "OS 1", "OO 1.2", "ACTION 1.2.1": the place of a node by its numbering."""
    return f"{node.kind.value.upper()} {'.'.join(map(str, path))}"


def bitext_of(text: BiText, langs: tuple[Lang, ...]) -> tuple[str, ...]:
    """The sides of ``text`` in ``langs``, stripped (what a comparison of printed text sees)."""
    return tuple(text.get(lang).strip() for lang in langs)


class _Collector:
    def __init__(self, note: Note, langs: tuple[Lang, ...]) -> None:
        self.langs = langs
        self.facts: Facts = {}
        paths = numbering(note)
        self.refs: dict[str, str] = {node.id: node_label(node, paths[node.id]) for node in note.walk()}
        self.refs.update({org.id: "/".join(bitext_of(org.name, langs)) for org in note.organisations})
        for node in note.walk():
            for value in node.values_of(KpiList):
                for index, kpi in enumerate(value.items, start=1):
                    self.refs[kpi.id] = f"{self.refs[node.id]} kpi {index}"

    def put(self, key: str, value: str) -> None:
        if value.strip():
            self.facts[key] = value.strip()

    def value(self, key: str, value: object) -> None:
        """One value of any model type, recursively."""
        if value is None or isinstance(value, bool):
            self.put(key, "" if value is None else str(value))
        elif isinstance(value, BiText):
            for lang in self.langs:
                self.put(f"{key}.{lang.value}", value.get(lang))
        elif isinstance(value, Enum):
            self.put(key, str(value.value))
        elif isinstance(value, Decimal):
            self.put(key, f"{value.normalize():f}")
        elif isinstance(value, str):
            self.put(key, self.refs.get(value, value))
        elif isinstance(value, int):
            self.put(key, str(value))
        elif isinstance(value, (list, tuple)):
            for index, item in enumerate(value):
                self.value(f"{key}[{index}]", item)
        elif isinstance(value, dict):
            for name, item in value.items():
                self.value(f"{key}.{name}", item)
        elif dataclasses.is_dataclass(value):
            self.record(key, value)

    def record(self, key: str, value: object) -> None:
        hidden = set(_HIDDEN)
        if isinstance(value, Band) and any(bitext_of(value.text, self.langs)):
            hidden |= {"lower", "upper"}
        for field in dataclasses.fields(value):  # type: ignore[arg-type]
            if field.name not in hidden:
                self.value(f"{key}.{field.name}" if key else field.name, getattr(value, field.name))


def named_organisations(note: Note) -> set[str]:
    """Ids of the organisations some objective names as a partner (the only ones printed)."""
    return {ref for node in note.walk() for value in node.values_of(Partners) for ref in value.items}


def facts(note: Note, langs: tuple[Lang, ...]) -> Facts:
    """The printed facts of ``note`` in ``langs`` (see the module docstring)."""
    collect = _Collector(note, langs)
    collect.value("title", note.title)
    pairs = sorted(bitext_of(a.short, langs) + bitext_of(a.long, langs) for a in note.abbreviations)
    collect.put("abbreviations", " | ".join(" ".join(pair) for pair in pairs))
    named = named_organisations(note)
    collect.put("organisations", " | ".join(sorted(collect.refs[o.id] for o in note.organisations if o.id in named)))
    collect.value("chapters", note.chapters)
    paths = numbering(note)
    for node in note.walk():
        label = node_label(node, paths[node.id])
        collect.value(f"{label} · kind", node.kind)
        collect.value(f"{label} · template", node.template)
        collect.value(f"{label} · year", node.year)
        collect.value(f"{label} · delegation", node.delegation)
        collect.value(f"{label} · title", node.title)
        for name, field_value in node.fields.items():
            collect.value(f"{label} · {name}", field_value)
    collect.value("annexes", note.annexes)
    return collect.facts


def differences(ours: Facts, theirs: Facts) -> list[str]:
    """The places whose facts differ, grouped to the field ("OO 1.2 · kpis"), in ``ours`` order."""
    changed = [key for key in ours if ours[key] != theirs.get(key)]
    changed += [key for key in theirs if key not in ours]
    return list(dict.fromkeys(_field_of(key) for key in changed))


def _field_of(key: str) -> str:
    """ "OO 1.2 · kpis[0].name.fr" → "OO 1.2 · kpis"; "annexes[1].records[0].content.nl" → "annexes[1].records[0]"."""
    head, dot, rest = key.partition(" · ")
    if dot:
        return f"{head} · {rest.split('.')[0].split('[')[0]}"
    return ".".join(key.split(".")[:2])
