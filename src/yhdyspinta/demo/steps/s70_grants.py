"""NGO grants (issue 11): the county's 2024 operating-grant call with fifteen applications from
North Karelian associations, reviews, decisions and reports on the use of funds (one late); an
open 2027 partnership call for the applicant's own demo; three projects with funding reservations.

The deck (slide 1) says the county grants operating support by activity, not by the kind of
organisation, and that cooperatives and foundations are not included: the cooperative's and
the foundation's applications are refused with the reason. Everything else (names of the
associations other than those of s10, amounts, scores, business IDs) is invented and the texts
say "(demo)". The applicant's login is `jarjesto` (Joensuun Seudun Mielenterveysseura ry).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from yhdyspinta.demo.loader import DEMO_PASSWORD
from yhdyspinta.grants.models import (
    Application,
    ApplicationStatus,
    Criterion,
    Decision,
    FundingReservation,
    GrantCall,
    Project,
    Review,
    UsageReport,
)
from yhdyspinta.grants.services import submit
from yhdyspinta.organizations.models import AccessLevel, Account, Body, Organization, Person
from yhdyspinta.organizations.validators import business_id_check_digit

DEMO = "(demo)"
CALL_TITLE = "Järjestöjen toiminta-avustus 2024"
SUBMITTED_ON = date(2024, 2, 20)
DECIDED_ON = date(2024, 4, 16)
CRITERIA = [
    ("Vaikuttavuus hyvinvointiin", Decimal(3)),
    ("Alueellinen kattavuus", Decimal(2)),
    ("Kustannusten kohtuullisuus", Decimal(1)),
    ("Yhteistyö kuntien ja muiden toimijoiden kanssa", Decimal(1)),
]

# name, legal form, business ID body, themes, target groups, municipality codes, requested, text
APPLICANTS = [
    (
        "Joensuun Seudun Mielenterveysseura ry",
        "association",
        None,
        ["mental_health_substance", "loneliness"],
        ["mental_health", "working_age"],
        ["167", "276", "426"],
        18000,
        "Kriisipuhelin ja vertaisryhmät mielenterveyskuntoutujille",
    ),
    (
        "Pohjois-Karjalan Liikunta ry",
        "association",
        None,
        ["lifestyle_guidance", "overweight"],
        ["children", "families"],
        ["167", "260", "541", "422"],
        20000,
        "Perheliikuntakerhot neljässä kunnassa",
    ),
    (
        "Lieksan Eläkeläiset ry",
        "association",
        None,
        ["loneliness"],
        ["older"],
        ["422"],
        6500,
        "Ikäihmisten kohtaamispaikka ja kotikäynnit",
    ),
    (
        "Kiteen Seudun Kotoutumisyhdistys ry",
        "association",
        "3100010",
        ["integration"],
        ["immigrants"],
        ["260", "848"],
        12000,
        "Suomen kielen kahvilat ja asiointiapu",
    ),
    (
        "Nurmeksen Työttömät ry",
        "association",
        "3100020",
        ["employment", "rehabilitative_work"],
        ["unemployed"],
        ["541"],
        15000,
        "Työpaja ja ruokailu työttömille",
    ),
    (
        "Outokummun Nuorisoseura ry",
        "association",
        "3100030",
        ["children_families"],
        ["children"],
        ["309"],
        8000,
        "Nuorten iltatoiminta ja harrastekerhot",
    ),
    (
        "Ilomantsin Kylät ry",
        "association",
        "3100040",
        ["loneliness", "preparedness"],
        ["older", "everyone"],
        ["146"],
        9000,
        "Kyläturvallisuus ja kylätalojen avoimet päivät",
    ),
    (
        "Pohjois-Karjalan Omaishoitajat ry",
        "association",
        "3100050",
        ["loneliness"],
        ["older", "families"],
        ["167", "426", "607", "707"],
        16000,
        "Omaishoitajien vertaistuki ja virkistys",
    ),
    (
        "Juuan Martat ry",
        "association",
        "3100060",
        ["lifestyle_guidance"],
        ["families", "older"],
        ["176"],
        3500,
        "Ruokakurssit ja ravitsemusneuvonta",
    ),
    (
        "Kontiolahden Perheyhdistys ry",
        "association",
        "3100070",
        ["family_centre", "children_families"],
        ["families"],
        ["276"],
        7000,
        "Avoin perhekahvila ja vertaisryhmät",
    ),
    (
        "Heinäveden Ehkäisevä Päihdetyö ry",
        "association",
        "3100080",
        ["substance_prevention"],
        ["children", "mental_health"],
        ["090"],
        5000,
        "Päihdekasvatus kouluissa ja nuorisotiloissa",
    ),
    (
        "Polvijärven Vammaisyhdistys ry",
        "association",
        "3100090",
        ["lifestyle_guidance", "loneliness"],
        ["disabled"],
        ["607"],
        4000,
        "Soveltava liikunta ja kerhot",
    ),
    (
        "Tohmajärven Maahanmuuttajat ry",
        "association",
        "3100100",
        ["integration", "employment"],
        ["immigrants", "unemployed"],
        ["848"],
        30000,
        "Työllistymisen tuki maahanmuuttajille",
    ),
    (
        "Rääkkylän Kyläpalvelut osuuskunta",
        "cooperative",
        "3100110",
        ["loneliness"],
        ["older"],
        ["707"],
        10000,
        "Kyläavustajapalvelu ikäihmisille",
    ),
    (
        "Karjalan Hyvinvointisäätiö sr",
        "foundation",
        "3100120",
        ["lifestyle_guidance"],
        ["everyone"],
        ["167"],
        20000,
        "Hyvinvointiluennot",
    ),
]
# applicant index -> scores by the two reviewers (one list per reviewer, one score per criterion)
SCORES = {
    0: ([5, 4, 4, 5], [4, 4, 3, 5]),
    1: ([4, 5, 3, 4], [5, 5, 4, 4]),
    2: ([4, 2, 5, 3], [3, 2, 5, 3]),
    3: ([4, 3, 4, 4], [5, 3, 4, 5]),
    4: ([3, 2, 3, 3], [4, 2, 3, 4]),
    5: ([3, 2, 4, 2], [2, 2, 4, 3]),
    6: ([3, 2, 4, 4], [3, 3, 4, 4]),
    7: ([5, 5, 4, 4], [4, 5, 4, 5]),
    8: ([2, 1, 5, 2], [3, 1, 4, 2]),
    9: ([4, 2, 4, 4], [4, 3, 4, 3]),
    10: ([4, 2, 4, 3], [3, 2, 4, 4]),
    11: ([3, 1, 5, 2], [2, 1, 4, 3]),
}
# The Tohmajärvi association asks more than the call's maximum and is trimmed to fit: the form
# would refuse 30 000 €, so the demo's application asks the maximum.
MAX_AMOUNT = Decimal(20000)
GRANT_SHARE = Decimal("0.8")


def _business_id(body: str) -> str:
    digit = business_id_check_digit(body)
    while digit is None:
        body = str(int(body) + 1)
        digit = business_id_check_digit(body)
    return f"{body}-{digit}"


def _organisation(ctx, name, legal_form, body):
    org = Organization.objects.filter(name_fi=name, parent_county=ctx.county).first()
    if org is None:
        org = Organization(name_fi=name, parent_county=ctx.county, kind=Organization.Kind.NGO)
    org.legal_form = legal_form
    if body and not org.business_id:
        org.business_id = _business_id(body)
    org.full_clean()
    org.save()
    return org


def _call(ctx, themes) -> GrantCall:
    call, _ = GrantCall.objects.update_or_create(
        county=ctx.county,
        title=CALL_TITLE,
        defaults={
            "kind": GrantCall.Kind.OPERATING,
            "year": 2024,
            "description": "Toiminta-avustus yhdistyksille, joiden toiminta edistää asukkaiden "
            f"hyvinvointia ja terveyttä Pohjois-Karjalassa. {DEMO}",
            "budget": Decimal(150000),
            "target_groups": [],
            "opens": date(2024, 1, 8),
            "closes": date(2024, 2, 29),
            "excluded_legal_forms": ["cooperative", "foundation"],
            "required_fields": ["contact_name", "activity_description", "municipalities"],
            "min_amount": Decimal(1000),
            "max_amount": MAX_AMOUNT,
        },
    )
    call.full_clean()
    call.themes.set(themes)
    for order, (name, weight) in enumerate(CRITERIA):
        Criterion.objects.update_or_create(
            call=call, name=name, defaults={"weight": weight, "order": order}
        )
    return call


def _open_call(ctx, themes) -> None:
    call, _ = GrantCall.objects.update_or_create(
        county=ctx.county,
        title="Kumppanuusavustus 2027",
        defaults={
            "kind": GrantCall.Kind.PARTNERSHIP,
            "year": 2027,
            "description": f"Kumppanuusavustus alueelliseen yhteistyöhön. {DEMO}",
            "budget": Decimal(80000),
            "target_groups": [],
            "opens": date(2026, 11, 1),
            "closes": date(2027, 1, 31),
            "excluded_legal_forms": ["cooperative", "foundation"],
            "required_fields": ["contact_name", "activity_description", "municipalities", "budget"],
            "min_amount": Decimal(5000),
            "max_amount": Decimal(40000),
        },
    )
    call.themes.set(themes)
    Criterion.objects.update_or_create(
        call=call, name="Alueellinen kattavuus", defaults={"weight": 1, "order": 0}
    )


def _applicant_user(ctx, org):
    person, _ = Person.objects.update_or_create(
        email="jarjesto.demo@mielenterveysseura.example.fi",
        defaults={
            "first_name": "Jaana",
            "last_name": "Järjestö",
            "organization": org,
            "title": f"toiminnanjohtaja {DEMO}",
        },
    )
    user, created = get_user_model().objects.get_or_create(
        username="jarjesto",
        defaults={"first_name": "Jaana", "last_name": "Järjestö", "email": person.email},
    )
    if created or not user.has_usable_password():
        user.set_password(DEMO_PASSWORD)
        user.save()
    Account.objects.update_or_create(
        user=user, defaults={"organization": org, "level": AccessLevel.NGO}
    )
    ctx.users["jarjesto"] = user
    return person


def _members(org) -> int:
    """An invented, stable number of members (for the distribution by organisation size)."""
    return 25 + sum(map(ord, org.name_fi)) * 7 % 1400


def _application(call, org, row, ctx, contact):
    _, _, _, theme_slugs, groups, codes, requested, text = row
    application = Application.objects.filter(call=call, organization=org).first()
    if application is not None:
        return application, False
    requested = min(Decimal(requested), MAX_AMOUNT)
    application = Application.objects.create(
        call=call,
        organization=org,
        contact_name=contact,
        contact_email="yhteys@" + org.name_fi.split()[0].lower().replace("ä", "a") + ".example.fi",
        activity_description=f"{text}. {DEMO}",
        target_groups=groups,
        requested_amount=requested,
        members=_members(org),
        budget=[
            {"item": "Henkilöstökulut", "amount": str(requested * Decimal("0.60"))},
            {"item": "Tilavuokrat", "amount": str(requested * Decimal("0.30"))},
            {"item": "Materiaalit ja matkat", "amount": str(requested * Decimal("0.10"))},
        ],
    )
    application.themes.set([ctx.themes[s] for s in theme_slugs if s in ctx.themes])
    application.municipalities.set([ctx.orgs[c] for c in codes])
    return application, True


def load(ctx) -> None:
    themes = [
        ctx.themes[s]
        for s in (
            "loneliness",
            "mental_health_substance",
            "lifestyle_guidance",
            "overweight",
            "integration",
            "employment",
            "rehabilitative_work",
            "children_families",
            "family_centre",
            "substance_prevention",
            "preparedness",
        )
        if s in ctx.themes
    ]
    call = _call(ctx, themes)
    _open_call(ctx, themes)
    reviewers = [ctx.users["hva"], ctx.users["lautakunta"]]
    board = Body.objects.filter(organization=ctx.county, kind=Body.Kind.HYTE_BOARD).first()
    criteria = list(call.criteria.all())
    for index, row in enumerate(APPLICANTS):
        name, legal_form, body = row[0], row[1], row[2]
        org = _organisation(ctx, name, legal_form, body)
        contact = "Jaana Järjestö" if index == 0 else f"Yhteyshenkilö {index + 1} {DEMO}"
        if index == 0:
            _applicant_user(ctx, org)
        application, created = _application(call, org, row, ctx, contact)
        if created:
            submit(application, SUBMITTED_ON)
            Application.objects.filter(pk=application.pk).update(
                submitted_at=timezone.make_aware(datetime(2024, 2, 20, 14, 5))
            )
        ctx.count("grant applications")
        if application.status == ApplicationStatus.INELIGIBLE or index not in SCORES:
            continue
        for reviewer, scores in zip(reviewers, SCORES[index], strict=True):
            Review.objects.update_or_create(
                application=application,
                reviewer=reviewer,
                defaults={
                    "scores": {str(c.pk): s for c, s in zip(criteria, scores, strict=True)},
                    "comment": f"Arvio {DEMO}",
                    "completed_at": timezone.make_aware(datetime(2024, 3, 20, 12)),
                },
            )
        _decide(application, board, index)
    _partnership_2025(ctx, themes, board)
    ctx.count("grant calls", 3)
    _projects(ctx)


def _partnership_2025(ctx, themes, board) -> None:
    """A decided 2025 partnership call: two associations with a 2024 operating grant apply,
    one receives a partnership grant (what moves from operating to partnership grants)."""
    call, _ = GrantCall.objects.update_or_create(
        county=ctx.county,
        title="Kumppanuusavustus 2025",
        defaults={
            "kind": GrantCall.Kind.PARTNERSHIP,
            "year": 2025,
            "description": f"Kumppanuusavustus alueelliseen yhteistyöhön. {DEMO}",
            "budget": Decimal(60000),
            "opens": date(2024, 11, 1),
            "closes": date(2025, 1, 31),
            "excluded_legal_forms": ["cooperative", "foundation"],
            "min_amount": Decimal(5000),
            "max_amount": Decimal(40000),
        },
    )
    call.themes.set(themes)
    movers = list(
        Decision.objects.filter(
            application__call__county=ctx.county,
            application__call__kind=GrantCall.Kind.OPERATING,
            application__call__year=2024,
        ).select_related("application__organization")[:2]
    )
    for n, previous in enumerate(movers):
        source = previous.application
        application, created = Application.objects.get_or_create(
            call=call,
            organization=source.organization,
            defaults={
                "activity_description": f"Toiminnan laajentaminen maakunnan alueelle. {DEMO}",
                "requested_amount": Decimal(20000),
                "target_groups": source.target_groups,
                "members": source.members,
            },
        )
        if not created:
            continue
        application.themes.set(source.themes.all())
        application.municipalities.set(source.municipalities.all())
        submit(application, date(2025, 1, 20))
        if n == 0 and application.status != ApplicationStatus.INELIGIBLE:
            Decision.objects.create(
                application=application,
                amount=Decimal(15000),
                body=board,
                decided_on=date(2025, 3, 18),
                conditions=f"Kumppanuusavustus vuodelle 2025. {DEMO}",
            )
            Application.objects.filter(pk=application.pk).update(status=ApplicationStatus.DECIDED)


def _decide(application, board, index) -> None:
    amount = (application.requested_amount * GRANT_SHARE).quantize(Decimal(1))
    if index in (8, 11):  # the lowest scores: a smaller grant
        amount = (application.requested_amount / 2).quantize(Decimal(1))
    half = (amount / 2).quantize(Decimal("0.01"))
    decision, _ = Decision.objects.update_or_create(
        application=application,
        defaults={
            "amount": amount,
            "conditions": f"Avustus käytetään hakemuksen mukaiseen toimintaan vuonna 2024. {DEMO}",
            "body": board,
            "decided_on": DECIDED_ON,
            "payment_schedule": [
                {"date": "2024-05-15", "amount": str(half)},
                {"date": "2024-09-15", "amount": str(amount - half)},
            ],
        },
    )
    Application.objects.filter(pk=application.pk).update(status=ApplicationStatus.DECIDED)
    # the demo applicant's own report is due at the end of 2026: she writes it in the demo
    due = date(2026, 12, 31) if index == 0 else date(2025, 3, 31)
    report, _ = UsageReport.objects.get_or_create(decision=decision, due=due)
    if report.submitted_at is None:
        late = index == 4  # Nurmeksen Työttömät ry reports three weeks late
        if index != 0:  # the applicant of the demo writes her own report
            day = datetime(2025, 4, 22, 10) if late else datetime(2025, 3, 14, 10)
            report.submitted_at = timezone.make_aware(day)
            report.report = (
                f"Toiminta toteutui suunnitellusti; osallistujia noin {40 + index * 7}. {DEMO}"
            )
            report.spent = amount
            if not late:
                report.approved_at = timezone.make_aware(datetime(2025, 4, 10, 9))
            report.save()


PROJECTS = [
    (
        "Yhdessä yksinäisyyttä vastaan -hanke (demo)",
        2025,
        2027,
        [
            ("county", [2025, 2026, 2027], 40000, ["167", "422", "541"]),
            ("regional_council", [2025, 2026], 25000, ["167", "422", "541"]),
        ],
    ),
    (
        "Kotoutumisen kumppanuusmalli (demo)",
        2025,
        2026,
        [
            ("county", [2025, 2026], 30000, ["260", "848"]),
            ("260", [2025, 2026], 8000, ["260"]),
        ],
    ),
    (
        "Liikkuva Pohjois-Karjala 2026 (demo)",
        2026,
        2026,
        [
            ("county", [2026], 50000, ["167", "276", "426", "309"]),
            ("167", [2026], 15000, ["167"]),
        ],
    ),
]


def _projects(ctx) -> None:
    for name, starts, ends, rows in PROJECTS:
        project, _ = Project.objects.update_or_create(
            county=ctx.county,
            name=name,
            defaults={
                "starts": starts,
                "ends": ends,
                "description": f"Hankerahoitusvarauksen ehdotus {DEMO}",
            },
        )
        for funder_key, years, amount, codes in rows:
            funder = ctx.orgs[funder_key]
            for year in years:
                reservation, _ = FundingReservation.objects.update_or_create(
                    project=project, funder=funder, year=year, defaults={"amount": Decimal(amount)}
                )
                reservation.municipalities.set([ctx.orgs[c] for c in codes])
        ctx.count("projects")
