"""The autumn 2023 round (kuntakierros) in full, every bullet of slides 1-7 of the deck presented
to the HYTE board on 12.10.2023, with invented outcomes marked "(demo)", and the spring 2024
round prepared from it. Idempotent: natural keys throughout."""

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.utils import translation

from yhdyspinta.organizations.models import Body
from yhdyspinta.organizations.vaguedate import parse_vague_date
from yhdyspinta.rounds.models import (
    Action,
    ActionStatusChange,
    Comment,
    Finding,
    FindingKind,
    Negotiation,
    Request,
    Round,
    RoundTeamMember,
)
from yhdyspinta.rounds.services.prepare import prepare_round

from ..context import BOARD_MEETING

HELSINKI = ZoneInfo("Europe/Helsinki")
K = FindingKind

TEAM = [
    ("partnership", "kumppanuuspäällikkö"),
    ("phc_expert", "kansanterveyden keskuksen edustaja"),
    ("phc_expert2", "kansanterveyden keskuksen edustaja"),
    ("region_planner", "maakuntaliiton edustaja"),
    ("hyte_contact", "hyvinvointialueen hyte-yhteyshenkilö"),
    ("board_chair", "hyte-lautakunnan puheenjohtaja (vaihdellen)"),
    ("director", "kehittämisjohtaja"),
]

# municipality code -> (date, extra county visitors beyond the core team)
NEGOTIATIONS = {
    "090": (date(2023, 9, 5), ["phc_expert", "board_chair"]),
    "146": (date(2023, 9, 7), ["phc_expert2"]),
    "167": (date(2023, 9, 12), ["phc_expert", "region_planner", "board_chair"]),
    "176": (date(2023, 9, 14), ["phc_expert2"]),
    "260": (date(2023, 9, 19), ["phc_expert", "board_chair"]),
    "276": (date(2023, 9, 21), ["phc_expert2", "region_planner"]),
    "422": (date(2023, 9, 26), ["phc_expert", "board_chair"]),
    "426": (date(2023, 9, 28), ["phc_expert2"]),
    "848": (date(2023, 10, 2), ["phc_expert", "region_planner"]),
    "541": (date(2023, 10, 3), ["phc_expert2", "board_chair"]),
    "309": (date(2023, 10, 5), ["phc_expert"]),
    "607": (date(2023, 10, 6), ["phc_expert2", "region_planner"]),
    "707": (date(2023, 10, 9), ["phc_expert", "board_chair"]),
}
CORE_VISITORS = ["partnership", "director", "hyte_contact"]
AGENDA_2023 = (
    "1. Avaus ja esittäytyminen\n2. Hytekumppanuus ja puitesopimukset\n"
    "3. Mikä yhteistyössä toimii?\n4. Haasteet ja kehitysehdotukset\n"
    "5. Tiedolla johtaminen ja yhteinen raportointipohja\n6. Jatkotoimenpiteet ja aikataulu"
)


# The findings of slides 1-5, as an outline: "<kind> <theme or -><@codes if not all>: <text>",
# two spaces of indentation per sub-point level, and "  ... " lines continuing the text above.
FINDINGS = """
status hyte_coordination: Sopimukset allekirjoitettu
status hyte_coordination: Vastuunjakotaulukon liitteitä työstetään
  status employment: Työllisyyden liite alkuvuonna 2024
  status integration: Kotoutumisen osalta vuoden loppuun mennessä
  status knowledge_management: Tiedolla johtaminen ja hankkeet vuoden loppuun mennessä
status ngo_cooperation: Järjestöavustusten periaatteet sovittu
  status ngo_cooperation: HVA:lla toiminta-avustuksia ei jaeta järjestöperusteella vaan
  ... toiminnan mukaan
  status ngo_cooperation: Osuuskunnat ja säätiöt eivät mukana ohje-esityksessä
status hyte_coordination: Hyvinvoinnin ja terveyden edistämisen lautakunta seuraa hyvinvoinnin
... ja terveyden edistämisen kuntayhteistyötä hyvinvointialueen näkökulmasta hallintosäännön
... mukaan
status hyte_coordination: Kooste esitellään myös lautakunnan kokouksessa 12.10.2023
observation -: Kokoonpanossa kumppanuuspäällikkö, kansanterveyden keskuksen edustajat,
... maakuntaliiton edustaja, Hva:en hyte-yhteyshenkilö sekä hytelautakunnan pj Hva:en osalta
... (vaihdellen) kehittämisjohtajan lisäksi
observation -: KIITOS erinomaisista ja rakentavista keskusteluista ja palautteesta!
observation -: Yhteistyötä halutaan tehdä ja se nähdään välttämättömänä Pohjois-Karjalan
... pärjäämisen kannalta
observation -: HVA:n koettiin eriytyneen kunnista ja toivottiin, että tiiviimpi yhteys
... vahvistuisi
strength student_welfare: Oppilashuollon asiat koettiin pääosin menneen hyvään suuntaan
  challenge student_welfare@309: yhdessä kunnassa koettiin henkilöstön vaihtuvuuden haittaavan
  ... yhteistyötä tällä hetkellä
strength family_centre: Perhekeskusverkosto toimii ja vahvistuu
strength shared_goals: Yhteiseen tavoitteen asetteluun (ylipaino, mt- ja päihde ja yksinäisyys)
... on jo suunnitelmatyössä päästy hyvin, monissa kunnissa hyte hyvin sisällä talousarvio- ja
... tilinpäätöstyössä
strength hyte_coordination: Hytekoordinaatioon panostettu kunnissa ja koordinaattoriverkostossa
... toimimisen koettiin tukevan samaan suuntaan menemistä
strength substance_prevention: Ehkäisevässä päihdetyössä tehty paljon asioita yhteistyössä
  strength substance_prevention: Esim. pakka-toiminta
strength preparedness: Valmiuden ja varautumisen rakenteet koettiin pääosin hyvinä ja
... toimivina – yhteistyötä kuitenkin halutaan tiivistää erityisesti suunnitelmien läpikäynnin
... ja roolien yhteensovittamisen merkeissä
challenge rehabilitative_work: Kuntouttavan työtoiminnan tilanne huolestuttaa kuntia
  challenge rehabilitative_work: Yhteistyön koetaan kadonneen –syitä lienee useita
  challenge rehabilitative_work: Osa kuntouttavasta toiminnasta hoidetaan ostopalveluina
  challenge rehabilitative_work: Kilpailutuksen läpiviennissä oli viiveitä ja henkilökuntaa piti
  ... rekrytoida vuoden vaihteessa
  challenge rehabilitative_work: Palvelupoluissa tapahtunut muutoksia ja kriteerit on
  ... yhdenmukaistettu hyvinvointialueella vastaamaan sosiaalihuoltolakia ja lakia
  ... kuntouttavasta työtoiminnasta
    challenge rehabilitative_work: Asiakkaan sijoittaminen kuntouttavaan työtoimintaan
    ... edellyttää, että asiakkaalla on sellaisia elämänhallinnan tai työ ja toimintakyvyn
    ... ongelmia, joiden vuoksi hän ei pysty osallistumaan julkisiin työvoimapalveluihin tai
    ... työhön.
    challenge rehabilitative_work: TE-toimiston on ennen toimenpiteisiin ryhtymistä
    ... varmistettava, että henkilölle on tehty lain 916/2012 mukainen työllistymissuunnitelma
    ... tai työnhakijan haastattelu
    challenge rehabilitative_work: Ennen kuntouttavaa työtoimintaa koskevan päätöksen
    ... tekemistä on selvitettävä, onko asiakkaalle mahdollista tarjota työtä tai julkisia
    ... työvoimapalveluja kuten työvoimakoulutusta, työhönvalmennusta tai muita
    ... työvoimahallinnon toimenpiteitä.
  challenge rehabilitative_work: Asiaa käsitellään hallituksessa mahdollisimman pian ja
  ... tarkastuslautakunnassa 31.10.-> tahtotila jatkaa keskustelua, että yhteinen ymmärrys ja
  ... tekeminen löytyvät.
proposal land_use: Vastinparit tilojen- ja maankäytön ja kaavoituksen osalta tarkennettava HVA
... kanssa
proposal employment: Työllisyyden yhdyspinnan kysymykset
proposal integration: Kotoutuminen – kaksi ulottuvuutta: maahanmuuttajien sotepalvelujen käyttö
... ja kansainvälinen rekrytointi
proposal adult_education@541,176,422: Vapaan sivistystyön yhteistyötä kannattaa jatkossa
... hyödyntää vielä tehokkaammin esim. asumisyksiköiden kanssa tehtävä yhteistyö
proposal knowledge_management: Toivotaan yhteistyötä kansallisten kyselyiden suhteen
proposal ngo_cooperation: Järjestöjen alueellisen toiminnan vahvistaminen
"""


@dataclass
class F:
    kind: str
    text: str
    theme: str | None = None
    where: list | None = None  # municipality codes; None = all municipalities
    children: list = field(default_factory=list)


def parse_outline(outline: str) -> list[F]:
    """The outline above as a tree of F."""
    roots: list[F] = []
    stack: list[tuple[int, F]] = []
    for line in outline.strip("\n").splitlines():
        depth = (len(line) - len(line.lstrip(" "))) // 2
        body = line.strip()
        if body.startswith("... "):
            stack[-1][1].text += " " + body[4:]
            continue
        head, text = body.split(": ", 1)
        kind, _, target = head.partition(" ")
        theme, _, codes = target.partition("@")
        item = F(kind, text, None if theme == "-" else theme, codes.split(",") if codes else None)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        (stack[-1][1].children if stack else roots).append(item)
        stack.append((depth, item))
    return roots


@dataclass
class A:
    text: str
    owner: str = "county"
    person: str | None = None
    theme: str | None = None
    due: str = ""
    outcome: list = field(default_factory=list)  # [(day, status, comment, username)]
    children: list = field(default_factory=list)
    shares: dict | None = None  # code -> outcome ("*": the rest); every municipality gets one
    in_summary: bool = True
    origins: list = field(default_factory=list)  # texts of findings
    body: str | None = None
    body_date: date | None = None


def _d(text):
    return date.fromisoformat(text)


# fmt: off
DONE_BY_END_OCT = [
    (_d("2023-10-31"), "done", "Kuvaus toimitettu yhteiseen exceliin. (demo)", "hva")
]
WISHES_SENT = [(_d("2023-10-30"), "done", "Toiveet lähetetty hyvinvointialueelle. (demo)", "hva")]

ACTIONS = [
    A("Kunnat työstävät kuvausta yhteistyöverkostoista lokakuun loppuun mennessä yhteiseen "
      "exceliin -> päällekkäisen työn poistaminen ja tiedonkulun varmistaminen",
      person="hyte_contact", theme="hyte_coordination", due="lokakuun loppuun mennessä",
      outcome=[(_d("2023-11-06"), "in_progress", "Koonti käynnissä; kolmen kunnan kuvaus puuttuu "
                "vielä. (demo)", "hva")],
      shares={
          "167": [(_d("2023-10-20"), "in_progress", "Kuvaus on laaja; sivistystoimen verkostot "
                   "puuttuvat vielä. (demo)", "joensuu")],
          "422": [(_d("2023-10-25"), "in_progress", "Puolet verkostoista kuvattu. (demo)",
                   "lieksa")],
          "707": [],
          "*": DONE_BY_END_OCT,
      }),
    A("Tiedolla johtaminen – yhteinen raportointipohjaluonnos hyväksyttäväksi seuraavaan "
      "strategiseen tapaamiseen", person="knowledge", theme="knowledge_management",
      outcome=[(_d("2023-11-15"), "in_progress", "Luonnos lähetetty kunnille kommentoitavaksi. "
                "(demo)", "hva"),
               (_d("2023-12-14"), "done", "Raportointipohja hyväksyttiin strategisessa "
                "tapaamisessa 14.12.2023. (demo)", "hva")]),
    A("Asiantuntijatuki HVA:lta kunnille", person="knowledge", theme="knowledge_management",
      outcome=[(_d("2024-01-15"), "in_progress", "Tietoasiantuntija tavattavissa kuntien "
                "pyynnöstä; tukipyynnöt kirjataan järjestelmään. (demo)", "hva")]),
    A("Kunnat jättävät toiveensa tiedolla johtamiseen liittyen myös lokakuun loppuun mennessä",
      person="knowledge", theme="knowledge_management", due="lokakuun loppuun mennessä",
      outcome=[(_d("2023-11-10"), "done", "Toiveet koottu; vastaukset pyyntöihin. (demo)", "hva")],
      shares={
          "090": [],
          "176": [(_d("2023-10-27"), "dropped", "Kunnalla ei erillisiä toiveita tällä kertaa. "
                   "(demo)", "hva")],
          "*": WISHES_SENT,
      }),
    A("Hytetrendi katsaus – Maakuntaliitto ?", owner="regional_council", person="region_planner",
      theme="knowledge_management",
      outcome=[(_d("2024-02-01"), "in_progress", "Maakuntaliitto selvittää katsauksen "
                "tekemistä osana maakuntakatsausta. (demo)", "hva")]),
    A("Työllisyyden hoidon yhdyspintaan HVA nimeää vastuuhenkilön, joka toimisi yhteyshenkilönä "
      "ja koordinoivana tahona hva päin ja suhteessa kuntiin (HVA:lla pohditaan, mikä taho "
      "parhaiten vastaisi yhteyshlöroolista)", person="director", theme="employment",
      outcome=[(_d("2024-01-31"), "done", "Vastuuhenkilöksi nimetty aikuissosiaalityön "
                "palvelupäällikkö 1.2.2024 alkaen. (demo)", "hva")]),
    A("Kuntouttava työtoiminta –hankkee(t) tukevat yhteistyön edistämistä", person="rehab",
      theme="rehabilitative_work",
      outcome=[(_d("2024-03-01"), "in_progress", "Hankehaku käynnissä yhdessä kolmen kunnan "
                "kanssa. (demo)", "hva")]),
    A("Kotoutumisessa myös hyvä nimetä HVA vastuuhenkilö", person="director", theme="integration",
      due="maaliskuun 2024 loppuun mennessä",
      children=[
          A("Roolien selkeytys", person="director", theme="integration"),
          A("Hr-johtajan infot kansainvälisistä rekrytoinneista", person="hr",
            theme="international_recruitment",
            outcome=[(_d("2023-11-28"), "done", "Info pidetty kunnille Teamsissa 28.11.2023. "
                      "(demo)", "hva")]),
      ]),
    A("Elintapaohjauksen sopimus valmisteilla (STM suositus)", person="lifestyle",
      theme="lifestyle_guidance",
      outcome=[(_d("2024-05-15"), "done", "Sopimus hyväksytty aluehallituksessa. (demo)", "hva")]),
    A("Tiedonkulku ja ennakointi sekä viestintä hyteasioista", person="hyte_contact",
      theme="hyte_coordination",
      outcome=[(_d("2023-11-01"), "in_progress", "Kuukausittainen hyte-uutiskirje kunnille "
                "aloitettu. (demo)", "hva")]),
    A("Luottamuksen lisääminen ja keskusteluyhteydet", person="partnership",
      theme="hyte_coordination",
      outcome=[(_d("2023-11-01"), "in_progress", "Kumppanuuspäällikön kuntakäynnit "
                "neljännesvuosittain. (demo)", "hva")]),
    A("Hankerahoitusvarauksista esitys", person="partnership", theme="projects",
      outcome=[(_d("2023-12-12"), "done", "Esitys käsitelty hyte-lautakunnassa 12.12.2023. "
                "(demo)", "hva")]),
    A("Hytesuunnitelma ja kertomus – työskentely käyntiin 1/2024", person="director",
      theme="hyte_coordination", due="1/2024",
      outcome=[(_d("2024-01-24"), "done", "Aloitustyöpaja pidetty 24.1.2024. (demo)", "hva")],
      children=[A("Konkreettinen tekeminen toiveena", person="hyte_contact",
                  theme="hyte_coordination")]),
    A("Seuraavat neuvottelut kunnissa keväällä 2024 (maalis-huhtikuu?)", person="partnership",
      theme="hyte_coordination", due="keväällä 2024 (maalis-huhtikuu?)",
      outcome=[(_d("2024-02-15"), "in_progress", "Kevään kierros valmisteltu, esityslistat "
                "esitäytetty; päivät sopimatta. (demo)", "hva")]),
    # Follow-up of findings of other sections (not bullets of the way-forward slides).
    A("Vastuunjakotaulukon työllisyyden liite", person="director", theme="employment",
      due="alkuvuonna 2024", in_summary=False, origins=["Työllisyyden liite alkuvuonna 2024"],
      outcome=[(_d("2024-05-30"), "done", "Liite hyväksytty. (demo)", "hva")]),
    A("Vastuunjakotaulukon kotoutumisen liite", person="director", theme="integration",
      due="vuoden loppuun mennessä", in_summary=False,
      origins=["Kotoutumisen osalta vuoden loppuun mennessä"],
      outcome=[(_d("2023-12-15"), "in_progress", "Liite odottaa kotoutumisen vastuuhenkilön "
                "nimeämistä. (demo)", "hva")]),
    A("Vastuunjakotaulukon tiedolla johtamisen ja hankkeiden liite", person="knowledge",
      theme="knowledge_management", due="vuoden loppuun mennessä", in_summary=False,
      origins=["Tiedolla johtaminen ja hankkeet vuoden loppuun mennessä"],
      outcome=[(_d("2023-12-19"), "done", "Liite valmis. (demo)", "hva")]),
    A("Kuntouttavan työtoiminnan tilanne aluehallituksen käsittelyyn mahdollisimman pian",
      person="director", theme="rehabilitative_work", in_summary=False,
      body=Body.Kind.EXECUTIVE_BOARD, body_date=date(2023, 10, 23),
      origins=["Kuntouttavan työtoiminnan tilanne huolestuttaa kuntia"],
      outcome=[(_d("2023-10-23"), "done", "Käsitelty aluehallituksessa 23.10.2023. (demo)",
                "hva")]),
    A("Kuntouttavan työtoiminnan tilanne tarkastuslautakunnan käsittelyyn", person="director",
      theme="rehabilitative_work", due="31.10.", in_summary=False,
      body=Body.Kind.AUDIT_COMMITTEE, body_date=date(2023, 10, 31),
      origins=["Kuntouttavan työtoiminnan tilanne huolestuttaa kuntia"],
      outcome=[(_d("2023-10-31"), "done", "Käsitelty tarkastuslautakunnassa 31.10.2023; "
                "keskustelua jatketaan kuntien kanssa. (demo)", "hva")]),
]

# (municipality code, kind, theme, text, due, status, answer, action text prefix)
REQUESTS = [
    ("167", "wish", "knowledge_management", "Ikäryhmittäiset yksinäisyyden ja ylipainon "
     "indikaattorit yhteiseen raportointipohjaan. (demo)", "lokakuun loppuun mennessä",
     "answered", "Lisätty raportointipohjaan, joka hyväksyttiin 14.12.2023. (demo)",
     "Kunnat jättävät"),
    ("422", "expert_support", "knowledge_management", "Tukea hyvinvointikertomuksen "
     "indikaattorien tulkintaan ja vertailuun naapurikuntiin. (demo)", "1/2024", "in_progress",
     "", ""),
    ("260", "wish", "knowledge_management", "Kouluterveyskyselyn tulosten yhteinen läpikäynti "
     "kunnan kanssa. (demo)", "lokakuun loppuun mennessä", "answered",
     "Läpikäynti pidetty 7.2.2024. (demo)", "Kunnat jättävät"),
    ("309", "expert_support", "student_welfare", "Asiantuntijatukea oppilashuollon "
     "yhteistyörakenteen uudistamiseen. (demo)", "keväällä 2024", "open", "", ""),
    ("541", "wish", "adult_education", "Vapaan sivistystyön toimijat mukaan alueelliseen "
     "hyte-verkostoon. (demo)", "", "open", "", "Kunnat jättävät"),
]

# (target text prefix, kind, username, day, text)
COMMENTS = [
    ("Kotoutumisessa myös", "action", "hva", "2024-01-20", "Strategisessa tapaamisessa "
     "sovittiin, että vastuuhenkilö nimetään maaliskuun 2024 loppuun mennessä. (demo)"),
    ("Kotoutumisessa myös", "action", "joensuu", "2024-04-10", "Joensuussa odotetaan "
     "nimeämistä: kotoutumisohjelman päivitys tarvitsee vastinparin hyvinvointialueelta. (demo)"),
    ("Kotoutumisessa myös", "action", "hva", "2024-04-12", "Nimeäminen on aluehallituksen "
     "valmistelussa; kerromme heti, kun päätös on tehty. (demo)"),
    ("Kuntouttavan työtoiminnan tilanne huolestuttaa", "finding", "lieksa", "2023-11-02",
     "Lieksassa ostopalvelun aloitus viivästyi; asiakkaat odottavat paikkaa. (demo)"),
]
# fmt: on


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, 0, tzinfo=HELSINKI)


def _due(text: str):
    return parse_vague_date(text, reference=BOARD_MEETING, language="fi") if text else None


def _load_round(ctx) -> Round:
    county = ctx.county
    autumn, _ = Round.objects.update_or_create(
        county=county,
        slug="syksy-2023",
        defaults={
            "title": "Kuntakierros syksy 2023",
            "period": "syys–lokakuu 2023",
            "starts": date(2023, 9, 1),
            "ends": date(2023, 10, 12),
            "status": Round.Status.REPORTED,
            "board": ctx.bodies[Body.Kind.HYTE_BOARD],
            "board_date": BOARD_MEETING,
            "presenter": ctx.people["director"],
            "summary_title": "Kuntakierroksen katsaus",
        },
    )
    autumn.full_clean()
    for order, (key, role) in enumerate(TEAM):
        RoundTeamMember.objects.update_or_create(
            round=autumn, person=ctx.people[key], defaults={"role": role, "order": order}
        )
    ctx.rounds = {"syksy-2023": autumn}
    return autumn


def _load_negotiations(ctx, autumn) -> dict:
    negotiations = {}
    for code, (day, extra) in NEGOTIATIONS.items():
        municipality = ctx.orgs[code]
        negotiation, _ = Negotiation.objects.update_or_create(
            round=autumn,
            municipality=municipality,
            defaults={
                "date": day,
                "place": f"{municipality.name_fi}, kunnantalo",
                "agenda": AGENDA_2023,
                "minutes": "Käytiin läpi kunnan hyte-työn tilanne, yhteistyön vahvuudet ja "
                "haasteet sekä sovittiin jatkotoimista (ks. havainnot ja jatkotoimenpiteet). "
                "(demo)",
            },
        )
        negotiation.county_participants.set([ctx.people[k] for k in CORE_VISITORS + extra])
        municipal = [
            p for key, p in ctx.people.items() if key == code or key.startswith(f"{code}:")
        ]
        negotiation.municipality_participants.set(municipal)
        negotiations[code] = negotiation
    ctx.count("negotiations", len(negotiations))
    return negotiations


def _load_findings(ctx, autumn, negotiations, items, parent=None, counter=None) -> dict:
    counter = counter if counter is not None else {"order": 0, "by_text": {}}
    for item in items:
        counter["order"] += 10
        finding, _ = Finding.objects.update_or_create(
            round=autumn,
            text=item.text,
            defaults={
                "kind": item.kind,
                "parent": parent,
                "theme": ctx.themes[item.theme] if item.theme else None,
                "all_municipalities": item.where is None,
                "order": counter["order"],
            },
        )
        finding.full_clean()
        codes = item.where or []
        finding.municipalities.set([ctx.orgs[c] for c in codes])
        if item.kind in (K.STATUS, K.OBSERVATION):
            finding.negotiations.clear()
        else:
            finding.negotiations.set(
                [negotiations[c] for c in codes] if codes else list(negotiations.values())
            )
        counter["by_text"][item.text] = finding
        ctx.count("findings")
        _load_findings(ctx, autumn, negotiations, item.children, finding, counter)
    return counter["by_text"]


def _apply_outcome(ctx, action, outcome) -> None:
    status = "open"
    for day, to_status, comment, username in outcome:
        ActionStatusChange.objects.update_or_create(
            action=action,
            to_status=to_status,
            comment=comment,
            defaults={
                "from_status": status,
                "changed_at": _at(day),
                "changed_by": ctx.users.get(username),
            },
        )
        status = to_status
    if action.status != status:
        action.status = status
        action.save(update_fields=["status"])


def _save_action(ctx, autumn, item, order, *, owner, person, parent=None, part_of=None):
    action, _ = Action.objects.update_or_create(
        round=autumn,
        text=item.text,
        owner=owner,
        part_of=part_of,
        defaults={
            "parent": parent,
            "owner_person": person,
            "theme": ctx.themes[item.theme] if item.theme else None,
            "in_summary": item.in_summary and part_of is None,
            "order": order,
            "body": ctx.bodies[item.body] if item.body else None,
            "body_date": item.body_date,
        },
    )
    action.set_due(_due(item.due))
    action.full_clean()
    action.save()
    ctx.count("actions")
    return action


def _load_actions(ctx, autumn, findings, items, parent=None) -> dict:
    by_text = {}
    for order, item in enumerate(items, start=1):
        owner = ctx.orgs[item.owner]
        person = ctx.people[item.person] if item.person else None
        action = _save_action(
            ctx, autumn, item, order * 10, owner=owner, person=person, parent=parent
        )
        action.origin_findings.set([findings[text] for text in item.origins])
        _apply_outcome(ctx, action, item.outcome)
        by_text[item.text] = action
        if item.shares is not None:
            for code in sorted(c for c in ctx.orgs if c.isdigit() and len(c) == 3):
                share = _save_action(
                    ctx,
                    autumn,
                    item,
                    order * 10,
                    owner=ctx.orgs[code],
                    person=ctx.people.get(code),
                    part_of=action,
                )
                _apply_outcome(ctx, share, item.shares.get(code, item.shares.get("*", [])))
        by_text.update(_load_actions(ctx, autumn, findings, item.children, action))
    return by_text


def _load_requests(ctx, autumn, actions) -> None:
    for code, kind, theme, text, due, status, answer, action_prefix in REQUESTS:
        action = next(
            (a for t, a in actions.items() if action_prefix and t.startswith(action_prefix)), None
        )
        request, _ = Request.objects.update_or_create(
            municipality=ctx.orgs[code],
            text=text,
            defaults={
                "round": autumn,
                "action": action,
                "kind": kind,
                "theme": ctx.themes[theme],
                "status": status,
                "answer": answer,
                "answered_by": ctx.users["hva"] if answer else None,
                "answered_at": _at(date(2024, 2, 7)) if answer else None,
                "created_by": ctx.users.get({"167": "joensuu", "422": "lieksa"}.get(code, "hva")),
            },
        )
        request.set_due(_due(due))
        request.full_clean()
        request.save()
        ctx.count("requests")


def _load_comments(ctx, findings, actions) -> None:
    for prefix, kind, username, day, text in COMMENTS:
        pool = actions if kind == "action" else findings
        target = next(obj for t, obj in pool.items() if t.startswith(prefix))
        user = ctx.users[username]
        Comment.objects.update_or_create(
            **{kind: target},
            text=text,
            defaults={
                "author": user,
                "author_organization": user.account.organization,
                "created": _at(date.fromisoformat(day)),
            },
        )
        ctx.count("comments")


def load(ctx):
    autumn = _load_round(ctx)
    negotiations = _load_negotiations(ctx, autumn)
    findings = _load_findings(ctx, autumn, negotiations, parse_outline(FINDINGS))
    actions = _load_actions(ctx, autumn, findings, ACTIONS)
    _load_requests(ctx, autumn, actions)
    _load_comments(ctx, findings, actions)
    with translation.override("fi"):
        prepared = prepare_round(
            autumn,
            slug="kevat-2024",
            title="Kuntakierros kevät 2024",
            period="maalis–huhtikuu 2024",
            starts=date(2024, 3, 1),
            ends=date(2024, 4, 30),
        )
    ctx.rounds["kevat-2024"] = prepared.round
    ctx.count("rounds", 2)
