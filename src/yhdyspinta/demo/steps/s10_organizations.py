"""Pohjois-Karjalan hyvinvointialue, its 13 municipalities, the regional council, partner
organisations, bodies and council terms, the HYTE themes (GLOSSARY.md)."""

from datetime import date

from yhdyspinta.organizations.models import Body, CouncilTerm, LegalForm, Organization, Theme

Kind = Organization.Kind

COUNTY = {
    "code": "14",
    "sotkanet_id": 972,
    "name_fi": "Pohjois-Karjalan hyvinvointialue",
    "name_sv": "Norra Karelens välfärdsområde",
    "name_en": "North Karelia Wellbeing Services County",
    "website": "https://www.siunsote.fi",
}

# (Statistics Finland code, Sotkanet id, Finnish name, Swedish name)
MUNICIPALITIES = [
    ("090", 45, "Heinävesi", "Heinävesi"),
    ("146", 64, "Ilomantsi", "Ilomants"),
    ("167", 74, "Joensuu", "Joensuu"),
    ("176", 82, "Juuka", "Juuka"),
    ("260", 135, "Kitee", "Kitee"),
    ("276", 145, "Kontiolahti", "Kontiolahti"),
    ("422", 197, "Lieksa", "Lieksa"),
    ("426", 201, "Liperi", "Liperi"),
    ("541", 252, "Nurmes", "Nurmes"),
    ("309", 263, "Outokumpu", "Outokumpu"),
    ("607", 290, "Polvijärvi", "Polvijärvi"),
    ("707", 334, "Rääkkylä", "Rääkkylä"),
    ("848", 384, "Tohmajärvi", "Tohmajärvi"),
]

# key -> (kind, legal form, Finnish name, English name, business ID or "")
PARTNERS = {
    "regional_council": (
        Kind.REGIONAL_COUNCIL,
        LegalForm.PUBLIC_BODY,
        "Pohjois-Karjalan maakuntaliitto",
        "Regional Council of North Karelia",
        "",
    ),
    "public_health_centre": (
        Kind.OTHER,
        LegalForm.ASSOCIATION,
        "Pohjois-Karjalan kansanterveyden keskus",
        "North Karelia Public Health Centre",
        "",
    ),
    "ngo_mieli": (
        Kind.NGO,
        LegalForm.ASSOCIATION,
        "Joensuun Seudun Mielenterveysseura ry",
        "Joensuu Region Mental Health Association",
        "1234567-1",
    ),
    "ngo_sport": (
        Kind.NGO,
        LegalForm.ASSOCIATION,
        "Pohjois-Karjalan Liikunta ry",
        "North Karelia Sports Association",
        "2345678-0",
    ),
    "ngo_elders": (
        Kind.NGO,
        LegalForm.ASSOCIATION,
        "Lieksan Eläkeläiset ry",
        "Lieksa Pensioners' Association",
        "4567890-7",
    ),
    "ngo_cooperative": (
        Kind.NGO,
        LegalForm.COOPERATIVE,
        "Kylätalot osuuskunta",
        "Village Halls Cooperative",
        "",
    ),
    "te_office": (
        Kind.STATE_AGENCY,
        LegalForm.PUBLIC_BODY,
        "Pohjois-Karjalan TE-toimisto",
        "North Karelia Employment and Economic Development Office",
        "",
    ),
    "college": (Kind.EDUCATION, LegalForm.PUBLIC_BODY, "Riveria", "Riveria vocational college", ""),
}

# (slug, Finnish, Swedish, English, parent slug)
THEMES = [
    (
        "hyte_coordination",
        "Hyte-koordinaatio",
        "Samordning av välfärdsarbetet",
        "HYTE coordination",
        None,
    ),
    (
        "knowledge_management",
        "Tiedolla johtaminen",
        "Kunskapsbaserad ledning",
        "Knowledge-based management",
        None,
    ),
    ("shared_goals", "Yhteiset tavoitteet", "Gemensamma mål", "Shared goals", None),
    ("overweight", "Ylipaino", "Övervikt", "Overweight", "shared_goals"),
    (
        "mental_health_substance",
        "Mielenterveys ja päihteet",
        "Psykisk hälsa och missbruk",
        "Mental health and substance use",
        "shared_goals",
    ),
    ("loneliness", "Yksinäisyys", "Ensamhet", "Loneliness", "shared_goals"),
    (
        "children_families",
        "Lapset, nuoret ja perheet",
        "Barn, unga och familjer",
        "Children, young people and families",
        None,
    ),
    ("family_centre", "Perhekeskus", "Familjecenter", "Family centre", "children_families"),
    ("student_welfare", "Oppilashuolto", "Elevvård", "Student welfare", "children_families"),
    (
        "substance_prevention",
        "Ehkäisevä päihdetyö",
        "Förebyggande missbruksarbete",
        "Substance abuse prevention",
        None,
    ),
    ("lifestyle_guidance", "Elintapaohjaus", "Livsstilshandledning", "Lifestyle guidance", None),
    ("employment", "Työllisyys", "Sysselsättning", "Employment", None),
    (
        "rehabilitative_work",
        "Kuntouttava työtoiminta",
        "Arbetsverksamhet i rehabiliteringssyfte",
        "Rehabilitative work activity",
        "employment",
    ),
    ("integration", "Kotoutuminen", "Integration", "Integration", None),
    (
        "international_recruitment",
        "Kansainvälinen rekrytointi",
        "Internationell rekrytering",
        "International recruitment",
        "integration",
    ),
    ("preparedness", "Valmius ja varautuminen", "Beredskap", "Preparedness", None),
    (
        "adult_education",
        "Vapaa sivistystyö",
        "Fritt bildningsarbete",
        "Liberal adult education",
        None,
    ),
    (
        "land_use",
        "Tilat, maankäyttö ja kaavoitus",
        "Lokaler, markanvändning och planläggning",
        "Facilities, land use and zoning",
        None,
    ),
    (
        "ngo_cooperation",
        "Järjestöyhteistyö",
        "Samarbete med organisationer",
        "NGO cooperation",
        None,
    ),
    (
        "projects",
        "Hankkeet ja hankerahoitus",
        "Projekt och projektfinansiering",
        "Projects and project funding",
        None,
    ),
]

# (kind, Finnish name, English name)
COUNTY_BODIES = [
    (
        Body.Kind.HYTE_BOARD,
        "Hyvinvoinnin ja terveyden edistämisen lautakunta",
        "Health and Wellbeing Promotion Board",
    ),
    (Body.Kind.COUNCIL, "Aluevaltuusto", "County Council"),
    (Body.Kind.EXECUTIVE_BOARD, "Aluehallitus", "County Executive Board"),
    (Body.Kind.AUDIT_COMMITTEE, "Tarkastuslautakunta", "Audit Committee"),
    (Body.Kind.YOUTH_COUNCIL, "Alueellinen nuorisovaltuusto", "Regional Youth Council"),
    (
        Body.Kind.OLDER_PEOPLES_COUNCIL,
        "Alueellinen vanhusneuvosto",
        "Regional Older People's Council",
    ),
    (Body.Kind.DISABILITY_COUNCIL, "Alueellinen vammaisneuvosto", "Regional Disability Council"),
]

TERMS = [
    (CouncilTerm.Level.REGIONAL, date(2022, 3, 1), date(2025, 5, 31)),
    (CouncilTerm.Level.REGIONAL, date(2025, 6, 1), date(2029, 5, 31)),
    (CouncilTerm.Level.MUNICIPAL, date(2021, 8, 1), date(2025, 5, 31)),
    (CouncilTerm.Level.MUNICIPAL, date(2025, 6, 1), date(2029, 5, 31)),
]


def load(ctx):
    county, _ = Organization.objects.update_or_create(
        kind=Kind.COUNTY,
        code=COUNTY["code"],
        defaults={k: v for k, v in COUNTY.items() if k != "code"},
    )
    ctx.orgs["county"] = county
    for code, sotkanet_id, name_fi, name_sv in MUNICIPALITIES:
        org, _ = Organization.objects.update_or_create(
            kind=Kind.MUNICIPALITY,
            code=code,
            defaults={
                "sotkanet_id": sotkanet_id,
                "name_fi": name_fi,
                "name_sv": name_sv,
                "name_en": name_fi,
                "parent_county": county,
            },
        )
        ctx.orgs[code] = org
    ctx.count("municipalities", len(MUNICIPALITIES))
    for key, (kind, legal_form, name_fi, name_en, business_id) in PARTNERS.items():
        org, _ = Organization.objects.update_or_create(
            kind=kind,
            name_fi=name_fi,
            parent_county=county,
            defaults={"name_en": name_en, "legal_form": legal_form, "business_id": business_id},
        )
        org.full_clean()
        ctx.orgs[key] = org
    ctx.count("organisations", 1 + len(MUNICIPALITIES) + len(PARTNERS))

    for order, (slug, fi, sv, en, parent) in enumerate(THEMES):
        theme, _ = Theme.objects.update_or_create(
            slug=slug,
            county=None,
            defaults={
                "name_fi": fi,
                "name_sv": sv,
                "name_en": en,
                "order": order * 10,
                "parent": ctx.themes.get(parent),
            },
        )
        ctx.themes[slug] = theme
    ctx.count("themes", len(THEMES))

    for kind, name_fi, name_en in COUNTY_BODIES:
        body, _ = Body.objects.update_or_create(
            organization=county,
            kind=kind,
            defaults={"name_fi": name_fi, "name_en": name_en},
        )
        ctx.bodies[kind] = body
    ctx.count("bodies", len(COUNTY_BODIES))
    for level, starts, ends in TERMS:
        CouncilTerm.objects.update_or_create(level=level, starts=starts, defaults={"ends": ends})
