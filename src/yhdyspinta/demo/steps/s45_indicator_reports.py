"""Shared goals with targets and the common reporting template (draft for approval).

The deck (slide 3) names three shared goals: overweight, mental health and substance use,
and loneliness; slide 6 a draft common reporting template "for approval at the next
strategic meeting". The indicators come from the Sotkanet snapshot loaded by s40, chosen
for what they honestly measure (docs/indicator-reports.md):

* overweight: 683, diabetes medicine entitlement 40+ (%): type 2 diabetes follows
  overweight; the only series of the snapshot with counts for 2015-2023, so it has
  intervals and a recent trend. The snapshot has no overweight (BMI) indicator.
* mental health and substance use: 2358, antidepressant reimbursements 18-64 (/1,000),
  and 4, psychiatric hospital care 0-17 (/1,000). The snapshot has no substance-use
  indicator.
* loneliness: the snapshot has no loneliness indicator (that comes from the FinSote/TEA
  surveys); 3219, 17-24-year-olds outside education (%), stands for social exclusion of
  the young until a loneliness indicator is imported.

Target values are demo values, marked "(demo)". The HYTE coefficient set is left empty on
purpose: the official list is THL's and must be entered from it.
"""

from __future__ import annotations

import sys

from yhdyspinta.indicators.models import (
    GoalTarget,
    Indicator,
    ReportCommentary,
    ReportSection,
    ReportTemplate,
    SectionIndicator,
    SharedGoal,
)

DEMO = "(demo)"

GOALS = [
    # slug, fi, sv, en, description, [(sotkanet id, target, year, baseline, baseline year)]
    (
        "overweight",
        "Ylipaino vähenee",
        "Övervikten minskar",
        "Overweight decreases",
        "Yhteinen tavoite: ylipainon ja sen seurausten kasvu pysähtyy. Sotkanet-otteessa ei "
        "ole painoindeksiin perustuvaa ylipainoindikaattoria; seurataan diabeteslääkkeiden "
        "erityiskorvausoikeutta (40 vuotta täyttäneet), koska tyypin 2 diabetes seuraa "
        f"ylipainoa. Tavoitearvot ovat esimerkkejä {DEMO}.",
        [(683, 14.6, 2030, 14.6, 2023)],
    ),
    (
        "mental_health_substance",
        "Mielenterveys vahvistuu ja päihdehaitat vähenevät",
        "Den psykiska hälsan stärks och rusmedelsskadorna minskar",
        "Mental health strengthens and substance-related harm decreases",
        "Yhteinen tavoite mielenterveyden ja päihdetyön kehittämiseksi. Sotkanet-otteessa ei "
        "ole päihdeindikaattoria; seurataan depressiolääkkeiden käyttöä ja lasten ja nuorten "
        f"psykiatrista sairaalahoitoa. Tavoitearvot ovat esimerkkejä {DEMO}.",
        [(2358, 95.0, 2030, 101.3, 2011), (4, 4.5, 2030, 4.9, 2011)],
    ),
    (
        "loneliness",
        "Yksinäisyys vähenee",
        "Ensamheten minskar",
        "Loneliness decreases",
        "Yhteinen tavoite yksinäisyyden vähentämiseksi. Yksinäisyyttä mitataan FinSote- ja "
        "Kouluterveyskyselyillä, joita Sotkanet-otteessa ei ole; siihen asti seurataan "
        "koulutuksen ulkopuolelle jääneitä nuoria osallisuuden mittarina. Tavoitearvot ovat "
        f"esimerkkejä {DEMO}.",
        [(3219, 6.5, 2030, 7.8, 2011)],
    ),
]

TEMPLATE_NAME = "Yhteinen raportointipohja"
SECTIONS = [
    ("Ylipaino", "Ylipainon seuraukset: diabeteslääkkeiden erityiskorvaus, 40+.", [683]),
    ("Mielenterveys ja päihteet", "Mielenterveyden ja päihdetyön seuranta.", [2358, 4]),
    ("Yksinäisyys ja osallisuus", "Osallisuuden ja yksinäisyyden seuranta.", [3219, 3076]),
    ("Työikäiset ja toimeentulo", "Työllisyys ja toimeentulo.", [181, 493, 3099]),
]
PEERS = ("167", "260", "422", "541")  # the four towns: Joensuu, Kitee, Lieksa, Nurmes
COMMENTARY_YEAR = 2024
COMMENTARY = {
    "167": {
        "Ylipaino": "Diabeteslääkkeiden erityiskorvausoikeus on Joensuussa maakunnan tasoa "
        "matalampi mutta kasvaa edelleen. Liikuntaneuvonta ja elintapaohjaus laajenevat "
        f"perhekeskuksiin 2024. {DEMO}",
        "Mielenterveys ja päihteet": "PAKKA-toimintamalli on käytössä; seuraavaksi "
        f"koulujen mielenterveystaitojen opetus. {DEMO}",
    },
    "422": {
        "Ylipaino": "Lieksassa osuus on maakunnan korkeimpia ja kasvaa. Tavoitteena "
        f"matalan kynnyksen liikuntaryhmät ikäihmisille. {DEMO}",
        "Yksinäisyys ja osallisuus": "Nuorten koulutuksen ulkopuolelle jääminen on kasvanut; "
        f"etsivä nuorisotyö ja ohjaamo tiivistävät yhteistyötä. {DEMO}",
    },
}


def load(ctx) -> None:
    by_id = {i.sotkanet_id: i for i in Indicator.objects.exclude(sotkanet_id=None)}
    needed = {sid for *_x, targets in GOALS for sid, *_t in targets}
    needed |= {sid for _t, _i, ids in SECTIONS for sid in ids}
    missing = sorted(needed - set(by_id))
    if missing:
        sys.stderr.write(
            f"WARNING: indicators {missing} are not loaded; shared goals and the reporting "
            "template are left out of the demo.\n"
        )
        return
    county = ctx.county
    for order, (slug, fi, sv, en, description, targets) in enumerate(GOALS):
        goal, _ = SharedGoal.objects.update_or_create(
            county=county,
            name_fi=fi,
            defaults={
                "name_sv": sv,
                "name_en": en,
                "description": description,
                "theme": ctx.themes.get(slug),
                "order": order,
            },
        )
        ctx.count("shared goals")
        for t_order, (sid, target, year, baseline, baseline_year) in enumerate(targets):
            GoalTarget.objects.update_or_create(
                goal=goal,
                indicator=by_id[sid],
                defaults={
                    "target_value": target,
                    "target_year": year,
                    "baseline_value": baseline,
                    "baseline_year": baseline_year,
                    "order": t_order,
                    "note": f"Tavoitearvo on esimerkki {DEMO}.",
                },
            )
            ctx.count("goal targets")

    template, _ = ReportTemplate.objects.update_or_create(
        county=county,
        name=TEMPLATE_NAME,
        version=1,
        defaults={
            "status": ReportTemplate.Status.FOR_APPROVAL,
            "description": "Luonnos hyväksyttäväksi seuraavassa strategisessa kokouksessa. "
            "Sama pohja hyvinvointialueelle ja kaikille 13 kunnalle.",
            "years_shown": 6,
            "compare_county": True,
            "compare_country": True,
        },
    )
    template.peers.set([ctx.orgs[code] for code in PEERS])
    sections = {}
    for order, (title, intro, ids) in enumerate(SECTIONS, start=1):
        section, _ = ReportSection.objects.update_or_create(
            template=template, title=title, defaults={"order": order, "intro": intro}
        )
        sections[title] = section
        for i_order, sid in enumerate(ids):
            SectionIndicator.objects.update_or_create(
                section=section, indicator=by_id[sid], defaults={"order": i_order}
            )
    ctx.count("report sections", len(sections))
    for code, texts in COMMENTARY.items():
        org = ctx.orgs[code]
        writer = ctx.users.get("joensuu" if code == "167" else "lieksa")
        for title, text in texts.items():
            ReportCommentary.objects.update_or_create(
                section=sections[title],
                organization=org,
                year=COMMENTARY_YEAR,
                defaults={"text": text, "written_by": writer},
            )
            ctx.count("report commentaries")
