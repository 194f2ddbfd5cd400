"""The report part, indicator set and published versions of the North Karelia plan 2025-2028.

Everything here is invented for the demo and says so ("(demo)"):

* the previous regional plan 2021-2024 (the county started in 2023; the plan of the period is
  made up), its goals, measures and indicators, and its 2024 annual review with each measure's
  final status, for the evaluation of the previous period's goals;
* a SAMPLE of THL's proposed minimum data content of a regional welfare report (the official
  list of 83 indicators is THL's; the sample uses indicators of the demo's Sotkanet snapshot),
  chosen by the plan, with two indicators left out and the reason recorded; the sample is kept
  by the demo county (its staff edit it on the pages), unlike THL's list loaded as national data;
* three versions of the document: for statements (9/2025; its content derived from today's by
  taking out the responses and the raised target, as it was before the statements), approved
  by the council on 17.11.2025, and a draft (not public).
"""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from yhdyspinta.indicators.models import Indicator, Observation
from yhdyspinta.plans.models import (
    AnnualReview,
    Goal,
    IndicatorOmission,
    IndicatorSet,
    Measure,
    MeasureIndicator,
    Plan,
    PlanVersion,
    ReviewEntry,
)
from yhdyspinta.plans.publishing import build_content

from .s60_plans import DEMO, SLUG

PREVIOUS_SLUG = "pohjois-karjala-2021-2024"
SET_NAME = "THL:n ehdottama vähimmäistietosisältö, alueet (otos) (demo)"
SET_MEMBERS = [683, 2358, 4, 3219, 181, 3562, 493, 703]
OMISSIONS = {
    181: f"Työttömyyttä seurataan työllisyyden kuntakortissa; suunnitelman tavoitteet eivät "
    f"koske työllisyyttä. {DEMO}",
    3562: f"Pitkäaikaistyöttömyys kuuluu kuntien työllisyydenhoitoon (TE24); seurataan "
    f"kuntien omissa suunnitelmissa. {DEMO}",
}

# goal, measures: (title, responsible key, final status, narrative, [(sotkanet id or None,
#   own name, unit, baseline value or None (read from the data), baseline year, target)])
PREVIOUS_GOALS = [
    (
        f"Ylipainon ehkäisy {DEMO}",
        [
            (
                f"Elintapaohjauksen ryhmät terveysasemille {DEMO}",
                "county",
                "done",
                f"Ryhmät käynnistyivät kuudella terveysasemalla. {DEMO}",
                [(683, "", "%", None, 2020, None)],
            ),
            (
                f"Koulujen liikkumisohjelma {DEMO}",
                "167",
                "delayed",
                f"Ohjelma viivästyi koulujen resurssipulan vuoksi. {DEMO}",
                [(None, "Ohjelmassa mukana olevat koulut", "kpl", 12, 2021, 30)],
            ),
        ],
    ),
    (
        f"Nuorten osallisuus ja mielenterveys {DEMO}",
        [
            (
                f"Matalan kynnyksen chat-palvelu nuorille {DEMO}",
                "county",
                "cancelled",
                f"Korvattiin valtakunnallisella palvelulla. {DEMO}",
                [(None, "Yhteydenotot vuodessa", "kpl", 0, 2021, 2000)],
            ),
            (
                f"Nuorisovaltuustojen kuuleminen suunnitelmissa {DEMO}",
                "422",
                "done",
                f"Kuuleminen vakiintui osaksi valmistelua. {DEMO}",
                [],
            ),
        ],
    ),
]


def _value(indicator, plan, year):
    obs = (
        Observation.objects.filter(
            indicator=indicator, area__organization=plan.owner, gender="total", year=year
        )
        .values_list("value", flat=True)
        .first()
    )
    return obs


def _previous_plan(ctx) -> Plan:
    plan, _ = Plan.objects.update_or_create(
        slug=PREVIOUS_SLUG,
        defaults={
            "owner": ctx.county,
            "title": f"Pohjois-Karjalan hyvinvointikertomus ja -suunnitelma 2021–2024 {DEMO}",
            "kind": "broad",
            "period_start": 2021,
            "period_end": 2024,
            "status": "follow_up",
            "summary": f"Edellisen kauden suunnitelma on keksitty esimerkki arvioinnille. {DEMO}",
        },
    )
    plan.full_clean()
    review, _ = AnnualReview.objects.update_or_create(
        plan=plan,
        year=2024,
        defaults={"status": "reported", "narrative": f"Kauden loppuarvio. {DEMO}"},
    )
    for g_order, (title, measures) in enumerate(PREVIOUS_GOALS):
        goal, _ = Goal.objects.update_or_create(
            plan=plan, title=title, defaults={"order": g_order, "description": DEMO}
        )
        for m_order, (m_title, owner, status, narrative, indicators) in enumerate(measures):
            measure, _ = Measure.objects.update_or_create(
                goal=goal,
                title=m_title,
                defaults={"responsible_organization": ctx.orgs[owner], "order": m_order},
            )
            measure.full_clean()
            for i_order, (sotkanet_id, name, unit, base, base_year, target) in enumerate(
                indicators
            ):
                indicator = None
                if sotkanet_id:
                    indicator = Indicator.objects.filter(sotkanet_id=sotkanet_id).first()
                    if indicator is None:
                        continue  # the Sotkanet snapshot was not loaded
                    base = _value(indicator, plan, base_year)
                    if base is None:
                        continue
                    target = round(base - 0.5, indicator.decimals)  # the wanted change (demo)
                item, _ = MeasureIndicator.objects.update_or_create(
                    measure=measure,
                    order=i_order,
                    defaults={
                        "kind": "outcome" if indicator else "process",
                        "indicator": indicator,
                        "name": name,
                        "unit": unit,
                        "baseline_value": base,
                        "baseline_year": base_year,
                        "target_value": target,
                        "target_year": 2024,
                    },
                )
                item.full_clean()
            ReviewEntry.objects.update_or_create(
                review=review, measure=measure, defaults={"status": status, "narrative": narrative}
            )
    return plan


def _indicator_set(ctx, plan) -> IndicatorSet:
    chosen, _ = IndicatorSet.objects.update_or_create(
        name=SET_NAME,
        county=ctx.county,  # a name is unique per keeper
        defaults={
            "publisher": "THL (otos, demo)",
            "level": "region",
            "note": "Otos THL:n ehdottamasta vähimmäistietosisällöstä (83 indikaattoria "
            "alueille), ei virallinen luettelo; virallinen luettelo on THL:n. (demo)",
        },
    )
    chosen.indicators.set(Indicator.objects.filter(sotkanet_id__in=SET_MEMBERS))
    Plan.objects.filter(pk=plan.pk).update(indicator_set=chosen)
    plan.indicator_set = chosen
    for sotkanet_id, reason in OMISSIONS.items():
        indicator = Indicator.objects.filter(sotkanet_id=sotkanet_id).first()
        if indicator is None:
            continue
        omission = IndicatorOmission.objects.filter(plan=plan, indicator=indicator).first()
        omission = omission or IndicatorOmission(plan=plan, indicator=indicator)
        omission.reason = reason
        omission.full_clean()
        omission.save()
    return chosen


def _before_statements(content: dict) -> dict:
    """The content as it was sent for statements: no responses yet, the lower target."""
    blocks = []
    for block in content["blocks"]:
        block = dict(block)
        if block["kind"] == "paragraph" and block["text"].startswith(("Vastine ", "Response ")):
            block = {**block, "text": "Odottaa vastinetta.", "style": "note"}
        if block["kind"] == "table":
            block["rows"] = [
                [cell.replace("8,0 kpl (2028)", "5,0 kpl (2028)") for cell in row]
                for row in block["rows"]
            ]
        blocks.append(block)
    return {**content, "blocks": blocks, "date_text": "1.9.2025", "status": "Lausunnoilla"}


VERSIONS = [
    (1, "statements", None, f"Lausuntokierroksen versio {DEMO}", _before_statements, (2025, 9, 1)),
    (2, "approved", date(2025, 11, 17), f"Aluevaltuuston hyväksymä {DEMO}", None, (2025, 11, 17)),
    (3, "draft", None, f"Luonnos: vuosiraportin 2025 täydennykset {DEMO}", None, None),
]


def _versions(ctx, plan) -> None:
    content = None
    for number, state, approved_on, label, derive, published in VERSIONS:
        version = PlanVersion.objects.filter(plan=plan, number=number).first()
        if version is not None and version.status == PlanVersion.Status.READY:
            continue  # a frozen version stays as it was
        if content is None:
            content = build_content(plan, "fi")
        version = version or PlanVersion(plan=plan, number=number)
        version.state, version.approved_on, version.label = state, approved_on, label
        version.content = derive(content) if derive else content
        version.status, version.built_at = PlanVersion.Status.READY, timezone.now()
        version.created_by = ctx.users.get("hva")
        version.full_clean()
        version.save()
        if published:
            when = timezone.make_aware(timezone.datetime(*published, 12, 0))
            PlanVersion.objects.filter(pk=version.pk).update(created_at=when, built_at=when)
    ctx.count("plan versions", len(VERSIONS))


def load(ctx) -> None:
    plan = Plan.objects.filter(slug=SLUG).first()
    if plan is None:
        return
    _previous_plan(ctx)
    _indicator_set(ctx, plan)
    _versions(ctx, plan)
