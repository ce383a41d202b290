"""Fixed lists and prose of the sample note: organisations, abbreviations, chapters I–III."""

from __future__ import annotations

from editor.model.labels import ChapterKind

# ---------------------------------------------------------------- organisations

ORGANISATIONS = {
    "bm": ("Bruxelles Mobilité", "Brussel Mobiliteit"),
    "stib": ("STIB", "MIVB"),
    "paradigm": ("Paradigm (anciennement CIRB)", "Paradigm (voorheen CIBG)"),
    "env": ("Bruxelles Environnement", "Leefmilieu Brussel"),
    "persp": ("perspective.brussels", "perspective.brussels"),
    "urban": ("urban.brussels", "urban.brussels"),
    "bpl": ("Bruxelles Pouvoirs locaux", "Brussel Plaatselijke Besturen"),
    "safe": ("safe.brussels", "safe.brussels"),
    "police": ("Zones de police bruxelloises", "Brusselse politiezones"),
    "communes": ("Les 19 communes bruxelloises", "De 19 Brusselse gemeenten"),
    "parking": ("parking.brussels", "parking.brussels"),
    "provelo": ("Pro Velo", "Pro Velo"),
}

# The skeleton's starter list: common Brussels bodies a new note is likely to cite.
STARTER_ORGANISATIONS = (
    ("STIB", "MIVB"),
    ("Bruxelles Environnement", "Leefmilieu Brussel"),
    ("Paradigm", "Paradigm"),
    ("perspective.brussels", "perspective.brussels"),
    ("hub.brussels", "hub.brussels"),
    ("visit.brussels", "visit.brussels"),
    ("Bruxelles Fiscalité", "Brussel Fiscaliteit"),
    ("Bruxelles Pouvoirs locaux", "Brussel Plaatselijke Besturen"),
    ("Service public régional de Bruxelles (SPRB)", "Gewestelijke Overheidsdienst Brussel (GOB)"),
    ("Actiris", "Actiris"),
    ("Innoviris", "Innoviris"),
    ("urban.brussels", "urban.brussels"),
    ("Bruxelles Mobilité", "Brussel Mobiliteit"),
    ("Bruxelles-Propreté", "Net Brussel"),
    ("talent.brussels", "talent.brussels"),
)

ABBREVIATIONS = (
    ("AB", "allocation de base", "BA", "basisallocatie"),
    ("BM", "Bruxelles Mobilité", "BM", "Brussel Mobiliteit"),
    ("DPR", "Déclaration de politique régionale", "GBV", "Gewestelijke Beleidsverklaring"),
    ("ETP", "équivalent temps plein", "VTE", "voltijdsequivalent"),
    ("ICP", "indicateur clé de performance", "KPI", "kritieke prestatie-indicator"),
    ("ICR", "itinéraire cyclable régional", "GFR", "gewestelijke fietsroute"),
    ("OO", "objectif opérationnel", "OD", "operationele doelstelling"),
    ("OS", "objectif stratégique", "SD", "strategische doelstelling"),
    ("PMR", "personne à mobilité réduite", "PBM", "persoon met beperkte mobiliteit"),
    (
        "STIB",
        "Société des Transports Intercommunaux de Bruxelles",
        "MIVB",
        "Maatschappij voor het Intercommunaal Vervoer te Brussel",
    ),
)

CHAPTERS = {
    ChapterKind.INTRODUCTION: (
        "La présente note d’orientation expose la politique régionale en matière de mobilité active et "
        "de sécurité routière pour l’année budgétaire 2026. Elle s’inscrit dans le plan régional de "
        "mobilité Good Move et dans la Déclaration de politique régionale.\n"
        "Trois priorités guident notre action :\n"
        "– un réseau cyclable régional sûr, continu et lisible ;\n"
        "– une réduction structurelle du nombre de victimes de la route, dans la perspective de la "
        "Vision Zéro ;\n"
        "– un espace public où la marche et l’accessibilité des personnes à mobilité réduite sont la "
        "norme.\n"
        "Bruxelles Mobilité pilote la mise en œuvre de ces objectifs, en étroite collaboration avec les "
        "communes, la STIB et les zones de police.",
        "Deze beleidsnota zet het gewestelijke beleid inzake actieve mobiliteit en verkeersveiligheid "
        "uiteen voor het begrotingsjaar 2026. Ze past in het gewestelijk mobiliteitsplan Good Move en in "
        "de Gewestelijke Beleidsverklaring.\n"
        "Drie prioriteiten sturen ons beleid:\n"
        "– een veilig, doorlopend en overzichtelijk gewestelijk fietsnetwerk;\n"
        "– een structurele daling van het aantal verkeersslachtoffers, met het oog op Vision Zero;\n"
        "– een openbare ruimte waar stappen en de toegankelijkheid voor personen met beperkte "
        "mobiliteit de norm zijn.\n"
        "Brussel Mobiliteit stuurt de uitvoering van deze doelstellingen aan, in nauwe samenwerking met "
        "de gemeenten, de MIVB en de politiezones.",
    ),
    ChapterKind.CONTEXT: (
        "Entre 2019 et 2024, la part modale du vélo dans les déplacements des Bruxellois est passée de "
        "5 % à 10 %. Les comptages automatiques enregistrent en moyenne 2.850 passages de cyclistes par "
        "jour dans la rue de la Loi.\n"
        "La sécurité routière reste préoccupante : en 2024, 2.946 personnes ont été blessées et 16 ont "
        "perdu la vie sur les routes bruxelloises. Les piétons et les cyclistes représentent plus de la "
        "moitié des tués et blessés graves.\n"
        "Plusieurs facteurs pèsent sur la mise en œuvre :\n"
        "– la hausse du coût des travaux publics ;\n"
        "– la coordination des chantiers avec les impétrants et les communes ;\n"
        "– la place limitée dans l’espace public des quartiers denses.",
        "Tussen 2019 en 2024 steeg het modale aandeel van de fiets in de verplaatsingen van de "
        "Brusselaars van 5 % naar 10 %. De automatische tellingen registreren gemiddeld 2.850 passages "
        "van fietsers per dag in de Wetstraat.\n"
        "De verkeersveiligheid blijft zorgwekkend: in 2024 raakten 2.946 mensen gewond en lieten 16 "
        "mensen het leven op de Brusselse wegen. Voetgangers en fietsers vormen meer dan de helft van de "
        "doden en zwaargewonden.\n"
        "Verschillende factoren bemoeilijken de uitvoering:\n"
        "– de stijgende kostprijs van openbare werken;\n"
        "– de coördinatie van de werven met de nutsbedrijven en de gemeenten;\n"
        "– de beperkte plaats in de openbare ruimte van de dichtbebouwde wijken.",
    ),
    ChapterKind.SUMMARY: (
        "En 2025, 28 km de pistes cyclables séparées ont été mis en service et 12 carrefours dangereux "
        "ont été réaménagés. Pour 2026, le Gouvernement prévoit :\n"
        "– 40 km supplémentaires de pistes cyclables séparées ;\n"
        "– le réaménagement de 18 carrefours ;\n"
        "– 3.000 nouveaux emplacements de stationnement vélo sécurisés ;\n"
        "– la mise en accessibilité de 60 arrêts de la STIB.\n"
        "Les moyens consacrés à ces objectifs sont détaillés par objectif à l’annexe des moyens.",
        "In 2025 werden 28 km afgescheiden fietspaden in gebruik genomen en werden 12 gevaarlijke "
        "kruispunten heraangelegd. Voor 2026 plant de regering:\n"
        "– 40 km extra afgescheiden fietspaden;\n"
        "– de heraanleg van 18 kruispunten;\n"
        "– 3.000 nieuwe beveiligde fietsparkeerplaatsen;\n"
        "– de toegankelijkmaking van 60 haltes van de MIVB.\n"
        "De middelen voor deze doelstellingen worden per doelstelling toegelicht in de bijlage over de "
        "middelen.",
    ),
}
