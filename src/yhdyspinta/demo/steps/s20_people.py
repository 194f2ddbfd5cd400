"""Fictional people with the titles and roles of the autumn 2023 round, their counterpart
pairs, body memberships, and the four demo logins."""

from datetime import date

from django.contrib.auth import get_user_model

from yhdyspinta.demo.loader import DEMO_PASSWORD
from yhdyspinta.organizations.models import (
    AccessLevel,
    Account,
    Body,
    BodyMembership,
    CouncilTerm,
    Counterpart,
    Person,
    Role,
    RoleKind,
)

R = RoleKind
ROUND_START = date(2023, 1, 1)

# key -> (org key, first, last, title, [(role, theme slug or None)])
COUNTY_PEOPLE = {
    "director": (
        "county",
        "Kaarina",
        "Vartiainen",
        "kehittämisjohtaja",
        [(R.DEVELOPMENT_DIRECTOR, None), (R.RESPONSIBLE, "hyte_coordination")],
    ),
    "partnership": (
        "county",
        "Jari",
        "Hiltunen",
        "kumppanuuspäällikkö",
        [
            (R.PARTNERSHIP_MANAGER, None),
            (R.RESPONSIBLE, "ngo_cooperation"),
            (R.RESPONSIBLE, "projects"),
        ],
    ),
    "hyte_contact": (
        "county",
        "Sanna",
        "Kettunen",
        "hyte-asiantuntija",
        [(R.CONTACT, "hyte_coordination"), (R.RESPONSIBLE, "shared_goals")],
    ),
    "knowledge": (
        "county",
        "Antti",
        "Rönkkö",
        "tietoasiantuntija",
        [(R.RESPONSIBLE, "knowledge_management")],
    ),
    "family": (
        "county",
        "Hanna",
        "Partanen",
        "perhekeskuskoordinaattori",
        [(R.RESPONSIBLE, "family_centre")],
    ),
    "student": (
        "county",
        "Tuula",
        "Mononen",
        "oppilashuollon palvelupäällikkö",
        [(R.RESPONSIBLE, "student_welfare")],
    ),
    "ept": (
        "county",
        "Ville",
        "Hirvonen",
        "ehkäisevän päihdetyön koordinaattori",
        [(R.RESPONSIBLE, "substance_prevention")],
    ),
    "preparedness": (
        "county",
        "Marko",
        "Kinnunen",
        "valmiuspäällikkö",
        [(R.RESPONSIBLE, "preparedness")],
    ),
    "rehab": (
        "county",
        "Eija",
        "Tolvanen",
        "palvelupäällikkö, aikuissosiaalityö",
        [(R.RESPONSIBLE, "rehabilitative_work")],
    ),
    "lifestyle": (
        "county",
        "Riikka",
        "Sallinen",
        "elintapaohjauksen asiantuntija",
        [(R.RESPONSIBLE, "lifestyle_guidance")],
    ),
    "hr": (
        "county",
        "Timo",
        "Räsänen",
        "henkilöstöjohtaja",
        [(R.RESPONSIBLE, "international_recruitment")],
    ),
    "board_chair": (
        "county",
        "Pekka",
        "Turunen",
        "hyte-lautakunnan puheenjohtaja",
        [(R.CHAIR, None)],
    ),
    "board_member": ("county", "Anneli", "Kärkkäinen", "hyte-lautakunnan jäsen", []),
    "region_planner": (
        "regional_council",
        "Leena",
        "Ikonen",
        "suunnittelija",
        [(R.CONTACT, "knowledge_management")],
    ),
    "phc_expert": (
        "public_health_centre",
        "Mikko",
        "Pesonen",
        "kansanterveyssuunnittelija",
        [(R.EXPERT, "lifestyle_guidance")],
    ),
    "phc_expert2": (
        "public_health_centre",
        "Kirsi",
        "Hyvönen",
        "projektipäällikkö",
        [(R.EXPERT, "substance_prevention")],
    ),
}

# municipality code -> (coordinator first, last, extra people [(first, last, title, theme)])
MUNICIPAL_PEOPLE = {
    "090": ("Marja", "Leskinen", [("Jussi", "Pakarinen", "sivistysjohtaja", "student_welfare")]),
    "146": ("Outi", "Kononen", [("Seppo", "Karvinen", "elinvoimajohtaja", "employment")]),
    "167": (
        "Minna",
        "Hakkarainen",
        [
            ("Jarkko", "Väisänen", "työllisyyspäällikkö", "employment"),
            ("Laura", "Eronen", "ehkäisevän päihdetyön yhdyshenkilö", "substance_prevention"),
            ("Katja", "Lipponen", "kotoutumiskoordinaattori", "integration"),
            ("Risto", "Heikkinen", "valmiuspäällikkö", "preparedness"),
            ("Satu", "Ryynänen", "opetuspäällikkö", "student_welfare"),
            ("Heikki", "Tanskanen", "kaavoituspäällikkö", "land_use"),
        ],
    ),
    "176": ("Tiina", "Huttunen", []),
    "260": ("Anu", "Piironen", [("Kari", "Kiiskinen", "hallintojohtaja", "preparedness")]),
    "276": (
        "Johanna",
        "Kuivalainen",
        [("Petri", "Martikainen", "sivistysjohtaja", "student_welfare")],
    ),
    "422": (
        "Päivi",
        "Lappalainen",
        [
            ("Ari", "Timonen", "työllisyyskoordinaattori", "employment"),
            ("Merja", "Kukkonen", "nuorisotyön esihenkilö", "substance_prevention"),
        ],
    ),
    "426": ("Elina", "Laasonen", [("Olli", "Ruotsalainen", "elinvoimapäällikkö", "employment")]),
    "541": ("Sari", "Keronen", [("Juha", "Puustinen", "vapaa-aikapäällikkö", "adult_education")]),
    "309": ("Heli", "Nevalainen", []),
    "607": ("Kirsi", "Pölönen", []),
    "707": ("Raili", "Hämäläinen", []),
    "848": ("Merja", "Ihalainen", [("Tapio", "Vatanen", "kunnanjohtaja", "preparedness")]),
}

# (municipality code or "*", theme, county person key, municipal person index: 0 = coordinator)
COUNTERPARTS = [
    ("*", "family_centre", "family", 0),
    ("*", "substance_prevention", "ept", 0),
    ("*", "hyte_coordination", "hyte_contact", 0),
    ("167", "student_welfare", "student", "Ryynänen"),
    ("167", "preparedness", "preparedness", "Heikkinen"),
    ("167", "substance_prevention", "ept", "Eronen"),
    ("422", "substance_prevention", "ept", "Kukkonen"),
    ("260", "preparedness", "preparedness", "Kiiskinen"),
    ("848", "preparedness", "preparedness", "Vatanen"),
    ("090", "student_welfare", "student", "Pakarinen"),
    ("276", "student_welfare", "student", "Martikainen"),
]

USERS = [
    ("hva", "director", AccessLevel.COUNTY_ADMIN, "county"),
    ("joensuu", "167", AccessLevel.COORDINATOR, "167"),
    ("lieksa", "422", AccessLevel.COORDINATOR, "422"),
    ("lautakunta", "board_member", AccessLevel.BOARD_MEMBER, "county"),
]


def _email(first: str, last: str, domain: str) -> str:
    table = str.maketrans("äöåÄÖÅ", "aoaAOA")
    return f"{first}.{last}".lower().translate(table) + f"@{domain}.example.fi"


def _person(ctx, key, org, first, last, title, domain):
    person, _ = Person.objects.update_or_create(
        email=_email(first, last, domain),
        defaults={"first_name": first, "last_name": last, "title": title, "organization": org},
    )
    ctx.people[key] = person
    ctx.count("people")
    return person


def _role(ctx, person, org, kind, theme_slug):
    Role.objects.update_or_create(
        person=person,
        organization=org,
        kind=kind,
        theme=ctx.themes[theme_slug] if theme_slug else None,
        defaults={"valid_from": ROUND_START},
    )
    ctx.count("roles")


def load(ctx):
    for key, (org_key, first, last, title, roles) in COUNTY_PEOPLE.items():
        org = ctx.orgs[org_key]
        domain = "hva" if org_key == "county" else org_key.replace("_", "")
        person = _person(ctx, key, org, first, last, title, domain)
        for kind, theme in roles:
            _role(ctx, person, org, kind, theme)

    for code, (first, last, extras) in MUNICIPAL_PEOPLE.items():
        org = ctx.orgs[code]
        domain = org.name_fi.lower().translate(str.maketrans("äö", "ao"))
        coordinator = _person(ctx, code, org, first, last, "hyte-koordinaattori", domain)
        _role(ctx, coordinator, org, R.COORDINATOR, None)
        _role(ctx, coordinator, org, R.COORDINATOR, "hyte_coordination")
        for e_first, e_last, title, theme in extras:
            person = _person(ctx, f"{code}:{e_last}", org, e_first, e_last, title, domain)
            _role(ctx, person, org, R.CONTACT, theme)

    for code, theme, county_key, municipal in COUNTERPARTS:
        codes = list(MUNICIPAL_PEOPLE) if code == "*" else [code]
        for c in codes:
            municipal_person = ctx.people[c if municipal == 0 else f"{c}:{municipal}"]
            pair, _ = Counterpart.objects.update_or_create(
                theme=ctx.themes[theme],
                municipality=ctx.orgs[c],
                county_person=ctx.people[county_key],
                municipality_person=municipal_person,
                defaults={"valid_from": ROUND_START},
            )
            pair.full_clean()
            ctx.count("counterpart pairs")

    term = CouncilTerm.objects.get(level=CouncilTerm.Level.REGIONAL, starts=date(2022, 3, 1))
    board = ctx.bodies[Body.Kind.HYTE_BOARD]
    for key, position in (
        ("board_chair", BodyMembership.Position.CHAIR),
        ("board_member", BodyMembership.Position.MEMBER),
        ("director", BodyMembership.Position.PRESENTER),
    ):
        BodyMembership.objects.update_or_create(
            body=board,
            person=ctx.people[key],
            term=term,
            defaults={"position": position},
        )

    user_model = get_user_model()
    for username, person_key, level, org_key in USERS:
        person = ctx.people[person_key]
        user, created = user_model.objects.get_or_create(
            username=username,
            defaults={
                "first_name": person.first_name,
                "last_name": person.last_name,
                "email": person.email,
            },
        )
        if created or not user.has_usable_password():
            user.set_password(DEMO_PASSWORD)
            user.save()
        Account.objects.update_or_create(
            user=user, defaults={"organization": ctx.orgs[org_key], "level": level}
        )
        if person.user_id != user.pk:
            Person.objects.filter(user=user).exclude(pk=person.pk).update(user=None)
            person.user = user
            person.save(update_fields=["user"])
        ctx.users[username] = user
    ctx.count("users", len(USERS))
