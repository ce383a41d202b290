"""The same printed values, fed to both importers (a published text and two Word files), give the
same typed values: both read them through one vocabulary and one grammar."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import docx
import pytest

from editor.model.bitext import Lang
from editor.model.importing.docx_reader import read_docx
from editor.model.importing.text import import_published_text
from editor.model.labels import NodeKind
from editor.model.tree import Node, Note
from editor.model.values import Partners

# (field key, block, French label, French values, Dutch label, Dutch values); a value starting
# with "- " is printed as a bullet.
ROWS: list[tuple[str, NodeKind, str, list[str], str, list[str]]] = [
    ("deadline", NodeKind.PLANNING, "Échéance de l’OO", ["T2 2023"], "Deadline voor de OD", ["K2 2023"]),
    ("deadline", NodeKind.PLANNING, "Échéance de l’OO", ["Fin 2022"], "Deadline voor de OD", ["Eind 2022"]),
    ("deadline", NodeKind.PLANNING, "Échéance de l’OO", ["Permanent"], "Deadline voor de OD", ["Doorlopend"]),
    ("deadline", NodeKind.PLANNING, "Échéance de l’OO", ["Printemps 2023"], "Deadline voor de OD", ["Voorjaar 2023"]),
    ("deadline", NodeKind.PLANNING, "Échéance de l’OO", ["Décembre 2022"], "Deadline voor de OD", ["December 2022"]),
    ("deadline", NodeKind.PLANNING, "Échéance de l’OO", ["2e semestre 2023"], "Deadline voor de OD",
     ["Tweede semester 2023"]),
    ("deadline", NodeKind.PLANNING, "Échéance de l’OO", ["Chaque année jusqu’en 2024"], "Deadline voor de OD",
     ["Elk jaar tot 2024"]),
    ("deadline", NodeKind.PLANNING, "Échéance de l’OO", ["Pour screen.brussels : décembre 2023"],
     "Deadline voor de OD", ["Voor screen.brussels : december 2023"]),
    ("deadline", NodeKind.PLANNING, "Échéance de l’OO", ["Six mois après l’adoption"], "Deadline voor de OD",
     ["Zes maanden na de goedkeuring"]),
    ("status", NodeKind.REALISATION, "Statut de l’OO", ["En cours"], "Status van de OD", ["Lopend"]),
    ("status", NodeKind.REALISATION, "Statut de l’OO", ["Selon le planning"], "Status van de OD",
     ["Volgens het schema"]),
    ("status", NodeKind.REALISATION, "Statut de l’OO", ["Retardé – en attente du permis"], "Status van de OD",
     ["Vertraagd – in afwachting van de vergunning"]),
    ("status", NodeKind.REALISATION, "Statut de l’OO", ["Réalisé"], "Status van de OD", ["Gerealiseerd"]),
    ("thresholds", NodeKind.PLANNING, "Valeurs seuils de l’OO (vert, orange ou rouge)",
     ["- Vert : plus de 90 % des dossiers", "- Orange : entre 75 % et 90 %", "- Rouge : moins de 75 %"],
     "Drempelwaarden van de OD (groen, oranje of rood)",
     ["- Groen: meer dan 90 % van de dossiers", "- Oranje: tussen 75 % en 90 %", "- Rood: minder dan 75 %"]),
    ("thresholds", NodeKind.PLANNING, "Valeurs seuils de l’OO (vert, orange ou rouge)",
     ["- OK : le cadre est adopté", "- pas OK : le cadre n’est pas adopté"],
     "Drempelwaarden van de OD (groen, oranje of rood)",
     ["- OK : het kader is aangenomen", "- niet OK : het kader is niet aangenomen"]),
    ("kpis", NodeKind.PLANNING, "Indicateurs de performance (ICP) de l’output de l’OO",
     ["- Nombre de nuitées", "- Taux de satisfaction"],
     "Prestatie-indicatoren (KPI) van de output van de OD", ["- Aantal overnachtingen", "- Tevredenheidsgraad"]),
    ("means", NodeKind.PLANNING, "Moyens",
     ["- ETP : 2,5", "- AB 20.002.08.01.1211 (promotion taxi) : 500.000 euros par an (engagement)"],
     "Middelen",
     ["- VTE : 2,5", "- BA 20.002.08.01.1211 (taxipromotie) : 500.000 euro per jaar (vastlegging)"]),
    ("partners", NodeKind.PLANNING, "Partenaires", ["STIB, SPF Mobilité, communes"], "Partners",
     ["MIVB, FOD Mobiliteit, gemeenten"]),
]  # fmt: skip

def _objectives(lang: Lang) -> list[tuple[str, str]]:
    """(style, text) paragraphs of chapter IV: one OO per row, its field in the row's block."""
    os_title = "IV.1 OS 1 : Une mobilité accessible" if lang is Lang.FR else "IV.1 SD 1 : Een toegankelijke mobiliteit"
    rows: list[tuple[str, str]] = [("h", os_title)]
    for index, (_key, block, label_fr, values_fr, label_nl, values_nl) in enumerate(ROWS, start=1):
        token = "OO" if lang is Lang.FR else "OD"
        title = f"Objectif {index}" if lang is Lang.FR else f"Doelstelling {index}"
        rows.append(("h", f"IV.1.{index}. {token} 1.{index}. : {title}"))
        realisations = "Réalisations" if lang is Lang.FR else "Realisaties"
        word = {NodeKind.PLANNING: "Planning", NodeKind.REALISATION: realisations}
        year = 2022 if block is NodeKind.PLANNING else 2021
        rows.append(("h", f"IV.1.{index}.1 {word[block]} {year}"))
        label, values = (label_fr, values_fr) if lang is Lang.FR else (label_nl, values_nl)
        rows.append(("b", label))
        rows += [("-", value[2:]) if value.startswith("- ") else ("p", value) for value in values]
    return rows


def _published_text() -> str:
    columns = {}
    for lang in (Lang.FR, Lang.NL):
        head = (["CHAPITRE IV\nAperçu des objectifs stratégiques", "et opérationnels"] if lang is Lang.FR
                else ["HOOFDSTUK IV\nOverzicht van de strategische en", "operationele doelstellingen"])  # fmt: skip
        body = [f"– {text}" if style == "-" else text for style, text in _objectives(lang)]
        columns[lang] = head + body
    return " " + "\n\n".join(columns[Lang.FR] + columns[Lang.NL]) + "\n"


def _word_file(path: Path, lang: Lang) -> Path:
    document = docx.Document()
    document.add_paragraph("CHAPITRE IV" if lang is Lang.FR else "HOOFDSTUK IV", style="Heading 1")
    for style, text in _objectives(lang):
        if style == "h":
            level = text.count(".") if text.count(".") < 4 else 3
            document.add_paragraph(text, style=f"Heading {min(max(level, 1) + 1, 4)}")
        elif style == "-":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph().add_run(text).bold = style == "b"
    document.save(str(path))
    return path


def _field(note: Note, index: int, key: str) -> tuple[Node, Any]:
    oo = note.objectives[0].children[index]
    block = oo.children[0]
    return block, block.fields.get(key)


def _typed(note: Note, value: Any) -> Any:
    """The value without its ids, partners by their names: what the two importers must agree on."""
    if isinstance(value, Partners):
        return [(org.name.fr, org.name.nl) for org in map(note.organisation, value.items) if org is not None]
    data = dataclasses.asdict(value)
    return _without_ids(data)


def _without_ids(data: Any) -> Any:
    if isinstance(data, dict):
        # Ids and confirmation state are the importers' own business, not the printed value.
        return {key: _without_ids(item) for key, item in data.items() if key not in ("id", "base_fr", "base_nl")}
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    return data


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[Note, Note]:
    folder = tmp_path_factory.mktemp("shared")
    notes, _report = import_published_text(_published_text(), "shared.txt")
    assert len(notes) == 1
    word, _ = read_docx([_word_file(folder / "fr.docx", Lang.FR), _word_file(folder / "nl.docx", Lang.NL)])
    return notes[0], word


@pytest.mark.parametrize("index", range(len(ROWS)), ids=[f"{row[0]}-{row[3][0][:18]}" for row in ROWS])
def test_both_importers_give_the_same_typed_value(both: tuple[Note, Note], index: int) -> None:
    text_note, word_note = both
    key = ROWS[index][0]
    text_block, from_text = _field(text_note, index, key)
    word_block, from_word = _field(word_note, index, key)
    assert text_block.kind is word_block.kind is ROWS[index][1]
    assert from_text is not None and from_word is not None
    assert _typed(text_note, from_text) == _typed(word_note, from_word)


def test_the_typed_values_are_the_printed_ones(both: tuple[Note, Note]) -> None:
    text_note, _ = both
    typed = [_typed(text_note, _field(text_note, index, row[0])[1]) for index, row in enumerate(ROWS)]
    assert (typed[0]["kind"], typed[0]["part"], typed[0]["year"]) == ("quarter", 2, 2023)
    assert (typed[1]["kind"], typed[1]["year"]) == ("year", 2022)
    assert typed[2]["kind"] == "continuous"
    assert (typed[3]["kind"], typed[3]["season"]) == ("season", "spring")
    assert (typed[4]["kind"], typed[4]["part"]) == ("month", 12)
    assert (typed[5]["kind"], typed[5]["part"]) == ("semester", 2)
    assert typed[6]["kind"] == "every-year-until"
    assert typed[7]["qualifier"]["fr"] == "Pour screen.brussels"
    assert typed[8]["kind"] == "text"
    assert [one["code"] for one in typed[9:13]] == ["in-progress", "on-schedule", "delayed", "done"]
    assert typed[11]["comment"]["nl"] == "in afwachting van de vergunning"
    assert typed[13]["orange"]["text"]["fr"] == "entre 75 % et 90 %"
    assert (typed[14]["kind"], typed[14]["red"]["text"]["nl"]) == ("binary", "het kader is niet aangenomen")
    assert [kpi["name"]["nl"] for kpi in typed[15]["items"]] == ["Aantal overnachtingen", "Tevredenheidsgraad"]
    line = typed[16]["budget"][0]
    assert (str(typed[16]["fte"]), line["code"], str(line["amount"]), line["per_year"]) == (
        "2.5", "20.002.08.01.1211", "500000", True,
    )
    assert typed[17] == [("STIB", "MIVB"), ("SPF Mobilité", "FOD Mobiliteit"), ("communes", "gemeenten")]
