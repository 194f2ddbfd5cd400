"""The North Karelia regional welfare report and plan 2025-2028 (deck slides 8-9).

Slide 8: planning, data collection, workshops (county sectors, municipalities, stakeholders)
and conclusions; then the influence bodies, the HYTE board and the council decide; planning
2023-2024, the report 2024, the plan for 2025-2028. Slide 7: "Hytesuunnitelma ja kertomus -
työskentely käyntiin 1/2024". Slide 9: 2025 is an election year; the report, its conclusions
and the preparation of the new plan are handled by the outgoing council, the new plan is
approved by the incoming council.

The elections are real: municipal elections 13.6.2021, the first county elections 23.1.2022,
both 13.4.2025 (the council terms are loaded by s10). Everything else that the deck does not
say (exact dates, workshop notes, statements, measures, targets) is invented and says "(demo)".
Baselines are read from the demo's Sotkanet observations where the indicator was imported.
"""

from __future__ import annotations

from datetime import date

from yhdyspinta.indicators.models import Area, Indicator, Observation, SharedGoal
from yhdyspinta.organizations.models import Body, CouncilTerm
from yhdyspinta.organizations.vaguedate import parse_vague_date
from yhdyspinta.plans.models import (
    AnnualReview,
    Conclusion,
    Election,
    Goal,
    Measure,
    MeasureIndicator,
    Milestone,
    Phase,
    Plan,
    ReviewEntry,
    Statement,
    Workshop,
)
from yhdyspinta.rounds.models import Finding

DEMO = "(demo)"
SLUG = "pohjois-karjala-2025-2028"
REFERENCE = date(2024, 1, 1)

ELECTIONS = [
    ("municipal", date(2021, 8, 1), date(2021, 6, 13)),
    ("regional", date(2022, 3, 1), date(2022, 1, 23)),
    ("municipal", date(2025, 6, 1), date(2025, 4, 13)),
    ("regional", date(2025, 6, 1), date(2025, 4, 13)),
]

# kind, planned start (as said), planned end (as said), actual start, actual end, status
PHASES = [
    ("planning", "1/2024", "2/2024", date(2024, 1, 15), date(2024, 2, 29), "done"),
    ("data_collection", "2/2024", "kesä 2024", date(2024, 2, 1), date(2024, 6, 28), "done"),
    ("workshops", "3/2024", "syksy 2024", date(2024, 3, 14), date(2024, 10, 8), "done"),
    ("conclusions", "10/2024", "12/2024", date(2024, 10, 15), date(2024, 12, 12), "done"),
    ("decision_making", "1/2025", "12/2025", date(2025, 1, 13), date(2025, 11, 17), "done"),
    ("follow_up", "1/2026", "2028", date(2026, 1, 1), None, "in_progress"),
]

# kind, title, phase, body kind, planned, actual date, status, person key
MILESTONES = [
    (
        "planning",
        "Työskentely käyntiin",
        "planning",
        None,
        "1/2024",
        date(2024, 1, 15),
        "done",
        "director",
    ),
    (
        "data_collection",
        "Indikaattoritiedot ja kuntien kuvaukset koottu",
        "data_collection",
        None,
        "kesä 2024",
        date(2024, 6, 28),
        "done",
        "knowledge",
    ),
    (
        "workshops",
        "Työpajat pidetty",
        "workshops",
        None,
        "syksy 2024",
        date(2024, 10, 8),
        "done",
        "hyte_contact",
    ),
    (
        "conclusions",
        "Johtopäätökset valmiit",
        "conclusions",
        None,
        "12/2024",
        date(2024, 12, 12),
        "done",
        "director",
    ),
    (
        "report",
        "Hyvinvointikertomus väistyvälle aluevaltuustolle",
        "decision_making",
        "council",
        "3/2025",
        date(2025, 3, 24),
        "done",
        "director",
    ),
    (
        "statements",
        "Vaikuttamistoimielinten lausunnot suunnitelmasta",
        "decision_making",
        None,
        "9/2025",
        date(2025, 9, 19),
        "done",
        "hyte_contact",
    ),
    (
        "hyte_board",
        "Hyte-lautakunta käsittelee suunnitelman",
        "decision_making",
        "hyte_board",
        "10/2025",
        date(2025, 10, 9),
        "done",
        "director",
    ),
    (
        "executive_board",
        "Aluehallitus käsittelee suunnitelman",
        "decision_making",
        "executive_board",
        "10/2025",
        date(2025, 10, 27),
        "done",
        "director",
    ),
    (
        "council_decision",
        "Uusi aluevaltuusto hyväksyy suunnitelman",
        "decision_making",
        "council",
        "11/2025",
        date(2025, 11, 17),
        "done",
        "director",
    ),
    (
        "other",
        "Vuosiraportti 2025 valtuustolle",
        "follow_up",
        "council",
        "6/2026",
        None,
        "planned",
        "hyte_contact",
    ),
]

WORKSHOPS = [
    (
        "Toimialojen työpaja",
        date(2024, 3, 14),
        "perhe- ja sosiaalipalvelut, terveyspalvelut, ikääntyneiden palvelut, "
        "mielenterveys- ja päihdepalvelut, kansanterveyden keskus",
        "none",
        [],
        34,
        f"Ilon aiheet: perhekeskusverkosto, oppilashuollon yhteistyö. Huolen aiheet: "
        f"ikääntyneiden yksinäisyys, nuorten mielenterveys, kuntouttava työtoiminta. {DEMO}",
    ),
    (
        "Kuntien hyte-koordinaattoreiden työpaja",
        date(2024, 5, 21),
        "hyvinvoinnin ja terveyden edistäminen",
        "all",
        [],
        26,
        f"Kunnat toivovat yhteisiä mittareita ja konkreettisia toimenpiteitä; yhteiset "
        f"tavoitteet (ylipaino, mt- ja päihde, yksinäisyys) pidetään. {DEMO}",
    ),
    (
        "Sidosryhmätyöpaja",
        date(2024, 10, 8),
        "hyvinvoinnin ja terveyden edistäminen",
        "none",
        [
            "regional_council",
            "public_health_centre",
            "ngo_mieli",
            "ngo_sport",
            "ngo_elders",
            "college",
        ],
        41,
        f"Järjestöt tarjoavat vertaistoimintaa ja kohtaamispaikkoja; liikuntajärjestöt "
        f"matalan kynnyksen ryhmiä; oppilaitokset opiskelijoiden hyvinvointityötä. {DEMO}",
    ),
]

# kind, text, indicator Sotkanet ids, finding text starts
CONCLUSIONS = [
    (
        "strength",
        f"Perhekeskusverkosto ja oppilashuolto toimivat kuntien kanssa. {DEMO}",
        [],
        ["Perhekeskusverkosto", "Oppilashuollon"],
    ),
    (
        "strength",
        f"Ehkäisevä päihdetyö (PAKKA) tehdään yhdessä kuntien kanssa. {DEMO}",
        [],
        ["Ehkäisevässä päihdetyössä"],
    ),
    (
        "need",
        f"Diabeteslääkkeiden erityiskorvausoikeus kasvaa: ylipainon seuraukset lisääntyvät. {DEMO}",
        [683],
        ["Yhteiseen tavoitteen"],
    ),
    (
        "need",
        f"Mielenterveyden häiriöt ja lasten psykiatrinen hoito lisääntyvät. {DEMO}",
        [2358, 4],
        ["Yhteiseen tavoitteen"],
    ),
    (
        "need",
        f"Nuorten syrjäytyminen ja ikäihmisten yksinäisyys ovat huolen aiheita. {DEMO}",
        [3219],
        [],
    ),
]

# shared goal name_fi, plan goal title, measures:
#   (title, responsible key, unit, partners, schedule, due, budget year, resources,
#    [(kind, sotkanet id or None, own name, unit, baseline, baseline year, target, area key)])
GOALS = [
    (
        "Ylipaino vähenee",
        "Ylipaino ja sen seuraukset vähenevät",
        [
            (
                f"Elintapaohjauksen palveluketju kaikkiin kuntiin {DEMO}",
                "county",
                "Perusterveydenhuolto, elintapaohjaus",
                ["public_health_centre", "ngo_sport"],
                "2025–2026",
                "2026",
                2025,
                f"2 terveydenhoitajan työpanos, koulutukset {DEMO}",
                [
                    ("outcome", 683, "", "%", None, None, -0.5, "county"),
                    (
                        "process",
                        None,
                        "Kunnat, joissa elintapaohjaus on käytössä",
                        "kuntaa",
                        4,
                        2024,
                        13,
                        None,
                    ),
                ],
            ),
            (
                f"Matalan kynnyksen liikuntaryhmät ikäihmisille {DEMO}",
                "422",
                "Liikuntapalvelut",
                ["ngo_sport", "ngo_elders"],
                "joka kevät ja syksy",
                "2028",
                2026,
                f"Liikuntaneuvoja 0,5 htv {DEMO}",
                [
                    (
                        "process",
                        None,
                        "Ryhmiin osallistuneet ikäihmiset",
                        "henkilöä",
                        120,
                        2024,
                        300,
                        None,
                    )
                ],
            ),
        ],
    ),
    (
        "Mielenterveys vahvistuu ja päihdehaitat vähenevät",
        "Mielenterveys vahvistuu ja päihdehaitat vähenevät",
        [
            (
                f"PAKKA-toimintamalli kaikkiin kuntiin {DEMO}",
                "county",
                "Ehkäisevä päihdetyö",
                ["regional_council"],
                "2025–2027",
                "2027",
                2025,
                f"EPT-koordinaattori {DEMO}",
                [
                    (
                        "process",
                        None,
                        "Kunnat, joissa PAKKA-toiminta on käynnissä",
                        "kuntaa",
                        6,
                        2024,
                        13,
                        None,
                    ),
                    ("outcome", 2358, "", "/1 000", None, None, -3.0, "county"),
                ],
            ),
            (
                f"Mielenterveystaitojen opetus peruskouluissa {DEMO}",
                "167",
                "Perusopetus ja oppilashuolto",
                ["ngo_mieli"],
                "lukuvuodesta 2025–2026",
                "2026",
                2025,
                f"Opettajien koulutus, MIELI ry:n materiaalit {DEMO}",
                [("outcome", 4, "", "/1 000", None, None, -0.3, "167")],
            ),
        ],
    ),
    (
        "Yksinäisyys vähenee",
        "Yksinäisyys vähenee ja osallisuus vahvistuu",
        [
            (
                f"Ikäihmisten kohtaamispaikat ja vertaistoiminta {DEMO}",
                "422",
                "Ikääntyneiden palvelut",
                ["ngo_elders"],
                "2025–2028",
                "2028",
                2026,
                f"Järjestöavustukset, tilat kirjastoissa {DEMO}",
                [("process", None, "Kohtaamispaikkojen määrä", "kpl", 3, 2024, 8, None)],
            ),
            (
                f"Etsivä nuorisotyö ja Ohjaamo tiiviimmin yhteen {DEMO}",
                "167",
                "Nuorisopalvelut",
                ["te_office", "college"],
                "2025–2026",
                "2026",
                2025,
                f"Etsivät nuorisotyöntekijät 3 htv {DEMO}",
                [("outcome", 3219, "", "%", None, None, -1.0, "167")],
            ),
        ],
    ),
]

STATEMENTS = [
    (
        Body.Kind.YOUTH_COUNCIL,
        date(2025, 9, 12),
        f"Nuorten mielenterveyspalveluihin pääsy on saatava nopeammaksi; nuoret mukaan "
        f"toimenpiteiden suunnitteluun. {DEMO}",
        f"Nuorisovaltuusto kutsutaan toimenpiteiden seurantaan; jonotiedot raportoidaan "
        f"vuosiraportissa. {DEMO}",
        date(2025, 10, 1),
    ),
    (
        Body.Kind.OLDER_PEOPLES_COUNCIL,
        date(2025, 9, 15),
        f"Yksinäisyyden vähentäminen edellyttää kohtaamispaikkoja myös haja-asutusalueille. {DEMO}",
        f"Kohtaamispaikkojen tavoitetta tarkennettiin: vähintään yksi jokaisessa kunnassa. {DEMO}",
        date(2025, 10, 1),
    ),
    (
        Body.Kind.DISABILITY_COUNCIL,
        date(2025, 9, 19),
        f"Liikuntaryhmien ja kohtaamispaikkojen esteettömyys on varmistettava. {DEMO}",
        f"Esteettömyys lisättiin toimenpiteiden kuvauksiin. {DEMO}",
        date(2025, 10, 1),
    ),
]


def _vague(text: str):
    return parse_vague_date(text, reference=REFERENCE, language="fi")


def _elections() -> int:
    n = 0
    for level, starts, day in ELECTIONS:
        term = CouncilTerm.objects.filter(level=level, starts=starts).first()
        if term is not None:
            Election.objects.update_or_create(term=term, defaults={"date": day})
            n += 1
    return n


def _baseline(indicator: Indicator, org) -> tuple[float, int] | None:
    """The latest total value up to 2024 for the organisation's area, else for its region."""
    areas = list(Area.objects.filter(organization=org))
    if org.is_county:
        areas += list(Area.objects.filter(category=Area.Category.MAAKUNTA, sotkanet_id=498))
    for area in areas:
        obs = (
            Observation.objects.filter(
                indicator=indicator, area=area, gender="total", year__lte=2024
            )
            .order_by("-year")
            .first()
        )
        if obs is not None:
            return obs.value, obs.year
    return None


def load(ctx) -> None:
    ctx.count("elections", _elections())
    county = ctx.county
    plan, _ = Plan.objects.update_or_create(
        slug=SLUG,
        defaults={
            "owner": county,
            "title": "Pohjois-Karjalan alueellinen hyvinvointikertomus ja -suunnitelma 2025–2028",
            "kind": "broad",
            "period_start": 2025,
            "period_end": 2028,
            "status": "follow_up",
            "summary": "Alueellinen hyvinvointikertomus ja toimintasuunnitelma 2025–2028. "
            "Kertomus ja johtopäätökset käsiteltiin väistyvässä aluevaltuustossa, uusi "
            f"suunnitelma hyväksyttiin vaalien 13.4.2025 jälkeen uudessa valtuustossa. {DEMO}",
        },
    )
    plan.full_clean()
    plan.council_terms.set(plan.terms_spanned())

    phases = {}
    for order, (kind, start, end, actual_start, actual_end, status) in enumerate(PHASES):
        phase = Phase.objects.filter(plan=plan, kind=kind).first() or Phase(plan=plan, kind=kind)
        phase.planned_start = _vague(start).start
        phase.planned_start_text = start
        phase.set_due(_vague(end))
        phase.actual_start, phase.actual_end, phase.status = actual_start, actual_end, status
        phase.order = order
        phase.notes = f"Toteutuneet päivät ovat esimerkkejä {DEMO}."
        phase.full_clean()
        phase.save()
        phases[kind] = phase

    for order, (kind, title, phase, body, due, actual, status, person) in enumerate(MILESTONES):
        milestone = Milestone.objects.filter(plan=plan, kind=kind, title=title).first()
        milestone = milestone or Milestone(plan=plan, kind=kind, title=title)
        milestone.phase = phases[phase]
        milestone.body = ctx.bodies.get(body) if body else None
        milestone.set_due(_vague(due))
        milestone.actual_date, milestone.status, milestone.order = actual, status, order
        milestone.responsible = ctx.people.get(person)
        milestone.notes = f"Päivämäärät ovat esimerkkejä {DEMO}."
        milestone.full_clean()
        milestone.save()
    ctx.count("plan milestones", len(MILESTONES))

    workshops = []
    for title, day, sectors, municipalities, stakeholders, count, outputs in WORKSHOPS:
        workshop, _ = Workshop.objects.update_or_create(
            plan=plan,
            title=title,
            defaults={
                "date": day,
                "sectors": sectors,
                "participant_count": count,
                "outputs": outputs,
                "notes": DEMO,
            },
        )
        workshop.municipalities.set(ctx.municipalities() if municipalities == "all" else [])
        workshop.stakeholders.set([ctx.orgs[key] for key in stakeholders])
        workshops.append(workshop)

    findings = Finding.objects.filter(round__county=county)
    for order, (kind, text, indicator_ids, finding_starts) in enumerate(CONCLUSIONS):
        conclusion, _ = Conclusion.objects.update_or_create(
            plan=plan, order=order, defaults={"kind": kind, "text": text}
        )
        conclusion.indicators.set(Indicator.objects.filter(sotkanet_id__in=indicator_ids))
        linked = [f for f in findings if any(f.text.startswith(s) for s in finding_starts)]
        conclusion.findings.set(linked)
        conclusion.workshops.set(workshops)

    n_measures = 0
    for goal_order, (shared_name, title, measures) in enumerate(GOALS):
        shared = SharedGoal.objects.filter(county=county, name_fi=shared_name).first()
        goal, _ = Goal.objects.update_or_create(
            plan=plan,
            title=title,
            defaults={"shared_goal": shared, "order": goal_order, "description": DEMO},
        )
        goal.full_clean()
        for order, spec in enumerate(measures):
            _measure(ctx, goal, order, spec)
            n_measures += 1
    ctx.count("plan measures", n_measures)

    for kind, received, text, response, responded in STATEMENTS:
        body = ctx.bodies[kind]
        statement, _ = Statement.objects.update_or_create(
            plan=plan,
            body=body,
            defaults={
                "phase": phases["decision_making"],
                "received": received,
                "text": text,
                "response": response,
                "responded_on": responded,
            },
        )
    ctx.count("plan statements", len(STATEMENTS))

    review, _ = AnnualReview.objects.update_or_create(
        plan=plan,
        year=2025,
        defaults={
            "status": "draft",
            "narrative": f"Suunnitelma hyväksyttiin marraskuussa 2025; toimenpiteet käynnistyvät "
            f"vuoden 2026 talousarviossa. {DEMO}",
        },
    )
    for measure in Measure.objects.filter(goal__plan=plan):
        started = measure.budget_year == 2025
        ReviewEntry.objects.update_or_create(
            review=review,
            measure=measure,
            defaults={
                "status": "on_track" if started else "not_started",
                "narrative": (f"Valmistelu aloitettu. {DEMO}" if started else DEMO),
            },
        )


def _measure(ctx, goal, order, spec) -> None:
    title, owner_key, unit, partners, schedule, due, budget_year, resources, indicators = spec
    owner = ctx.orgs[owner_key]
    measure, _ = Measure.objects.get_or_create(
        goal=goal, title=title, defaults={"responsible_organization": owner}
    )
    measure.responsible_organization = owner
    measure.responsible_unit = unit
    measure.schedule = schedule
    measure.set_due(_vague(due))
    measure.budget_year = budget_year
    measure.resources = resources
    measure.order = order
    measure.full_clean()
    measure.save()
    measure.partners.set([ctx.orgs[key] for key in partners])
    for i_order, (kind, sotkanet_id, name, unit, base, base_year, target, area) in enumerate(
        indicators
    ):
        indicator = (
            Indicator.objects.filter(sotkanet_id=sotkanet_id).first() if sotkanet_id else None
        )
        if sotkanet_id and indicator is None:
            continue  # the Sotkanet snapshot was not loaded
        target_value = target
        if indicator is not None:
            found = _baseline(indicator, ctx.orgs[area])
            if found is None:
                base = base_year = target_value = None
            else:
                base, base_year = found
                target_value = round(base + target, indicator.decimals)  # change wanted (demo)
        item, _ = MeasureIndicator.objects.update_or_create(
            measure=measure,
            order=i_order,
            defaults={
                "kind": kind,
                "indicator": indicator,
                "name": name,
                "unit": unit,
                "baseline_value": base,
                "baseline_year": base_year,
                "target_value": target_value,
                "target_year": 2028 if target_value is not None else None,
            },
        )
        item.full_clean()
