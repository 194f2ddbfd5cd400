"""Why two networks look like overlapping work, in words a coordinator can check."""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from yhdyspinta.documents.numbers import format_number

from .features import (
    CHILDREN_FAMILIES,
    EVERYONE,
    OLDER_PEOPLE,
    SPECIFIC_TARGET_GROUPS,
    WORKING_AGE,
    YOUNG_PEOPLE,
    NetworkFeatures,
)
from .similarity import TEXT_GATE

# Labels of the national theme vocabulary (GLOSSARY.md); a caller with the county's own
# themes passes their names in find_overlaps(theme_labels=...).
THEME_LABELS = {
    "rehabilitative_work": _("rehabilitative work activity"),
    "integration": _("integration"),
    "employment": _("employment"),
    "preparedness": _("preparedness"),
    "family_centre": _("family centre work"),
    "student_welfare": _("student welfare"),
    "substance_prevention": _("substance abuse prevention"),
    "lifestyle_guidance": _("lifestyle guidance"),
    "adult_education": _("liberal adult education"),
    "land_use": _("facilities, land use and zoning"),
}

TARGET_GROUP_LABELS = {
    CHILDREN_FAMILIES: _("children and families"),
    YOUNG_PEOPLE: _("young people"),
    WORKING_AGE: _("working-age people"),
    OLDER_PEOPLE: _("older people"),
    EVERYONE: _("everyone"),
}

OWNER_LABELS = {
    "county": _("both are run by the county"),
    "regional": _("both are run by the regional council"),
    "municipality": _("same municipality"),
}


def decimal(value: float, places: int = 2) -> str:
    """A number as the active language writes it: "0,68" in Finnish and Swedish."""
    return format_number(value, places, (get_language() or "fi")[:2])


def join_words(words: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(words) <= 1:
        return "".join(words)
    return _("%(items)s and %(last)s") % {"items": ", ".join(words[:-1]), "last": words[-1]}


def theme_label(code: str, labels: Mapping[str, str] | None = None) -> str:
    if labels and code in labels:
        return str(labels[code])
    if code in THEME_LABELS:
        return str(THEME_LABELS[code])
    return code.replace("_", " ")


def shared_target_groups(a: frozenset[str], b: frozenset[str]) -> list[str]:
    if EVERYONE in a and EVERYONE in b:
        return [EVERYONE]
    if EVERYONE in a:
        return [group for group in SPECIFIC_TARGET_GROUPS if group in b]
    if EVERYONE in b:
        return [group for group in SPECIFIC_TARGET_GROUPS if group in a]
    return [group for group in SPECIFIC_TARGET_GROUPS if group in a and group in b]


def county_takes_part(network: NetworkFeatures) -> bool:
    return network.county_participates or network.owner_kind == "county"


def pair_reasons(
    a: NetworkFeatures,
    b: NetworkFeatures,
    components: Mapping[str, float],
    owner_orgs: frozenset[int] = frozenset(),
    theme_labels: Mapping[str, str] | None = None,
) -> list[str]:
    reasons: list[str] = []
    themes = sorted(theme_label(code, theme_labels) for code in a.themes & b.themes)
    groups = [
        str(TARGET_GROUP_LABELS[g]) for g in shared_target_groups(a.target_groups, b.target_groups)
    ]
    if themes and groups:
        reasons.append(
            _("both work on %(themes)s for %(groups)s")
            % {"themes": join_words(themes), "groups": join_words(groups)}
        )
    elif themes:
        reasons.append(_("both work on %(themes)s") % {"themes": join_words(themes)})
    elif groups:
        reasons.append(_("both are for %(groups)s") % {"groups": join_words(groups)})

    if components["text"] >= TEXT_GATE:
        reasons.append(
            _("similar purpose (text similarity %(similarity)s)")
            % {"similarity": decimal(components["text"])}
        )

    shared_orgs = len((a.member_org_ids & b.member_org_ids) - owner_orgs)
    if shared_orgs:
        reasons.append(
            ngettext(
                "%(count)d shared partner organisation",
                "%(count)d shared partner organisations",
                shared_orgs,
            )
            % {"count": shared_orgs}
        )
    shared_people = len(a.member_person_ids & b.member_person_ids)
    if shared_people:
        reasons.append(
            ngettext("%(count)d shared person", "%(count)d shared people", shared_people)
            % {"count": shared_people}
        )

    if county_takes_part(a) and county_takes_part(b):
        reasons.append(str(_("the county takes part in both")))

    if a.owner_id is not None and a.owner_id == b.owner_id:
        reasons.append(str(OWNER_LABELS[a.owner_kind]))
    elif a.owner_kind == b.owner_kind == "municipality":
        reasons.append(str(_("different municipalities")))
    else:
        reasons.append(str(_("run by different organisations")))
    return reasons
