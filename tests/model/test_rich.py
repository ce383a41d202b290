"""Rich text values: canonical form, plain text, and the file vocabulary read back equal."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from editor.model.rich import (
    BULLET,
    Footnote,
    Link,
    ListItem,
    Mark,
    Paragraph,
    Span,
    TableBlock,
    from_plain,
    from_typed_text,
    normalise,
    numbers,
    plain,
    shape,
)
from editor.model.richxml import read_blocks, write_blocks

PARSER = etree.XMLParser(remove_blank_text=False)

words = st.text(alphabet="abcéèëïœ’ «»\u00a0\u202f12,.%", min_size=1, max_size=12)
marks = st.frozensets(st.sampled_from(list(Mark)), max_size=3)
span = st.builds(Span, words, marks)
link = st.builds(Link, st.sampled_from(["https://be.brussels/plan", "https://parlement.brussels/x?a=1&b=2"]),
                 st.lists(span, min_size=1, max_size=3).map(tuple))  # fmt: skip
footnote = st.builds(Footnote, st.lists(st.one_of(span, link), min_size=1, max_size=3).map(tuple))
inlines = st.lists(st.one_of(span, span, span, link, footnote), max_size=6).map(tuple)
cell_inlines = st.lists(st.one_of(span, link), max_size=3).map(tuple)
block = st.one_of(
    st.builds(Paragraph, inlines),
    st.builds(ListItem, inlines, st.integers(1, 3), st.booleans(), st.booleans()),
    st.builds(TableBlock, st.lists(st.lists(cell_inlines, min_size=1, max_size=3).map(tuple), min_size=1,
                                   max_size=3).map(tuple), st.booleans()),
)
blocks = st.lists(block, max_size=5).map(tuple)


def _canonical(value: tuple) -> tuple:
    result = []
    for one in value:
        if isinstance(one, TableBlock):
            result.append(TableBlock(tuple(tuple(normalise(cell) for cell in row) for row in one.rows), one.header))
        else:
            result.append(type(one)(normalise(one.content), *([one.level, one.numbered, one.restart]
                                                                if isinstance(one, ListItem) else [])))  # fmt: skip
    return tuple(result)


def _round_trip(value: tuple) -> tuple:
    side = etree.Element("fr")
    write_blocks(side, value)
    text = etree.tostring(side, pretty_print=True, encoding="unicode")
    return read_blocks(etree.fromstring(text, PARSER))


@settings(max_examples=300)
@given(blocks)
def test_every_rich_side_reads_back_equal_after_a_pretty_save(value: tuple) -> None:
    assert _round_trip(value) == _canonical(value)


def test_spaces_between_formatted_words_survive():
    value = (Paragraph((Span("a", frozenset({Mark.BOLD})), Span(" "), Span("b", frozenset({Mark.ITALIC})))),)
    assert _round_trip(value) == value


@given(st.lists(st.text(alphabet="ab é–-\u00a0", max_size=8), max_size=5))
def test_plain_text_of_the_first_format_reads_back_exactly(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert plain(from_plain(text)) == text


def test_plain_form_numbers_lists_and_shows_tables_and_footnotes():
    value = (
        Paragraph((Span("Voir"), Footnote((Span("Plan régional, p. 3"),)), Span(" le plan."))),
        ListItem((Span("un"),), numbered=True),
        ListItem((Span("deux"),), numbered=True),
        ListItem((Span("sous"),), level=2, numbered=True),
        ListItem((Span("puce"),)),
        TableBlock((((Span("2021"),), (Span("25 %"),)),)),
    )
    assert plain(value).split("\n") == [
        "Voir le plan.", "[1] Plan régional, p. 3", "1. un", "2. deux", "a. sous", f"{BULLET}puce", "2021 | 25 %",
    ]  # fmt: skip
    assert numbers(value)[1:4] == ["1.", "2.", "a."]
    assert shape(value).footnotes == 1 and shape(value).tables == ((1, 2),)


def test_typed_bullets_and_numbers_become_list_items():
    value = from_typed_text("Intro\n- un\n  - sous-point\n• deux\n1. premier\n2) second\n\nfin")
    assert [type(one).__name__ for one in value] == ["Paragraph", *["ListItem"] * 5, "Paragraph"]
    assert [(one.level, one.numbered) for one in value if isinstance(one, ListItem)] == [
        (1, False), (2, False), (1, False), (1, True), (1, True),
    ]  # fmt: skip
