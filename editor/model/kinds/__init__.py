"""The field-kind registry: every kind of field value, found by its type or by its value's class.

To add a kind: write its module here (value class, XML, schema fragment, rules, rendering,
reading from print), list it in ``KINDS``, give it a ``FieldType`` and use it in a field of
editor/model/labels/, register its editor in editor/widgets/factory.py, and regenerate the schema
(``make schema``). The registry test walks every kind through every stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from editor.model.kinds.base import FieldKind
from editor.model.kinds.deadline import DEADLINE
from editor.model.kinds.kpis import KPIS
from editor.model.kinds.means import MEANS
from editor.model.kinds.partners import PARTNERS
from editor.model.kinds.status import STATUS
from editor.model.kinds.text import TEXT
from editor.model.kinds.thresholds import THRESHOLDS
from editor.model.labels import FieldSpec, FieldType

if TYPE_CHECKING:
    from editor.model.values import FieldValue

__all__ = ["KINDS", "FieldKind", "empty_value", "kind_of", "kind_of_value"]

KINDS: tuple[FieldKind[Any], ...] = (TEXT, KPIS, THRESHOLDS, DEADLINE, STATUS, MEANS, PARTNERS)
_BY_TYPE: dict[FieldType, FieldKind[Any]] = {kind.field_type: kind for kind in KINDS}
_BY_CLASS: dict[type, FieldKind[Any]] = {kind.value_class: kind for kind in KINDS}


def kind_of(field: FieldSpec | FieldType) -> FieldKind[Any]:
    """The kind of a field (or of a field type)."""
    return _BY_TYPE[field.type if isinstance(field, FieldSpec) else field]


def kind_of_value(value: object) -> FieldKind[Any]:
    """The kind a value belongs to; KeyError for a value of no kind."""
    return _BY_CLASS[type(value)]


def empty_value(spec: FieldSpec) -> FieldValue:
    """A fresh, empty value of the field's kind."""
    value: FieldValue = _BY_TYPE[spec.type].empty()
    return value
