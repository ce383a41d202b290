"""Build the bundled sample note and the new-note skeleton with the model API and save them.

Run ``.venv/bin/python scripts/build_sample.py`` to regenerate ``resources/sample-note.xml`` and
``resources/new-note.xml``. After that the XML files are the source of truth: edit them in the
editor, and only rerun this script to start over. Ids are fixed (not random) so that a rerun
gives the same bytes and diffs stay readable. The content lives in ``scripts/sample_note/``
(one module per strategic objective, shared builders in ``helpers.py``).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

# The repository root (for ``editor``) and this folder (for ``sample_note``) must be importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_note.cycling import os1
from sample_note.helpers import ID, Ids, bt
from sample_note.safety import os2
from sample_note.texts import ABBREVIATIONS, CHAPTERS, ORGANISATIONS, STARTER_ORGANISATIONS
from sample_note.walking import os3

from editor.model.bitext import BiText, Lang
from editor.model.labels import AnnexKind, NodeKind, Template
from editor.model.resources import NEW_NOTE, SAMPLE_NOTE
from editor.model.tree import Abbreviation, AgendaRecord, AuditRecord, Note, Organisation, new_node
from editor.model.values import Partners
from editor.model.xmlio import save_note


class Sample:
    """The whole sample note, built against one organisation table."""

    def __init__(self) -> None:
        self.orgs = {key: Organisation(ID("org"), bt(fr, nl)) for key, (fr, nl) in ORGANISATIONS.items()}

    def partners(self, *keys: str) -> Partners:
        return Partners([self.orgs[key].id for key in keys])

    def note(self) -> Note:
        note = Note(id="note-sample2026")
        title = note.title
        title.competence = bt("Mobilité active et Sécurité routière", "Actieve mobiliteit en Verkeersveiligheid")
        title.minister = bt(
            "Ministre du Gouvernement de la Région de Bruxelles-Capitale chargée de la Mobilité, des "
            "Travaux publics et de la Sécurité routière",
            "Minister van de Brusselse Hoofdstedelijke Regering belast met Mobiliteit, Openbare Werken "
            "en Verkeersveiligheid",
        )
        title.body = bt("Bruxelles Mobilité", "Brussel Mobiliteit")
        title.session_year, title.budget_year = 2025, 2026
        title.document_ref = "A-123/1"
        title.original_language = Lang.FR
        note.abbreviations = [
            Abbreviation(ID("abbr"), bt(fr_short, nl_short), bt(fr_long, nl_long))
            for fr_short, fr_long, nl_short, nl_long in ABBREVIATIONS
        ]
        note.organisations = list(self.orgs.values())
        for chapter in note.chapters:
            chapter.body = bt(*CHAPTERS[chapter.kind])
        note.objectives = [os1(self.partners), os2(self.partners), os3(self.partners)]
        self.records(note)
        return note

    def records(self, note: Note) -> None:
        """Regulatory agenda (referring to real objectives) and one Court of Audit follow-up."""
        os1, os2 = note.objectives[0], note.objectives[1]
        agenda, audit = note.annex(AnnexKind.AGENDA), note.annex(AnnexKind.AUDIT)
        assert agenda is not None and audit is not None
        agenda.records = [
            AgendaRecord(
                ID("agenda"),
                bt(
                    "Arrêté du Gouvernement relatif aux subsides aux communes pour les zones apaisées : "
                    "fixer des critères d’octroi pluriannuels qui donnent aux communes une visibilité "
                    "sur 3 ans.",
                    "Besluit van de regering betreffende de subsidies aan de gemeenten voor rustige "
                    "zones: meerjarige toekenningscriteria vastleggen die de gemeenten een vooruitzicht "
                    "over 3 jaar geven.",
                ),
                os2.id,
                [os2.children[0].id],
                bt(
                    "Avant-projet approuvé en première lecture le 20 novembre 2025 ; adoption "
                    "définitive prévue au premier semestre 2026.",
                    "Voorontwerp in eerste lezing goedgekeurd op 20 november 2025; definitieve "
                    "goedkeuring gepland in het eerste semester van 2026.",
                ),
            ),
            AgendaRecord(
                ID("agenda"),
                bt(
                    "Arrêté du Gouvernement relatif au stationnement vélo dans les nouveaux immeubles : "
                    "imposer 1 emplacement vélo par chambre dans les logements neufs.",
                    "Besluit van de regering betreffende fietsparkeren in nieuwe gebouwen: 1 "
                    "fietsparkeerplaats per slaapkamer opleggen in nieuwe woningen.",
                ),
                os1.id,
                [os1.children[2].id],
                bt(
                    "Concertation avec urban.brussels en cours ; examen par le Gouvernement prévu en octobre 2026.",
                    "Overleg met urban.brussels loopt; behandeling door de regering gepland in oktober 2026.",
                ),
            ),
        ]
        audit.records = [
            AuditRecord(
                ID("audit"),
                bt(
                    "Rapport de la Cour des comptes « Les subsides régionaux aux communes en matière de "
                    "mobilité », mars 2024",
                    "Verslag van het Rekenhof „De gewestelijke subsidies aan de gemeenten inzake "
                    "mobiliteit”, maart 2024",
                ),
                bt(
                    "– Fixer des critères d’octroi objectifs et publiés\n"
                    "– Contrôler l’utilisation des subsides sur la base de pièces justificatives",
                    "– Objectieve en bekendgemaakte toekenningscriteria vastleggen\n"
                    "– Het gebruik van de subsidies controleren op basis van bewijsstukken",
                ),
                bt(
                    "Les critères d’octroi sont publiés depuis l’appel à projets 2025. Depuis janvier "
                    "2025, 100 % des dossiers sont contrôlés sur pièces.",
                    "De toekenningscriteria worden bekendgemaakt sinds de projectoproep 2025. Sinds "
                    "januari 2025 wordt 100 % van de dossiers gecontroleerd op basis van stukken.",
                ),
            )
        ]


# ---------------------------------------------------------------- new-note skeleton


def current_session(today: date) -> int:
    """First year of the parliamentary session under way (sessions open in September)."""
    return today.year if today.month >= 9 else today.year - 1


def skeleton(today: date) -> Note:
    """Empty title block, chapters, one OS with one template-B OO, the annexes, starter bodies."""
    ids = Ids("new")
    note = Note(id=ids("note"))
    note.title.session_year = current_session(today)
    note.title.budget_year = note.title.session_year + 1
    note.organisations = [Organisation(ids("org"), BiText(fr, nl)) for fr, nl in STARTER_ORGANISATIONS]
    strategic = new_node(NodeKind.OS)
    operational = new_node(NodeKind.OO, Template.B)
    blocks = [
        new_node(NodeKind.REALISATION, year=note.title.session_year),
        new_node(NodeKind.PLANNING, year=note.title.budget_year),
    ]
    operational.children = blocks
    strategic.children = [operational]
    for each in strategic.walk():
        each.id = ids(each.kind.value)
    note.objectives = [strategic]
    return note


def main() -> int:
    save_note(Sample().note(), SAMPLE_NOTE, backup=False)
    save_note(skeleton(date.today()), NEW_NOTE, backup=False)
    print(f"wrote {SAMPLE_NOTE} and {NEW_NOTE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
