"""The rule checks of a note (completeness, FR/NL agreement, deadlines, thresholds, references).

``check_note`` runs every rule in document order; ``check_node`` only the rules about one
node's own fields, fast enough to run after every edit.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from editor.model.bitext import LANGS
from editor.model.checks_fields import FieldScope, place_label, text_rules
from editor.model.checks_issue import Issue, Place, Reporter, Severity
from editor.model.checks_note import annex_issues, chapter_issues, duplicate_issues, list_issues, title_issues
from editor.model.kinds import FieldKind, kind_of
from editor.model.labels import FieldSpec, NodeKind, Template, field_specs
from editor.model.numbering import Path, heading, numbering
from editor.model.tree import Node, Note, empty_value

__all__ = ["Issue", "Severity", "check_node", "check_note", "summary"]

# Objectives must have a title; year blocks and actions have a generated one.
_TITLED = frozenset({NodeKind.OS, NodeKind.OO, NodeKind.ITEM})
_YEAR_BLOCKS = frozenset({NodeKind.REALISATION, NodeKind.PLANNING})

# Reading an enum member through its class costs about 0.2 µs in Python 3.11 (ten times a
# global): the rules run per node read these module names instead.
_PLANNING, _ACTION, _REALISATION = NodeKind.PLANNING, NodeKind.ACTION, NodeKind.REALISATION


@dataclass(frozen=True)
class _NoteScope:
    """What every node rule needs from the note, computed once per check."""

    paths: dict[str, Path]
    organisations: frozenset[str]
    today: date | None
    current: bool
    _field_scopes: dict[tuple[int | None, bool], tuple[FieldScope, FieldScope]] = field(default_factory=dict)

    def field_scopes(self, block_year: int | None, historic: bool) -> tuple[FieldScope, FieldScope]:
        """The scopes of a node's optional and required fields (index by "required").

        Nodes in the same kind of block share them: made once per check, not twice per node.
        """
        key = (block_year, historic)
        scopes = self._field_scopes.get(key)
        if scopes is None:
            scopes = self._field_scopes[key] = (
                FieldScope(False, block_year, self.today, self.current, historic, self.organisations),
                FieldScope(True, block_year, self.today, self.current, historic, self.organisations),
            )
        return scopes


class _KindRules(NamedTuple):
    """What the node rules need to know about a node kind (and template), worked out once."""

    titled: bool
    year_block: bool
    # Each field with the kind of its values, found once rather than per node checked.
    fields: tuple[tuple[FieldSpec, FieldKind[Any]], ...]


@functools.cache
def _kind_rules(kind: NodeKind, template: Template | None) -> _KindRules:
    fields = tuple((spec, kind_of(spec)) for spec in field_specs(kind, template))
    return _KindRules(kind in _TITLED, kind in _YEAR_BLOCKS, fields)


def _scope(note: Note, today: date | None) -> _NoteScope:
    return _NoteScope(
        numbering(note),
        frozenset(org.id for org in note.organisations),
        today,
        # Elapsed deadlines only matter in this year's note, not in last year's kept for reference.
        today is not None and note.title.budget_year >= today.year,
    )


def check_note(note: Note, today: date | None = None) -> list[Issue]:
    """Every issue of the note, in document order."""
    scope = _scope(note, today)
    issues = title_issues(note) + list_issues(note) + chapter_issues(note)
    for node, parent in _walk_with_parents(note.objectives, None):
        issues += _node_issues(scope, node, parent)
    return issues + annex_issues(note) + duplicate_issues(note, scope.paths)


def check_node(note: Note, node: Node, today: date | None = None) -> list[Issue]:
    """The issues of one node's own title and fields (not its children's)."""
    return _node_issues(_scope(note, today), node, note.parent_of(node))


def summary(issues: Iterable[Issue]) -> dict[str, Any]:
    """Counts for the status bar: per severity, per language side, and in total."""
    counts: dict[str, Any] = {"total": 0, "error": 0, "warning": 0, "fr": 0, "nl": 0, "both": 0}
    for issue in issues:
        counts["total"] += 1
        counts[issue.severity.value] += 1
        counts[issue.lang.value if issue.lang else "both"] += 1
    counts["complete"] = counts["error"] == 0
    return counts


def _walk_with_parents(nodes: list[Node], parent: Node | None) -> Iterator[tuple[Node, Node | None]]:
    for node in nodes:
        yield node, parent
        yield from _walk_with_parents(node.children, node)


def _where(scope: _NoteScope, node: Node) -> Place:
    path = scope.paths.get(node.id)
    if path is None:  # a node not (yet) in the note: name it by its title
        return {lang: node.title.get(lang) or node.id for lang in LANGS}
    return {lang: heading(node, path, lang) for lang in LANGS}


def _block_year(node: Node, parent: Node | None) -> int | None:
    """The year a Planning block plans for, inherited by the actions inside it."""
    if node.kind is _PLANNING:
        return node.year
    if node.kind is _ACTION and parent is not None and parent.kind is _PLANNING:
        return parent.year
    return None


def _node_issues(scope: _NoteScope, node: Node, parent: Node | None) -> list[Issue]:
    kind_rules = _kind_rules(node.kind, node.template)
    rep = Reporter(node.id, lambda: _where(scope, node))
    text_rules(rep, "title", place_label("title"), node.title, kind_rules.titled)
    if kind_rules.year_block and node.year is None:
        rep.error("BLOCK_YEAR_MISSING", "year", place_label("year"))
    delegated = node.delegation is not None
    if node.delegation is not None:
        text_rules(rep, "delegation/delegate", place_label("delegate"), node.delegation.delegate, True)
        text_rules(rep, "delegation/reference", place_label("reference"), node.delegation.reference, True)
    # A delegated OO's content lives in another minister's note: nothing is required here.
    scopes = scope.field_scopes(_block_year(node, parent), node.kind is _REALISATION)
    fields = node.fields
    for spec, field_kind in kind_rules.fields:
        required = spec.required and not delegated
        value = fields.get(spec.key)
        if value is None:
            if not required:
                continue
            value = empty_value(spec)
        field_kind.check(rep, spec, value, scopes[required], fields)
    return rep.issues
