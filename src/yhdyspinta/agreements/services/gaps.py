"""Counterpart gaps: per annex theme and party municipality, whether the county has named a
responsible person for the theme and whether a counterpart pair is named. A gap gets a link
that creates a follow-up action in the rounds capability (once per theme and municipality)."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from yhdyspinta.organizations.models import Counterpart, Organization, Role, RoleKind, Theme

from ..models import Agreement, AgreementStatus, Annex, AnnexRow, GapFollowUp


@dataclass
class Gap:
    theme: Theme
    municipality: Organization
    has_responsible: bool
    has_counterpart: bool
    follow_up: GapFollowUp | None = None

    @property
    def missing(self) -> list[str]:
        found = []
        if not self.has_responsible:
            found.append(_("county responsible person"))
        if not self.has_counterpart:
            found.append(_("counterpart"))
        return found


def gaps(agreements, municipality: Organization | None = None) -> list[Gap]:
    """Gaps of the annexes of these (visible) agreements that are not ended; a bounded number
    of queries whatever the number of themes and municipalities."""
    live = agreements.exclude(status=AgreementStatus.ENDED)
    annexes = Annex.objects.filter(table__agreement__in=live.values("pk"))
    pairs = set(
        annexes.values_list("theme_id", "table__agreement__parties").distinct()
    )  # (theme, municipality) the annexes cover
    if municipality is not None:
        pairs = {p for p in pairs if p[1] == municipality.pk}
    pairs = {p for p in pairs if p[1] is not None}
    if not pairs:
        return []
    theme_ids = {t for t, _m in pairs}
    town_ids = {m for _t, m in pairs}
    themes = Theme.objects.in_bulk(theme_ids)
    towns = Organization.objects.filter(
        pk__in=town_ids, kind=Organization.Kind.MUNICIPALITY
    ).in_bulk()
    county_ids = {town.parent_county_id for town in towns.values()}
    responsible = set(
        Role.objects.active()
        .filter(kind=RoleKind.RESPONSIBLE, organization_id__in=county_ids, theme_id__in=theme_ids)
        .values_list("organization_id", "theme_id")
    )
    named = set(
        Counterpart.objects.active()
        .filter(theme_id__in=theme_ids, municipality_id__in=town_ids)
        .values_list("theme_id", "municipality_id")
    ) | set(
        AnnexRow.objects.filter(annex__in=annexes, counterparts__municipality_id__in=town_ids)
        .values_list("annex__theme_id", "counterparts__municipality_id")
        .distinct()
    )
    follow_ups = {
        (f.theme_id, f.municipality_id): f
        for f in GapFollowUp.objects.filter(
            theme_id__in=theme_ids, municipality_id__in=town_ids
        ).select_related("action")
    }
    result = []
    for theme_id, town_id in pairs:
        town = towns.get(town_id)
        if town is None:
            continue
        gap = Gap(
            theme=themes[theme_id],
            municipality=town,
            has_responsible=(town.parent_county_id, theme_id) in responsible,
            has_counterpart=(theme_id, town_id) in named,
            follow_up=follow_ups.get((theme_id, town_id)),
        )
        if gap.missing:
            result.append(gap)
    return sorted(result, key=lambda g: (g.theme.order, g.theme.name_fi, g.municipality.name_fi))


def create_follow_up(user, county: Organization, theme: Theme, municipality: Organization):
    """The follow-up action of a gap in the county's latest round (or the one made before)."""
    from yhdyspinta.rounds.models import Action, Round

    existing = GapFollowUp.objects.filter(theme=theme, municipality=municipality).first()
    if existing is not None:
        return existing.action
    visible = Agreement.objects.filter(county=county, parties=municipality)
    gap = next((g for g in gaps(visible, municipality) if g.theme.pk == theme.pk), None)
    if gap is None:
        raise ValidationError({"theme": _("There is no open gap for this theme.")})
    round_ = Round.objects.filter(county=county).order_by("-starts", "-pk").first()
    if round_ is None:
        raise ValidationError(_("There is no negotiation round to attach the follow-up action to."))
    text = _(
        "Responsibility table: name the missing %(missing)s for %(theme)s, %(municipality)s."
    ) % {
        "missing": ", ".join(gap.missing),
        "theme": theme.name,
        "municipality": municipality.name,
    }
    action = Action(round=round_, owner=county, theme=theme, text=text, in_summary=False)
    action.full_clean()
    try:
        with transaction.atomic():
            action.save()
            GapFollowUp.objects.create(theme=theme, municipality=municipality, action=action)
    except IntegrityError:  # made at the same moment by someone else
        return GapFollowUp.objects.get(theme=theme, municipality=municipality).action
    return action
