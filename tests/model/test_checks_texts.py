"""Texts inside field values (KPI sources, band texts, deadline qualifiers, means remarks) are
checked like any text: ``text_ok`` is the quick verdict the value rules test first."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.model.bitext import BiText, Lang
from editor.model.checks import check_note
from editor.model.checks_fields import text_ok, text_rules
from editor.model.checks_issue import Reporter
from editor.model.crosslang import compare
from editor.model.values import Deadline, DeadlineKind
from tests.model.test_checks_fixtures import TODAY, bt, complete_note, planning_block

SIDES = st.sampled_from(
    ["", "   ", "\n", "Réduire de 2,5 % les émissions", "Mise en œuvre du plan Good Move", "25 %",
     "De uitstoot met 2,5% verminderen", "Uitvoering van het plan Good Move"]
)  # fmt: skip


@st.composite
def texts(draw: st.DrawFn) -> BiText:
    text = BiText(draw(SIDES), draw(SIDES))
    if draw(st.booleans()):
        text.base_fr, text.base_nl = draw(SIDES), draw(SIDES)
    return text


def expected(text: BiText, required: bool) -> list[tuple[str, Lang | None]]:
    """The text rules as the specification states them."""
    fr, nl = bool(text.fr.strip()), bool(text.nl.strip())
    found: list[tuple[str, Lang | None]] = []
    if not (fr or nl):
        found += [("FIELD_EMPTY", None)] if required else []
    elif fr and nl:
        found += [("NUMBER_MISMATCH", None)] if compare(text.fr, text.nl) else []
    else:
        found.append(("TRANSLATION_MISSING", Lang.NL if fr else Lang.FR))
    return found + [("STALE_TRANSLATION", lang) for lang in text.stale_langs()]


@given(texts(), st.booleans())
def test_text_ok_exactly_when_the_text_rules_report_nothing(text: BiText, required: bool) -> None:
    rep = Reporter("oo-1", {Lang.FR: "OO 1", Lang.NL: "OD 1"})
    text_rules(rep, "description", None, text, required)
    assert [(issue.code, issue.lang) for issue in rep.issues] == expected(text, required)
    assert text_ok(text, required) == (expected(text, required) == [])


def test_problems_in_texts_inside_values_are_reported_with_their_paths() -> None:
    note = complete_note()
    block = planning_block(note)
    kpi = block.fields["kpis"].items[0]
    kpi.source = bt("Observatoire du tourisme", "")
    block.fields["deadline"] = Deadline(
        DeadlineKind.YEAR, year=2022, qualifier=bt("", "Voor screen.brussels")
    )
    means = block.fields["means"]
    means.note = bt("Budget réparti sur 2 ans", "Budget gespreid over 3 jaar")
    green = block.fields["thresholds"].green
    green.text.confirm()
    green.text.nl = "21 M€ per jaar (bruto)"
    issues = [(i.code, i.field, i.lang) for i in check_note(note, TODAY) if i.node_id == block.id]
    assert issues == [
        ("TRANSLATION_MISSING", f"kpis/{kpi.id}/source", Lang.NL),
        ("STALE_TRANSLATION", "thresholds/green", Lang.FR),
        ("TRANSLATION_MISSING", "deadline/qualifier", Lang.FR),
        ("NUMBER_MISMATCH", "means/note", None),
    ]
