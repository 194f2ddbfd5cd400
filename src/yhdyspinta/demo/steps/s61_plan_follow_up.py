"""Joensuu's own welfare report and plan 2025-2028 (for the regional plan's side-by-side view:
two of its goals serve the county's shared goals, one is Joensuu's own) and a fuller 2025
follow-up of the regional plan: the statuses and what was done, as each responsible
organisation would report them. All of it is invented for the demo and says so."""

from __future__ import annotations

from yhdyspinta.indicators.models import SharedGoal
from yhdyspinta.plans.models import AnnualReview, Goal, Measure, Plan, ReviewEntry

from .s60_plans import DEMO, SLUG

JOENSUU_SLUG = "joensuu-2025-2028"

# (shared goal or None, goal, [(measure, unit, budget year)])
JOENSUU_GOALS = [
    (
        "Mielenterveys vahvistuu ja päihdehaitat vähenevät",
        "Nuorten mielen hyvinvointi vahvistuu Joensuussa",
        [
            ("Koulujen hyvinvointitiimit kaikkiin yläkouluihin", "Perusopetus", 2025),
            ("Nuorisotilojen iltapäivätoiminta", "Nuorisopalvelut", 2026),
        ],
    ),
    (
        "Yksinäisyys vähenee",
        "Kylien ja kaupunginosien kohtaamispaikat lisääntyvät",
        [("Kirjastot olohuoneiksi: avoimet illat", "Kirjastopalvelut", 2025)],
    ),
    (
        None,
        "Pyöräily ja kävely lisääntyvät kaupunkiliikenteessä",
        [("Pyöräteiden talvikunnossapidon parantaminen", "Kaupunkiympäristö", 2026)],
    ),
]

# The regional plan's 2025 entries: (the measure's title starts with, status, what was done).
REGIONAL_2025 = [
    ("Elintapaohjauksen palveluketju", "on_track",
     "Palveluketjun kuvaus valmistui kesäkuussa; neljä kuntaa aloitti ohjauksen syksyllä."),
    ("PAKKA-toimintamalli", "delayed",
     "Koordinaattorin rekrytointi viivästyi; toiminta käynnistyy kolmessa kunnassa 2026."),
    ("Mielenterveystaitojen opetus", "done",
     "Kaikkien Joensuun peruskoulujen opettajat koulutettiin lukuvuoden alussa."),
    ("Etsivä nuorisotyö ja Ohjaamo", "on_track",
     "Yhteinen asiakasohjauksen malli sovittiin; yhteiset päivystykset alkoivat lokakuussa."),
]  # fmt: skip


def load(ctx) -> None:
    county = ctx.county
    joensuu = ctx.orgs["167"]
    plan, _ = Plan.objects.update_or_create(
        slug=JOENSUU_SLUG,
        defaults={
            "owner": joensuu,
            "title": "Joensuun hyvinvointikertomus ja -suunnitelma 2025–2028",
            "kind": "broad",
            "period_start": 2025,
            "period_end": 2028,
            "status": "approved",
            "summary": f"Joensuun kaupungin laaja hyvinvointikertomus ja suunnitelma. {DEMO}",
        },
    )
    plan.full_clean()
    plan.council_terms.set(plan.terms_spanned())
    for order, (shared_name, title, measures) in enumerate(JOENSUU_GOALS):
        shared = (
            SharedGoal.objects.filter(county=county, name_fi=shared_name).first()
            if shared_name
            else None
        )
        goal, _ = Goal.objects.update_or_create(
            plan=plan,
            title=title,
            defaults={"shared_goal": shared, "order": order, "description": DEMO},
        )
        goal.full_clean()
        for m_order, (measure_title, unit, budget_year) in enumerate(measures):
            measure, _ = Measure.objects.update_or_create(
                goal=goal,
                title=f"{measure_title} {DEMO}",
                defaults={
                    "responsible_organization": joensuu,
                    "responsible_unit": unit,
                    "budget_year": budget_year,
                    "order": m_order,
                },
            )
            measure.full_clean()
    ctx.count("municipal plans", 1)

    regional = Plan.objects.filter(slug=SLUG).first()
    review = AnnualReview.objects.filter(plan=regional, year=2025).first()
    if review is None:
        return
    for starts, status, text in REGIONAL_2025:
        measure = Measure.objects.filter(goal__plan=regional, title__startswith=starts).first()
        if measure is not None:
            ReviewEntry.objects.update_or_create(
                review=review,
                measure=measure,
                defaults={"status": status, "narrative": f"{text} {DEMO}"},
            )
