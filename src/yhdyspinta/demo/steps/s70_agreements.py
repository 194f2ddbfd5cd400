# ruff: noqa: E501 (texts are data)
"""Agreements and responsibility tables as of the deck (slide 1, 5 and 7).

Slide 1: "Sopimukset allekirjoitettu" - the 13 framework agreements are signed (2023); the
annexes of the responsibility allocation table are being drafted: "Työllisyyden liite
alkuvuonna 2024", "Kotoutumisen osalta vuoden loppuun mennessä", "Tiedolla johtaminen ja
hankkeet vuoden loppuun mennessä". Slide 5: "Vastinparit tilojen- ja maankäytön ja
kaavoituksen osalta tarkennettava HVA kanssa" (an annex without counterparts). Slide 7: the
county names responsible persons for employment and integration (not yet named: gaps), and
"Elintapaohjauksen sopimus valmisteilla (STM suositus)". The signing date, the annex rows and
the knowledge-management counterpart pairs are invented and say "(demo)".
"""

from __future__ import annotations

from datetime import date

from yhdyspinta.agreements.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Annex,
    AnnexRevision,
    AnnexRow,
    AnnexStatus,
    ResponsibilityTable,
)
from yhdyspinta.agreements.services.versions import record_revision
from yhdyspinta.organizations.models import Counterpart
from yhdyspinta.organizations.vaguedate import parse_vague_date

from ..context import BOARD_MEETING

DEMO = "(demo)"
SIGNED = date(2023, 3, 31)  # the deck says only "signed" (2023)
YEAR_END = "vuoden 2023 loppuun mennessä"

# (theme, status, due as the deck says it, rows: (task, county, municipality, joint, legal basis))
ANNEXES = [
    (
        "employment",
        AnnexStatus.DRAFTING,
        "alkuvuosi 2024",
        [
            (
                "Työllisyyden hoidon yhdyspinta ja yhteyshenkilö",
                "HVA nimeää vastuuhenkilön, joka toimii yhteyshenkilönä ja koordinoivana tahona kuntiin päin.",
                "Kunta nimeää työllisyyspalveluiden yhteyshenkilön.",
                "Yhdyspinnan kysymykset käsitellään yhteisessä työryhmässä (demo).",
                "Laki työvoimapalveluiden järjestämisestä 380/2023",
            ),
            (
                "Kuntouttava työtoiminta",
                "HVA järjestää kuntouttavan työtoiminnan ja tekee aktivointisuunnitelmat (demo).",
                "Kunta tarjoaa työtoimintapaikkoja (demo).",
                "Palvelupolut ja kriteerit sovitaan yhdessä (demo).",
                "Laki kuntouttavasta työtoiminnasta 189/2001",
            ),
        ],
    ),
    (
        "integration",
        AnnexStatus.DRAFTING,
        YEAR_END,
        [
            (
                "Maahanmuuttajien sosiaali- ja terveyspalvelut",
                "HVA vastaa palveluista ja nimeää kotoutumisen vastuuhenkilön.",
                "Kunta vastaa kotoutumisohjelmasta (demo).",
                "Roolien selkeytys (demo).",
                "Kotoutumislaki 681/2023",
            ),
            (
                "Kansainvälinen rekrytointi",
                "HR-johtajan infot kansainvälisistä rekrytoinneista.",
                "Kunta tiedottaa omista rekrytoinneistaan (demo).",
                "",
                "",
            ),
        ],
    ),
    (
        "knowledge_management",
        AnnexStatus.DRAFTING,
        YEAR_END,
        [
            (
                "Yhteinen raportointipohja",
                "HVA valmistelee raportointipohjan hyväksyttäväksi seuraavassa strategisessa kokouksessa.",
                "Kunta raportoi yhteisen pohjan mukaan (demo).",
                "Tiedolla johtamisen toiveet kootaan lokakuun loppuun mennessä.",
                "Laki sosiaali- ja terveydenhuollon järjestämisestä 612/2021, 6 ja 7 §",
            ),
        ],
    ),
    (
        "projects",
        AnnexStatus.DRAFTING,
        YEAR_END,
        [
            (
                "Hankerahoitusvaraukset",
                "HVA tekee esityksen hankerahoitusvarauksista.",
                "Kunta ilmoittaa hankesuunnitelmistaan (demo).",
                "Hankkeiden yhteensovitus (demo).",
                "",
            ),
        ],
    ),
    (
        "land_use",
        AnnexStatus.NOT_STARTED,
        "",
        [
            (
                "Tilat, maankäyttö ja kaavoitus",
                "Vastinparit tarkennetaan HVA:n kanssa.",
                "Kunta nimeää kaavoituksen ja tilojen yhteyshenkilön (demo).",
                "",
                "Maankäyttö- ja rakennuslaki 132/1999",
            ),
        ],
    ),
]


def _agreement(ctx, key, defaults, parties) -> Agreement:
    agreement, _ = Agreement.objects.update_or_create(
        county=ctx.county, title=key, defaults=defaults
    )
    agreement.full_clean()
    agreement.parties.set(parties)
    ResponsibilityTable.objects.get_or_create(agreement=agreement)
    ctx.count("agreements")
    return agreement


def _knowledge_pairs(ctx, town) -> list[Counterpart]:
    """Knowledge-based management: the county's information specialist and the coordinator."""
    pair, _ = Counterpart.objects.get_or_create(
        theme=ctx.themes["knowledge_management"],
        municipality=town,
        county_person=ctx.people["knowledge"],
        municipality_person=ctx.people[town.code],
        defaults={"note": f"Tiedolla johtamisen vastinpari {DEMO}"},
    )
    return [pair]


def _annexes(ctx, agreement: Agreement, town) -> None:
    table = agreement.table
    for theme, status, due, rows in ANNEXES:
        annex, _ = Annex.objects.get_or_create(table=table, theme=ctx.themes[theme])
        annex.status = status
        annex.set_due(parse_vague_date(due, reference=BOARD_MEETING) if due else None)
        annex.full_clean()
        annex.save()
        for order, (task, county, municipal, joint, law) in enumerate(rows, start=1):
            row, _ = AnnexRow.objects.update_or_create(
                annex=annex,
                order=order,
                defaults={
                    "task": task,
                    "county_duty": county,
                    "municipality_duty": municipal,
                    "joint_duty": joint,
                    "legal_basis": law,
                },
            )
            if theme == "knowledge_management":
                row.counterparts.set(_knowledge_pairs(ctx, town))
        if not AnnexRevision.objects.filter(annex=annex).exists():
            record_revision(annex, None)
        ctx.count("annexes")


def load(ctx) -> None:
    towns = sorted(ctx.municipalities(), key=lambda org: org.name_fi)
    for town in towns:
        agreement = _agreement(
            ctx,
            f"Puitesopimus: {ctx.county.name_fi} – {town.name_fi}",
            {
                "kind": AgreementKind.FRAMEWORK,
                "status": AgreementStatus.SIGNED,
                "signed_on": SIGNED,
                "valid_from": date(2023, 1, 1),
                "note": f"Hytekumppanuuden puitesopimus. Allekirjoituspäivä {DEMO}.",
            },
            [town],
        )
        _annexes(ctx, agreement, town)
    _agreement(
        ctx,
        "Elintapaohjauksen sopimus",
        {
            "kind": AgreementKind.LIFESTYLE_GUIDANCE,
            "status": AgreementStatus.IN_PREPARATION,
            "note": "Elintapaohjauksen sopimus valmisteilla (STM suositus).",
        },
        towns,
    )
