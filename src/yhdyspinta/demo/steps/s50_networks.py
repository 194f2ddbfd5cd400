# ruff: noqa: E501 (names and purposes are data, one per line)
"""The cooperation network register of North Karelia as the municipalities described it in
autumn 2023 (the deck, slide 6: "describe your networks into a shared Excel by the end of
October"), and the collection round itself: 12 of 13 municipalities submitted by 31.10.2023.

Generated deterministically from compact data: kinds of network (name variants, purpose,
themes, target groups, partners) and which kinds each municipality has by its size, plus the
realistic duplicates (two groups of one municipality doing the same work with the same people,
a regional council network repeating a county one) and gaps (small municipalities without an
employment or integration network).
"""

from __future__ import annotations

import datetime as dt
import zlib

from django.utils import timezone

from yhdyspinta.networks.models import (
    CollectionRound,
    MeetingFrequency,
    MemberRole,
    Network,
    NetworkMember,
    NetworkPerson,
    NetworkStatus,
    Submission,
    SubmissionStatus,
    join_target_groups,
)
from yhdyspinta.organizations.models import Body, LegalForm, Organization

F = MeetingFrequency
CF, YP, WA, OP, ALL = "children_families", "young_people", "working_age", "older_people", "everyone"

# Partners this step adds (kind, legal form, Finnish name); "parish" is one per municipality.
PARTNERS = {
    "police": (Organization.Kind.STATE_AGENCY, LegalForm.PUBLIC_BODY, "Itä-Suomen poliisilaitos"),
    "kela": (
        Organization.Kind.STATE_AGENCY,
        LegalForm.PUBLIC_BODY,
        "Kela, Itä-Suomen vakuutuspiiri",
    ),
    "ely": (Organization.Kind.STATE_AGENCY, LegalForm.PUBLIC_BODY, "Pohjois-Karjalan ELY-keskus"),
    "ehyt": (Organization.Kind.NGO, LegalForm.ASSOCIATION, "EHYT ry, Itä-Suomen aluetoiminta"),
    "mll": (Organization.Kind.NGO, LegalForm.ASSOCIATION, "MLL:n Itä-Suomen piiri"),
    "red_cross": (Organization.Kind.NGO, LegalForm.ASSOCIATION, "SPR Itä-Suomen piiri"),
    "karelia_uas": (
        Organization.Kind.EDUCATION,
        LegalForm.PUBLIC_BODY,
        "Karelia-ammattikorkeakoulu",
    ),
    "rescue": (Organization.Kind.OTHER, LegalForm.PUBLIC_BODY, "Pohjois-Karjalan pelastuslaitos"),
}

# kind -> (name variants, purpose, themes, target groups, frequency, partners, county takes
# part, reports to: "hyte" (the municipality's HYTE group), a Body kind, text or None,
# the municipal coordinator sits in it)
KINDS = {
    "hyte": (["Hyvinvointityöryhmä", "Hyte-työryhmä", "Laaja hyvinvointiryhmä"],
             "Kunnan hyvinvointikertomuksen ja -suunnitelman valmistelu sekä hyvinvoinnin ja terveyden edistämisen koordinointi ja seuranta.",
             ["hyte_coordination"], [ALL], F.MONTHLY, [], True, "Kunnanhallitus", True),
    "family_centre": (["Perhekeskuksen yhteistyöryhmä", "Perhekeskusverkosto", "Lapsiperhepalvelujen verkosto"],
                      "Lapsiperheiden palvelujen yhteensovittaminen perhekeskuksessa: neuvola, varhaiskasvatus, sosiaalityö, järjestöt ja seurakunta.",
                      ["family_centre"], [CF], F.MONTHLY, ["parish", "mll_local"], True, "hyte", True),
    "student_welfare": (["Koulutuksenjärjestäjäkohtainen oppilashuoltoryhmä", "Opiskeluhuollon ohjausryhmä"],
                        "Opiskeluhuollon suunnittelu, kehittäminen ja arviointi perusopetuksessa ja lukiossa.",
                        ["student_welfare"], [CF, YP], F.QUARTERLY, ["school"], True, "Sivistyslautakunta", False),
    "pakka": (["Ehkäisevän päihdetyön työryhmä", "EPT-työryhmä", "Päihdetyöryhmä"],
              "Ehkäisevän päihdetyön suunnittelu kunnassa: PAKKA-toimintamalli, alkoholin ja tupakan saatavuuden rajoittaminen ja ostokokeet.",
              ["substance_prevention"], [YP], F.QUARTERLY, ["police", "4h", "school"], True, "hyte", True),
    "preparedness": (["Valmiustoimikunta", "Valmiussuunnittelun yhteistyöryhmä"],
                     "Kunnan valmiussuunnitelman ylläpito, häiriötilanteisiin varautuminen ja yhteiset harjoitukset.",
                     ["preparedness"], [ALL], F.TWICE_A_YEAR, ["rescue", "entrepreneurs", "parish"], True, "Kunnanhallitus", False),
    "older": (["Ikäihmisten palveluverkosto", "Ikäystävällinen kunta -ryhmä", "Seniorityöryhmä"],
              "Ikääntyneen väestön hyvinvoinnin, kotona asumisen ja osallisuuden tukeminen yhdessä järjestöjen kanssa.",
              ["loneliness"], [OP], F.QUARTERLY, ["parish", "pensioners"], True, "hyte", True),
    "sports": (["Liikuntaverkosto", "Liikunnan yhteistyöryhmä"],
               "Liikuntapaikkojen käyttö, seuratoiminnan tuki ja liikkumisen edistäminen kaikissa ikäryhmissä.",
               ["overweight"], [ALL], F.TWICE_A_YEAR, ["ngo_sport", "sports_club"], False, None, False),
    "village": (["Kyläyhdistysten yhteistyöverkosto", "Järjestöfoorumi", "Järjestöyhteistyöryhmä"],
                "Järjestöjen ja kyläyhdistysten toiminnan tukeminen, tilojen käyttö ja yhteiset tapahtumat.",
                ["ngo_cooperation"], [ALL], F.TWICE_A_YEAR, ["villages", "sports_club"], False, None, True),
    "youth": (["Nuorten ohjaus- ja palveluverkosto", "Nuorten palveluiden verkosto"],
              "Nuorten palvelujen monialainen yhteistyö nuorisolain mukaan: etsivä nuorisotyö, koulutus, työllisyys ja sosiaalipalvelut.",
              ["children_families"], [YP], F.QUARTERLY, ["te_office", "4h", "parish"], True, "hyte", False),
    "culture": (["Kulttuurihyvinvoinnin verkosto", "Kulttuuriverkosto"],
                "Kulttuuritoiminnan saavutettavuus ja kulttuurin hyvinvointivaikutukset; taide hoivassa ja kouluissa.",
                ["adult_education"], [ALL], F.TWICE_A_YEAR, ["villages"], False, None, False),
    "employment": (["Työllisyyspalvelujen yhteistyöryhmä", "Työllisyysverkosto"],
                   "Työttömien työnhakijoiden palvelujen yhteensovittaminen kunnan, TE-toimiston ja hyvinvointialueen kesken.",
                   ["employment"], [WA], F.MONTHLY, ["te_office", "kela", "entrepreneurs"], True, "Kunnanhallitus", False),
    "rehab": (["Kuntouttavan työtoiminnan yhteistyöryhmä", "KTT-työryhmä"],
              "Kuntouttavan työtoiminnan paikat, asiakasohjaus ja aktivointisuunnitelmat.",
              ["rehabilitative_work"], [WA], F.MONTHLY, ["te_office", "parish"], True, None, False),
    "safety": (["Turvallisuussuunnitteluryhmä", "Paikallinen turvallisuusryhmä"],
               "Paikallisen turvallisuussuunnitelman laatiminen ja seuranta: liikenneturvallisuus, väkivallan ehkäisy ja nuorten turvallisuus.",
               ["preparedness"], [ALL], F.TWICE_A_YEAR, ["police", "school", "4h"], True, "Kunnanhallitus", False),
    "mental": (["Mielenterveys- ja päihdetyön verkosto", "Mielen hyvinvoinnin verkosto"],
               "Mielenterveyden edistäminen ja matalan kynnyksen tuki aikuisille yhdessä järjestöjen kanssa.",
               ["mental_health_substance"], [WA], F.QUARTERLY, ["ngo_mieli", "parish"], True, "hyte", False),
    "lifestyle": (["Elintapaohjauksen työryhmä", "Painonhallinnan ja elintapojen verkosto"],
                  "Elintapaohjauksen palveluketju: liikuntaneuvonta, ravitsemus ja painonhallinta aikuisille.",
                  ["lifestyle_guidance"], [WA], F.QUARTERLY, ["public_health_centre", "entrepreneurs"], True, None, False),
    "integration": (["Kotoutumisen yhteistyöverkosto", "Maahanmuuttotyön verkosto"],
                    "Maahan muuttaneiden vastaanotto, kotoutumisohjelma ja palvelujen yhteensovittaminen.",
                    ["integration"], [ALL], F.QUARTERLY, ["red_cross", "school", "parish"], True, None, False),
    "land_use": (["Maankäytön ja tilojen yhteistyöryhmä"],
                 "Hyvinvointialueen tilatarpeet kunnassa, kaavoitus ja maankäytön suunnittelu.",
                 ["land_use"], [ALL], F.QUARTERLY, [], True, "Kunnanhallitus", False),
    "adult_ed": (["Kansalaisopiston yhteistyöverkosto"],
                 "Vapaan sivistystyön kurssit hyvinvoinnin tukena, yhteistyö asumisyksiköiden ja järjestöjen kanssa.",
                 ["adult_education"], [ALL], F.TWICE_A_YEAR, ["villages"], False, None, False),
    "knowledge": (["Tiedolla johtamisen työryhmä"],
                  "Hyvinvointitiedon kokoaminen, indikaattorien seuranta ja raportointi päätöksentekoon.",
                  ["knowledge_management"], [ALL], F.QUARTERLY, [], False, "hyte", True),
    "child_plan": (["Lasten ja nuorten hyvinvointisuunnitelman työryhmä"],
                   "Lastensuojelulain mukaisen lasten ja nuorten hyvinvointisuunnitelman laatiminen ja seuranta.",
                   ["children_families"], [CF, YP], F.QUARTERLY, ["mll", "school"], True, "hyte", False),
    # Realistic duplicates: the same work twice, with the same people.
    "pakka_steering": (["PAKKA-ohjausryhmä"],
                       "Ehkäisevän päihdetyön PAKKA-toimintamallin ohjaus: alkoholin ja tupakan saatavuuden rajoittaminen, ostokokeet ja yhteistyö elinkeinon kanssa.",
                       ["substance_prevention"], [YP], F.QUARTERLY, ["police", "entrepreneurs", "4h"], True, None, True),
    "hyte_steering": (["Hyte-ohjausryhmä"],
                      "Hyvinvointikertomuksen ja hyvinvointisuunnitelman laadinta sekä hyvinvoinnin edistämisen koordinointi kunnassa.",
                      ["hyte_coordination"], [ALL], F.QUARTERLY, [], True, "Kunnanhallitus", True),
    "youth_outreach": (["Etsivän nuorisotyön ja Ohjaamon verkosto"],
                       "Nuorten ohjaus palveluihin, koulutukseen ja työhön: etsivä nuorisotyö ja nuorten palvelujen monialainen yhteistyö.",
                       ["children_families", "employment"], [YP], F.MONTHLY, ["te_office", "4h"], True, None, False),
    "employment_rehab": (["Työllisyyden ja kuntouttavan työtoiminnan verkosto"],
                         "Työttömien työnhakijoiden palvelut ja kuntouttavan työtoiminnan asiakasohjaus kunnan, TE-toimiston ja hyvinvointialueen kesken.",
                         ["employment", "rehabilitative_work"], [WA], F.MONTHLY, ["te_office", "kela", "entrepreneurs"], True, None, False),
}  # fmt: skip

BASE = ["hyte", "family_centre", "student_welfare", "pakka", "preparedness", "older", "sports",
        "village", "youth", "culture", "child_plan"]  # fmt: skip
MEDIUM = [*BASE, "employment", "rehab", "safety", "mental", "lifestyle"]
LARGE = [*MEDIUM, "integration", "land_use", "adult_ed", "knowledge",
         "pakka_steering", "hyte_steering", "youth_outreach"]  # fmt: skip
BY_SIZE = {
    "167": LARGE,
    **dict.fromkeys(["260", "276", "422", "426", "541", "309"], MEDIUM),
    **dict.fromkeys(["090", "146", "176", "607", "707", "848"], BASE),
}
EXTRA = {  # kinds beyond the size class
    "422": ["pakka_steering", "youth_outreach", "integration"],
    "260": ["hyte_steering", "integration"],
    "276": ["youth_outreach"],
    "541": ["employment_rehab"],
    "848": ["employment"],
    "146": ["integration"],
}
MISSING = {"707": ["youth"], "607": ["youth"], "090": ["sports"], "309": ["mental"]}
ENDING = {("176", "culture"), ("309", "lifestyle")}

# County networks: (name, purpose, themes, targets, frequency, partners, body it reports to,
# county people, every municipality a member, every coordinator a member)
COUNTY_NETWORKS = [
    ("Hyte-koordinaattoriverkosto", "Kuntien hyte-koordinaattorien ja hyvinvointialueen yhteinen verkosto: yhteiset tavoitteet, hyvinvointikertomukset ja tiedonkulku.",
     ["hyte_coordination", "shared_goals"], [ALL], F.MONTHLY, ["public_health_centre"], Body.Kind.HYTE_BOARD, ["hyte_contact", "director"], True, True),
    ("Perhekeskusten alueellinen verkosto", "Perhekeskustoiminnan alueellinen kehittäminen ja kuntien perhekeskusten tuki.",
     ["family_centre"], [CF], F.QUARTERLY, ["mll"], Body.Kind.HYTE_BOARD, ["family"], True, False),
    ("Opiskeluhuollon alueellinen ohjausryhmä", "Opiskeluhuollon palvelujen yhteensovittaminen hyvinvointialueen ja opetuksen järjestäjien kesken.",
     ["student_welfare"], [CF, YP], F.QUARTERLY, ["college"], Body.Kind.HYTE_BOARD, ["student"], True, False),
    ("Ehkäisevän päihdetyön alueellinen yhteistyöryhmä", "Ehkäisevän päihdetyön alueellinen koordinointi, PAKKA-toimintamallin tuki ja ehkäisevän päihdetyön viikko.",
     ["substance_prevention"], [YP, WA], F.QUARTERLY, ["ehyt", "police", "public_health_centre"], Body.Kind.HYTE_BOARD, ["ept", "phc_expert2"], False, False),
    ("Työllisyyden yhdyspintatyöryhmä", "Työllisyyspalvelujen yhdyspinta: hyvinvointialueen, kuntien ja TE-toimiston työnjako ja yhteiset asiakkaat.",
     ["employment"], [WA], F.MONTHLY, ["te_office", "kela"], Body.Kind.EXECUTIVE_BOARD, ["rehab"], True, False),
    ("Kuntouttavan työtoiminnan alueellinen työryhmä", "Kuntouttavan työtoiminnan palveluketju, hankinnat ja kriteerit sosiaalihuoltolain ja kuntouttavan työtoiminnan lain mukaan.",
     ["rehabilitative_work"], [WA], F.MONTHLY, ["te_office"], Body.Kind.EXECUTIVE_BOARD, ["rehab"], False, False),
    ("Kotoutumisen alueellinen yhteistyöryhmä", "Maahan muuttaneiden sosiaali- ja terveyspalvelut ja kuntien kotoutumistyön tuki.",
     ["integration"], [ALL], F.QUARTERLY, ["ely", "red_cross", "te_office"], Body.Kind.HYTE_BOARD, ["hr"], False, False),
    ("Kansainvälisen rekrytoinnin työryhmä", "Kansainvälinen rekrytointi hyvinvointialueelle: perehdytys, kielikoulutus ja asettautuminen.",
     ["international_recruitment"], [WA], F.MONTHLY, ["karelia_uas"], None, ["hr"], False, False),
    ("Alueellinen valmiustoimikunta", "Hyvinvointialueen ja kuntien valmiussuunnitelmien yhteensovittaminen, roolit häiriötilanteissa ja yhteiset harjoitukset.",
     ["preparedness"], [ALL], F.QUARTERLY, ["rescue", "police"], Body.Kind.EXECUTIVE_BOARD, ["preparedness"], True, False),
    ("Elintapaohjauksen kehittämisverkosto", "Elintapaohjauksen palveluketjun kehittäminen ministeriön suosituksen mukaan yhdessä kuntien liikuntatoimen kanssa.",
     ["lifestyle_guidance", "overweight"], [WA], F.QUARTERLY, ["public_health_centre", "ngo_sport"], Body.Kind.HYTE_BOARD, ["lifestyle", "phc_expert"], False, False),
    ("Järjestöyhteistyön neuvottelukunta", "Järjestöjen ja hyvinvointialueen yhteistyö, avustusperiaatteet ja järjestöjen alueellinen toiminta.",
     ["ngo_cooperation"], [ALL], F.QUARTERLY, ["ngo_mieli", "ngo_sport", "ngo_elders", "mll", "red_cross"], Body.Kind.HYTE_BOARD, ["partnership"], False, False),
    ("Tiedolla johtamisen verkosto", "Yhteinen raportointipohja, hyvinvointi-indikaattorit ja kuntien asiantuntijatuki.",
     ["knowledge_management"], [ALL], F.QUARTERLY, ["regional_council"], Body.Kind.HYTE_BOARD, ["knowledge", "region_planner"], True, False),
    ("Ikäihmisten palvelujen yhdyspintaverkosto", "Ikääntyneiden palvelujen ja kuntien ikäihmisten hyvinvointityön yhteensovittaminen.",
     ["loneliness"], [OP], F.QUARTERLY, ["ngo_elders"], Body.Kind.OLDER_PEOPLES_COUNCIL, ["hyte_contact"], False, False),
    ("Mielenterveys- ja päihdestrategian ohjausryhmä", "Mielenterveys- ja päihdestrategian toimeenpano ja seuranta hyvinvointialueella.",
     ["mental_health_substance"], [WA, YP], F.QUARTERLY, ["ngo_mieli"], Body.Kind.HYTE_BOARD, ["ept"], False, False),
    ("Lasten ja nuorten hyvinvoinnin alueellinen ohjausryhmä", "Lasten ja nuorten hyvinvointisuunnitelman alueellinen osa ja nuorisovaltuuston kuuleminen.",
     ["children_families"], [CF, YP], F.QUARTERLY, ["mll"], Body.Kind.YOUTH_COUNCIL, ["family", "student"], False, False),
    ("Hankeyhteistyöryhmä", "Hankkeiden ja hankerahoitusvarausten yhteensovittaminen kuntien ja hyvinvointialueen kesken.",
     ["projects"], [ALL], F.TWICE_A_YEAR, ["regional_council"], None, ["partnership"], False, False),
    ("Tilojen ja maankäytön vastinpariverkosto", "Hyvinvointialueen tilat kunnissa, maankäyttö ja kaavoitus: vastinparien nimeäminen.",
     ["land_use"], [ALL], F.TWICE_A_YEAR, [], None, ["director"], True, False),
]  # fmt: skip
REGIONAL_NETWORKS = [
    ("Maakunnallinen hyvinvointitrendien seurantaryhmä", "Hyte-trendikatsaus ja maakunnan hyvinvoinnin kehityksen seuranta tilastojen avulla.",
     ["knowledge_management"], [ALL], F.TWICE_A_YEAR, ["public_health_centre"], None, ["region_planner", "knowledge"], False, False),
    # Repeats the county's substance abuse prevention group, with the same people.
    ("Päihdehaittojen ehkäisyn maakunnallinen verkosto", "Ehkäisevän päihdetyön maakunnallinen yhteistyö ja PAKKA-toimintamallin tuki kunnille; ehkäisevän päihdetyön viikko.",
     ["substance_prevention"], [YP, WA], F.TWICE_A_YEAR, ["ehyt", "police", "public_health_centre"], None, ["region_planner", "ept", "phc_expert2"], False, False),
    ("Maakunnallinen liikuntaverkosto", "Liikunnan edistäminen maakunnassa, liikuntapaikkojen suunnittelu ja seurojen tuki.",
     ["lifestyle_guidance"], [ALL], F.TWICE_A_YEAR, ["ngo_sport"], None, ["region_planner"], False, False),
]  # fmt: skip

ROUND_NAME = "Verkostokuvaus syksy 2023"
ROUND_DUE = dt.date(2023, 10, 31)
LATE = "707"  # the one municipality that had not submitted by 31.10.2023


def _pick(variants: list[str], key: str) -> str:
    return variants[zlib.crc32(key.encode()) % len(variants)]


# Local partners of every municipality: key -> (kind, legal form, name after the genitive)
LOCAL = {
    "parish": (Organization.Kind.OTHER, LegalForm.OTHER, "seurakunta"),
    "school": (Organization.Kind.EDUCATION, LegalForm.PUBLIC_BODY, "lukio"),
    "4h": (Organization.Kind.NGO, LegalForm.ASSOCIATION, "4H-yhdistys ry"),
    "entrepreneurs": (Organization.Kind.NGO, LegalForm.ASSOCIATION, "Yrittäjät ry"),
    "villages": (Organization.Kind.NGO, LegalForm.ASSOCIATION, "kyläyhdistysten yhteenliittymä"),
    "sports_club": (Organization.Kind.NGO, LegalForm.ASSOCIATION, "Urheiluseura ry"),
    "pensioners": (Organization.Kind.NGO, LegalForm.ASSOCIATION, "Eläkeläiset ry"),
    "mll_local": (Organization.Kind.NGO, LegalForm.ASSOCIATION, "MLL:n paikallisyhdistys"),
}
GENITIVE = {
    "090": "Heinäveden", "146": "Ilomantsin", "167": "Joensuun", "176": "Juuan",
    "260": "Kiteen", "276": "Kontiolahden", "422": "Lieksan", "426": "Liperin",
    "541": "Nurmeksen", "309": "Outokummun", "607": "Polvijärven", "707": "Rääkkylän",
    "848": "Tohmajärven",
}  # fmt: skip
PURPOSE_ENDINGS = [
    "",
    " Kokoontuu sivistystoimen tiloissa.",
    " Työryhmä raportoi vuosittain hyvinvointikertomukseen.",
    " Mukana myös paikallisia yhdistyksiä.",
]


def _partners(ctx, county) -> None:
    for key, (kind, legal_form, name) in PARTNERS.items():
        org, _ = Organization.objects.update_or_create(
            kind=kind, name_fi=name, parent_county=county, defaults={"legal_form": legal_form}
        )
        ctx.orgs.setdefault(key, org)
    for municipality in ctx.municipalities():
        for key, (kind, legal_form, name) in LOCAL.items():
            org, _ = Organization.objects.update_or_create(
                kind=kind,
                name_fi=f"{GENITIVE.get(municipality.code, municipality.name_fi)} {name}",
                parent_county=county,
                defaults={"legal_form": legal_form},
            )
            ctx.orgs[f"{key}:{municipality.code}"] = org


def _save(ctx, owner, name, *, purpose, themes, targets, frequency, county_in, status, reports):
    defaults = {
        "purpose": purpose,
        "target_groups": join_target_groups(targets),
        "meeting_frequency": frequency,
        "county_participates": county_in,
        "county_participation": "Hyvinvointialueen asiantuntija jäsenenä" if county_in else "",
        "status": status,
        "last_reviewed": dt.date(2023, 10, 20),
        "reports_to_body": reports if isinstance(reports, Body) else None,
        "reports_to_network": reports if isinstance(reports, Network) else None,
        "reports_to_text": reports if isinstance(reports, str) else "",
        "contact_person": None,
    }
    network, _ = Network.objects.update_or_create(owner=owner, name=name, defaults=defaults)
    network.themes.set([ctx.themes[slug] for slug in themes])
    ctx.count("networks")
    return network


def _members(network, orgs, people, coordinator_org) -> None:
    wanted = {org.pk: org for org in orgs}
    NetworkMember.objects.filter(network=network).exclude(organization_id__in=wanted).delete()
    for org in wanted.values():
        role = MemberRole.COORDINATOR if org.pk == coordinator_org.pk else MemberRole.MEMBER
        NetworkMember.objects.update_or_create(
            network=network, organization=org, defaults={"role": role}
        )
    person_ids = {person.pk for person in people}
    NetworkPerson.objects.filter(network=network).exclude(person_id__in=person_ids).delete()
    for person in people:
        NetworkPerson.objects.get_or_create(network=network, person=person)
    contact = people[0] if people else None
    if network.contact_person_id != (contact.pk if contact else None):
        network.contact_person = contact
        network.save(update_fields=["contact_person"])


def _municipal_people(ctx, code: str, themes: list[str], with_coordinator: bool) -> list:
    people = [ctx.people[code]] if with_coordinator else []
    prefix = f"{code}:"
    for key, person in ctx.people.items():
        if not key.startswith(prefix):
            continue
        roles = {role.theme.slug for role in person.roles.all() if role.theme_id}
        if roles & set(themes) or _parents(ctx, roles) & set(themes):
            people.append(person)
    return people


def _parents(ctx, slugs: set[str]) -> set[str]:
    return {ctx.themes[s].parent.slug for s in slugs if ctx.themes[s].parent_id}


def _municipality(ctx, municipality, county) -> int:
    code = municipality.code
    kinds = [k for k in BY_SIZE[code] + EXTRA.get(code, []) if k not in MISSING.get(code, [])]
    hyte_network = None
    for kind in kinds:
        variants, purpose, themes, targets, frequency, partners, county_in, reports, coord = KINDS[
            kind
        ]
        if reports == "hyte":
            reports = hyte_network
        name = _pick(variants, f"{code}:{kind}")
        status = NetworkStatus.ENDING if (code, kind) in ENDING else NetworkStatus.ACTIVE
        purpose += _pick(PURPOSE_ENDINGS, f"{kind}:{code}")
        local = [LOCAL[key][2] for key in partners if key in LOCAL]
        if local:
            # Each municipality writes its own text: the local partners by name.
            genitive = GENITIVE.get(code, municipality.name_fi)
            purpose += f" Yhteistyössä {genitive} toimijoiden kanssa: {', '.join(local)}."
        network = _save(ctx, municipality, name, purpose=purpose, themes=themes, targets=targets,
                        frequency=frequency, county_in=county_in, status=status, reports=reports)  # fmt: skip
        if kind == "hyte":
            hyte_network = network
        orgs = [municipality, *([county] if county_in else [])]
        for key in partners:
            orgs.append(ctx.orgs[f"{key}:{code}"] if key in LOCAL else ctx.orgs[key])
        _members(network, orgs, _municipal_people(ctx, code, themes, coord), municipality)
    return len(kinds)


def _county_level(ctx, owner, county, specs) -> None:
    for (
        name,
        purpose,
        themes,
        targets,
        frequency,
        partners,
        body_kind,
        people,
        all_m,
        coords,
    ) in specs:
        body = ctx.bodies.get(body_kind) if body_kind else None
        network = _save(ctx, owner, name, purpose=purpose, themes=themes, targets=targets,
                        frequency=frequency, county_in=owner.pk != county.pk, status=NetworkStatus.ACTIVE,
                        reports=body)  # fmt: skip
        orgs = [owner, *(ctx.orgs[key] for key in partners)]
        if owner.pk != county.pk:
            orgs.append(county)
        if all_m:
            orgs.extend(ctx.municipalities())
        members = [ctx.people[key] for key in people]
        if coords:
            members.extend(ctx.people[m.code] for m in ctx.municipalities())
        _members(network, orgs, members, owner)


def _collection_round(ctx, county) -> None:
    collection, _ = CollectionRound.objects.update_or_create(
        county=county,
        name=ROUND_NAME,
        defaults={
            "opens": dt.date(2023, 10, 12),
            "due_date": ROUND_DUE,
            "instructions": "Kuvatkaa kunnan yhteistyöverkostot yhteiseen taulukkoon lokakuun "
            "loppuun mennessä päällekkäisen työn poistamiseksi ja tiedonkulun varmistamiseksi.",
        },
    )
    tz = timezone.get_current_timezone()
    for index, municipality in enumerate(sorted(ctx.municipalities(), key=lambda m: m.code)):
        if municipality.code == LATE:
            values = {"status": SubmissionStatus.IN_PROGRESS, "submitted_at": None}
        else:
            day = dt.date(2023, 10, 16) + dt.timedelta(days=index % 15)
            when = dt.datetime.combine(day, dt.time(14, 0), tzinfo=tz)
            values = {"status": SubmissionStatus.SUBMITTED, "submitted_at": when}
        Submission.objects.update_or_create(
            round=collection, municipality=municipality, defaults=values
        )
    ctx.count("network submissions", len(ctx.municipalities()))


def load(ctx):
    county = ctx.county
    _partners(ctx, county)
    for municipality in ctx.municipalities():
        _municipality(ctx, municipality, county)
    _county_level(ctx, county, county, COUNTY_NETWORKS)
    _county_level(ctx, ctx.orgs["regional_council"], county, REGIONAL_NETWORKS)
    _collection_round(ctx, county)
