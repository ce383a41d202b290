"""Sample OO 1.3: secure bicycle parking (template A with two project items)."""

from __future__ import annotations

from editor.model.labels import NodeKind, Template
from editor.model.tree import Node
from editor.model.values import (
    Direction,
    Season,
)
from sample_note.helpers import (
    Picker,
    bands,
    bt,
    kpi,
    kpis,
    line,
    means,
    month,
    node,
    season,
    year,
)


def oo13(partners: Picker) -> Node:
    places = kpi(
        "Emplacements vélo sécurisés disponibles",
        "Beschikbare beveiligde fietsparkeerplaatsen",
        unit=("emplacements", "plaatsen"),
        base=("9400", 2025),
        target=("12400", 2026),
        direction=Direction.INCREASE,
    )
    occupancy = kpi(
        "Taux d’occupation des box vélo",
        "Bezettingsgraad van de fietsboxen",
        unit=("%", "%"),
        base=("91", 2025),
        target=("90", 2026),
        direction=Direction.MAINTAIN,
    )
    oo = node(
        NodeKind.OO,
        bt("Offrir du stationnement vélo sécurisé", "Beveiligde fietsparkeerplaatsen aanbieden"),
        Template.A,
        description=bt(
            "Développer une offre de stationnement vélo sécurisé dans les quartiers résidentiels "
            "et aux pôles d’échanges, en collaboration avec parking.brussels.",
            "Een aanbod van beveiligde fietsparkeerplaatsen uitbouwen in de woonwijken en aan de "
            "overstappolen, in samenwerking met parking.brussels.",
        ),
        output=bt(
            "3.000 emplacements sécurisés supplémentaires en 2026.",
            "3.000 extra beveiligde fietsparkeerplaatsen in 2026.",
        ),
        kpis=kpis(places, occupancy),
        targets=bt(
            "– Habitants des quartiers denses sans garage\n"
            "– Navetteurs qui combinent le train et le vélo\n"
            "– Visiteurs des noyaux commerciaux",
            "– Bewoners van dichtbebouwde wijken zonder garage\n"
            "– Pendelaars die trein en fiets combineren\n"
            "– Bezoekers van de handelskernen",
        ),
        actions=bt(
            "– Box vélo de quartier\n– Parkings vélo aux gares et aux stations de métro",
            "– Buurtfietsboxen\n– Fietsparkings aan de stations en de metrostations",
        ),
        deadline=year(2026),
        thresholds=bands(
            places,
            "12400",
            "11000",
            (
                ("12.400 emplacements ou plus", "12.400 plaatsen of meer"),
                ("de 11.000 à 12.400 emplacements", "van 11.000 tot 12.400 plaatsen"),
                ("moins de 11.000 emplacements", "minder dan 11.000 plaatsen"),
            ),
        ),
        means=means(
            "2",
            line(
                "33.003.34.01.4322",
                "subside à parking.brussels pour le stationnement vélo",
                "subsidie aan parking.brussels voor fietsparkeren",
                "2400000",
            ),
        ),
        partners=partners("parking", "communes", "stib"),
    )
    boxes = kpi(
        "Box vélo installés",
        "Geplaatste fietsboxen",
        unit=("box", "boxen"),
        base=("1480", 2025),
        target=("1780", 2026),
        direction=Direction.INCREASE,
    )
    stations = kpi(
        "Emplacements en parkings vélo surveillés",
        "Plaatsen in bewaakte fietsparkings",
        unit=("emplacements", "plaatsen"),
        base=("0", 2025),
        target=("1500", 2026),
        direction=Direction.INCREASE,
    )
    oo.children = [
        node(
            NodeKind.ITEM,
            bt("Box vélo de quartier", "Buurtfietsboxen"),
            description=bt(
                "Installer des box vélo sécurisés de 5 places dans les rues résidentielles, à la "
                "demande des habitants.",
                "Beveiligde fietsboxen met 5 plaatsen plaatsen in de woonstraten, op vraag van de bewoners.",
            ),
            output=bt(
                "300 nouveaux box, soit 1.500 emplacements.",
                "300 nieuwe boxen, goed voor 1.500 plaatsen.",
            ),
            kpis=kpis(boxes),
            targets=bt(
                "Habitants sans espace privé pour ranger un vélo",
                "Bewoners zonder private ruimte om een fiets te stallen",
            ),
            actions=bt(
                "– Appel aux demandes des habitants\n"
                "– Installation par parking.brussels\n"
                "– Gestion en ligne des abonnements",
                "– Oproep tot aanvragen bij de bewoners\n"
                "– Plaatsing door parking.brussels\n"
                "– Onlinebeheer van de abonnementen",
            ),
            deadline=season(2026, Season.SUMMER),
            thresholds=bands(
                boxes,
                "1780",
                "1630",
                (
                    ("1.780 box ou plus", "1.780 boxen of meer"),
                    ("de 1.630 à 1.780 box", "van 1.630 tot 1.780 boxen"),
                    ("moins de 1.630 box", "minder dan 1.630 boxen"),
                ),
            ),
        ),
        node(
            NodeKind.ITEM,
            bt("Parkings vélo aux pôles d’échanges", "Fietsparkings aan de overstappolen"),
            description=bt(
                "Créer des parkings vélo surveillés aux gares et aux principales stations de métro.",
                "Bewaakte fietsparkings inrichten aan de stations en de belangrijkste metrostations.",
            ),
            output=bt(
                "1.500 emplacements dans 4 parkings surveillés (gare du Nord, gare du Midi, Schuman et Delta).",
                "1.500 plaatsen in 4 bewaakte fietsparkings (Noordstation, Zuidstation, Schuman en Delta).",
            ),
            kpis=kpis(stations),
            targets=bt(
                "Navetteurs qui combinent le train, le métro et le vélo",
                "Pendelaars die trein, metro en fiets combineren",
            ),
            actions=bt(
                "– Conventions avec la SNCB et la STIB\n– Aménagement et équipement des locaux\n– Gardiennage",
                "– Overeenkomsten met de NMBS en de MIVB\n– Inrichting en uitrusting van de lokalen\n– Bewaking",
            ),
            deadline=month(2026, 9),
            thresholds=bands(
                stations,
                "1500",
                "1000",
                (
                    ("1.500 emplacements", "1.500 plaatsen"),
                    ("de 1.000 à 1.500 emplacements", "van 1.000 tot 1.500 plaatsen"),
                    ("moins de 1.000 emplacements", "minder dan 1.000 plaatsen"),
                ),
            ),
        ),
    ]
    return oo
