"""The demo holds every bullet of slides 1-7 of the autumn 2023 deck, with owners, deadlines,
outcomes, and the spring 2024 round prepared."""

from datetime import date
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from yhdyspinta.organizations.models import Organization
from yhdyspinta.rounds.models import (
    Action,
    ActionStatusChange,
    Comment,
    Finding,
    Negotiation,
    Request,
    Round,
)

TODAY = date(2026, 11, 28)

# Every bullet of slides 1-7, worded as in the deck (stray spaces fixed).
DECK = [
    # 1. Hytekumppanuus ja puitesopimukset
    "Sopimukset allekirjoitettu",
    "Vastuunjakotaulukon liitteitä työstetään",
    "Työllisyyden liite alkuvuonna 2024",
    "Kotoutumisen osalta vuoden loppuun mennessä",
    "Tiedolla johtaminen ja hankkeet vuoden loppuun mennessä",
    "Järjestöavustusten periaatteet sovittu",
    "HVA:lla toiminta-avustuksia ei jaeta järjestöperusteella vaan toiminnan mukaan",
    "Osuuskunnat ja säätiöt eivät mukana ohje-esityksessä",
    "Hyvinvoinnin ja terveyden edistämisen lautakunta seuraa hyvinvoinnin ja terveyden "
    "edistämisen kuntayhteistyötä hyvinvointialueen näkökulmasta hallintosäännön mukaan",
    "Kooste esitellään myös lautakunnan kokouksessa 12.10.2023",
    # 2. Yleistä kuntakierroksesta
    "Kokoonpanossa kumppanuuspäällikkö, kansanterveyden keskuksen edustajat, maakuntaliiton "
    "edustaja, Hva:en hyte-yhteyshenkilö sekä hytelautakunnan pj Hva:en osalta (vaihdellen) "
    "kehittämisjohtajan lisäksi",
    "KIITOS erinomaisista ja rakentavista keskusteluista ja palautteesta!",
    "Yhteistyötä halutaan tehdä ja se nähdään välttämättömänä Pohjois-Karjalan pärjäämisen "
    "kannalta",
    "HVA:n koettiin eriytyneen kunnista ja toivottiin, että tiiviimpi yhteys vahvistuisi",
    # 3. Yhteistyössä hyvää
    "Oppilashuollon asiat koettiin pääosin menneen hyvään suuntaan",
    "yhdessä kunnassa koettiin henkilöstön vaihtuvuuden haittaavan yhteistyötä tällä hetkellä",
    "Perhekeskusverkosto toimii ja vahvistuu",
    "Yhteiseen tavoitteen asetteluun (ylipaino, mt- ja päihde ja yksinäisyys) on jo "
    "suunnitelmatyössä päästy hyvin, monissa kunnissa hyte hyvin sisällä talousarvio- ja "
    "tilinpäätöstyössä",
    "Hytekoordinaatioon panostettu kunnissa ja koordinaattoriverkostossa toimimisen koettiin "
    "tukevan samaan suuntaan menemistä",
    "Ehkäisevässä päihdetyössä tehty paljon asioita yhteistyössä",
    "Esim. pakka-toiminta",
    "Valmiuden ja varautumisen rakenteet koettiin pääosin hyvinä ja toimivina – yhteistyötä "
    "kuitenkin halutaan tiivistää erityisesti suunnitelmien läpikäynnin ja roolien "
    "yhteensovittamisen merkeissä",
    # 4. Yhteistyössä haasteina havaittuja asioita
    "Kuntouttavan työtoiminnan tilanne huolestuttaa kuntia",
    "Yhteistyön koetaan kadonneen –syitä lienee useita",
    "Osa kuntouttavasta toiminnasta hoidetaan ostopalveluina",
    "Kilpailutuksen läpiviennissä oli viiveitä ja henkilökuntaa piti rekrytoida vuoden vaihteessa",
    "Palvelupoluissa tapahtunut muutoksia ja kriteerit on yhdenmukaistettu hyvinvointialueella "
    "vastaamaan sosiaalihuoltolakia ja lakia kuntouttavasta työtoiminnasta",
    "Asiakkaan sijoittaminen kuntouttavaan työtoimintaan edellyttää, että asiakkaalla on "
    "sellaisia elämänhallinnan tai työ ja toimintakyvyn ongelmia, joiden vuoksi hän ei pysty "
    "osallistumaan julkisiin työvoimapalveluihin tai työhön.",
    "TE-toimiston on ennen toimenpiteisiin ryhtymistä varmistettava, että henkilölle on tehty "
    "lain 916/2012 mukainen työllistymissuunnitelma tai työnhakijan haastattelu",
    "Ennen kuntouttavaa työtoimintaa koskevan päätöksen tekemistä on selvitettävä, onko "
    "asiakkaalle mahdollista tarjota työtä tai julkisia työvoimapalveluja kuten "
    "työvoimakoulutusta, työhönvalmennusta tai muita työvoimahallinnon toimenpiteitä.",
    "Asiaa käsitellään hallituksessa mahdollisimman pian ja tarkastuslautakunnassa 31.10.-> "
    "tahtotila jatkaa keskustelua, että yhteinen ymmärrys ja tekeminen löytyvät.",
    # 5. Haasteet / kehitysehdotukset jatkuvat
    "Vastinparit tilojen- ja maankäytön ja kaavoituksen osalta tarkennettava HVA kanssa",
    "Työllisyyden yhdyspinnan kysymykset",
    "Kotoutuminen – kaksi ulottuvuutta: maahanmuuttajien sotepalvelujen käyttö ja "
    "kansainvälinen rekrytointi",
    "Vapaan sivistystyön yhteistyötä kannattaa jatkossa hyödyntää vielä tehokkaammin esim. "
    "asumisyksiköiden kanssa tehtävä yhteistyö",
    "Toivotaan yhteistyötä kansallisten kyselyiden suhteen",
    "Järjestöjen alueellisen toiminnan vahvistaminen",
]
WAY_FORWARD = [
    # 6-7. Miten tästä eteenpäin? (text, owner kind, due as written or "")
    (
        "Kunnat työstävät kuvausta yhteistyöverkostoista lokakuun loppuun mennessä yhteiseen "
        "exceliin -> päällekkäisen työn poistaminen ja tiedonkulun varmistaminen",
        "county",
        "lokakuun loppuun mennessä",
    ),
    (
        "Tiedolla johtaminen – yhteinen raportointipohjaluonnos hyväksyttäväksi seuraavaan "
        "strategiseen tapaamiseen",
        "county",
        "",
    ),
    ("Asiantuntijatuki HVA:lta kunnille", "county", ""),
    (
        "Kunnat jättävät toiveensa tiedolla johtamiseen liittyen myös lokakuun loppuun mennessä",
        "county",
        "lokakuun loppuun mennessä",
    ),
    ("Hytetrendi katsaus – Maakuntaliitto ?", "regional_council", ""),
    (
        "Työllisyyden hoidon yhdyspintaan HVA nimeää vastuuhenkilön, joka toimisi yhteyshenkilönä "
        "ja koordinoivana tahona hva päin ja suhteessa kuntiin (HVA:lla pohditaan, mikä taho "
        "parhaiten vastaisi yhteyshlöroolista)",
        "county",
        "",
    ),
    ("Kuntouttava työtoiminta –hankkee(t) tukevat yhteistyön edistämistä", "county", ""),
    (
        "Kotoutumisessa myös hyvä nimetä HVA vastuuhenkilö",
        "county",
        "maaliskuun 2024 loppuun mennessä",
    ),
    ("Roolien selkeytys", "county", ""),
    ("Hr-johtajan infot kansainvälisistä rekrytoinneista", "county", ""),
    ("Elintapaohjauksen sopimus valmisteilla (STM suositus)", "county", ""),
    ("Tiedonkulku ja ennakointi sekä viestintä hyteasioista", "county", ""),
    ("Luottamuksen lisääminen ja keskusteluyhteydet", "county", ""),
    ("Hankerahoitusvarauksista esitys", "county", ""),
    ("Hytesuunnitelma ja kertomus – työskentely käyntiin 1/2024", "county", "1/2024"),
    ("Konkreettinen tekeminen toiveena", "county", ""),
    (
        "Seuraavat neuvottelut kunnissa keväällä 2024 (maalis-huhtikuu?)",
        "county",
        "keväällä 2024 (maalis-huhtikuu?)",
    ),
]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=StringIO())
    yield
    with django_db_blocker.unblock():
        call_command("flush", "--no-input", verbosity=0)


@pytest.fixture
def autumn(demo, db):
    return Round.objects.get(slug="syksy-2023")


def test_the_round_is_reported_to_the_hyte_board_on_12_10_2023(autumn):
    assert autumn.title == "Kuntakierros syksy 2023"
    assert autumn.board.kind == "hyte_board" and autumn.board_date == date(2023, 10, 12)
    roles = list(autumn.team_members.values_list("role", flat=True))
    assert "kumppanuuspäällikkö" in roles and "kehittämisjohtaja" in roles
    assert "maakuntaliiton edustaja" in roles and len(roles) == 7


def test_thirteen_negotiations_in_september_and_october_2023(autumn):
    negotiations = Negotiation.objects.filter(round=autumn)
    assert negotiations.count() == 13
    for n in negotiations:
        assert date(2023, 9, 1) <= n.date <= date(2023, 10, 11)
        assert n.county_participants.exists() and n.municipality_participants.exists()


@pytest.mark.parametrize("text", DECK)
def test_every_finding_of_the_deck_is_in_the_demo(autumn, text):
    assert Finding.objects.filter(round=autumn, text=text).exists(), text


@pytest.mark.parametrize(("text", "owner", "due"), WAY_FORWARD)
def test_every_way_forward_bullet_is_an_action_with_owner_and_deadline(autumn, text, owner, due):
    action = Action.objects.get(round=autumn, text=text, part_of__isnull=True)
    assert action.owner.kind == owner
    assert action.due_text == due


def test_the_legal_criteria_are_sub_points_of_the_rehabilitative_work_challenge(autumn):
    main = Finding.objects.get(text="Kuntouttavan työtoiminnan tilanne huolestuttaa kuntia")
    assert main.kind == "challenge" and main.theme.slug == "rehabilitative_work"
    paths = main.children.get(text__startswith="Palvelupoluissa")
    assert [c.text[:12] for c in paths.children.order_by("order")] == [
        "Asiakkaan si",
        "TE-toimiston",
        "Ennen kuntou",
    ]
    handling = Action.objects.filter(origin_findings=main).select_related("body")
    assert {a.body.kind for a in handling} == {"executive_board", "audit_committee"}
    audit = handling.get(body__kind="audit_committee")
    assert (audit.body_date, audit.due_end, audit.due_text) == (
        date(2023, 10, 31),
        date(2023, 10, 31),
        "31.10.",
    )


def test_a_finding_raised_by_one_municipality_concerns_only_it(autumn):
    turnover = Finding.objects.get(text__startswith="yhdessä kunnassa")
    assert not turnover.all_municipalities
    assert list(turnover.municipalities.values_list("code", flat=True)) == ["309"]


def test_every_municipality_has_its_share_of_the_joint_actions(autumn):
    for prefix in ("Kunnat työstävät", "Kunnat jättävät"):
        joint = Action.objects.get(round=autumn, text__startswith=prefix, part_of__isnull=True)
        assert joint.shares.count() == 13
        assert {s.owner.kind for s in joint.shares.all()} == {"municipality"}


def test_outcomes_are_dated_marked_as_demo_and_some_are_overdue(autumn):
    changes = ActionStatusChange.objects.filter(action__round=autumn)
    assert changes.exists() and all("(demo)" in c.comment for c in changes)
    assert all(c.changed_at.year in (2023, 2024) for c in changes)
    statuses = set(Action.objects.filter(round=autumn).values_list("status", flat=True))
    assert statuses == {"open", "in_progress", "done", "dropped"}
    overdue = Action.objects.filter(round=autumn).overdue(TODAY)
    assert overdue.filter(text="Kotoutumisessa myös hyvä nimetä HVA vastuuhenkilö").exists()
    assert all("(demo)" in c.text for c in Comment.objects.all())
    assert all("(demo)" in r.text for r in Request.objects.all())


def test_the_spring_2024_round_is_prepared_with_agendas(autumn):
    spring = Round.objects.get(slug="kevat-2024")
    assert spring.previous == autumn and spring.status == "planned"
    negotiations = Negotiation.objects.filter(round=spring)
    assert negotiations.count() == 13
    joensuu = negotiations.get(municipality__code="167")
    assert "Kunnat työstävät kuvausta" in joensuu.agenda
    assert "Kotoutumisessa myös hyvä nimetä HVA vastuuhenkilö" in joensuu.agenda
    assert "yhdessä kunnassa" not in joensuu.agenda  # concerns Outokumpu only
    assert "yhdessä kunnassa" in negotiations.get(municipality__code="309").agenda


def test_the_joensuu_coordinator_sees_her_overdue_share_on_the_dashboard(demo, db):
    client = Client()
    client.force_login(User.objects.get(username="joensuu"))
    page = client.get(reverse("web:dashboard")).text
    assert "Kunnat työstävät kuvausta yhteistyöverkostoista" in page
    assert "Kuntakierros kevät 2024" in page  # the next negotiation


def test_loading_the_demo_again_duplicates_nothing(demo, db):
    models = (Round, Negotiation, Finding, Action, ActionStatusChange, Request, Comment)
    before = [m.objects.count() for m in models]
    call_command("load_demo", stdout=StringIO())
    assert [m.objects.count() for m in models] == before


@pytest.mark.parametrize("username", ["hva", "joensuu", "lautakunta"])
def test_the_round_page_answers_with_a_bounded_number_of_queries(
    demo, db, django_assert_max_num_queries, username
):
    client = Client()
    client.force_login(User.objects.get(username=username))
    autumn = Round.objects.get(slug="syksy-2023")
    with django_assert_max_num_queries(25):
        assert client.get(autumn.get_absolute_url()).status_code == 200
    joensuu = Organization.objects.get(code="167")
    with django_assert_max_num_queries(25):
        response = client.get(reverse("rounds:municipality_history", args=[joensuu.pk]))
    assert response.status_code == 200
