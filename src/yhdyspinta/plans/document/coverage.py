"""Which indicators of the plan's chosen set the plan covers (through its measures' indicators
or the report part's conclusions), which it leaves out with a recorded reason, and which are
still missing a reason; and the annex that lists the omissions, so that a reader knows each
one was a choice."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from yhdyspinta.indicators.models import Indicator

from ..models import IndicatorOmission, MeasureIndicator, Plan
from .blocks import Heading, Paragraph, Table


@dataclass
class Coverage:
    indicator_set: object | None
    covered: list[Indicator] = field(default_factory=list)
    omitted: list[IndicatorOmission] = field(default_factory=list)
    missing: list[Indicator] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.covered) + len(self.omitted) + len(self.missing)


def used_indicator_ids(plan: Plan) -> set[int]:
    """The catalogue indicators the plan uses: its measures' and its conclusions' (2 queries)."""
    measures = MeasureIndicator.objects.filter(measure__goal__plan=plan, indicator__isnull=False)
    conclusions = plan.conclusions.filter(indicators__isnull=False)
    return set(measures.values_list("indicator_id", flat=True)) | set(
        conclusions.values_list("indicators", flat=True)
    )


def coverage(plan: Plan) -> Coverage:
    chosen = plan.indicator_set
    omissions = list(IndicatorOmission.objects.filter(plan=plan).select_related("indicator"))
    if chosen is None:
        return Coverage(None, omitted=omissions)
    members = list(chosen.indicators.order_by("title_fi", "pk"))
    used = used_indicator_ids(plan)
    omitted_ids = {o.indicator_id for o in omissions}
    return Coverage(
        chosen,
        covered=[i for i in members if i.pk in used],
        omitted=omissions,
        missing=[i for i in members if i.pk not in used and i.pk not in omitted_ids],
    )


def omission_blocks(plan: Plan) -> list:
    found = coverage(plan)
    blocks: list = [Heading(2, _("Indicators left out"))]
    if found.indicator_set is None:
        blocks.append(Paragraph(_("The plan has chosen no indicator set."), "note"))
        return blocks
    blocks.append(
        Paragraph(
            _(
                "The plan follows the indicator set %(name)s (%(publisher)s). It covers "
                "%(covered)s of its %(total)s indicators. The indicators it leaves out are "
                "listed here with the reason, so that a reader knows each omission was a choice."
            )
            % {
                "name": found.indicator_set.name,
                "publisher": found.indicator_set.publisher,
                "covered": len(found.covered),
                "total": found.total,
            }
        )
    )
    if found.indicator_set.note:
        blocks.append(Paragraph(found.indicator_set.note, "note"))
    if found.omitted:
        blocks.append(
            Table(
                _("Indicators of the set left out of the plan"),
                [_("Indicator"), _("Reason")],
                [[o.indicator.title, o.reason] for o in found.omitted],
                widths=[4, 6],
            )
        )
    else:
        blocks.append(Paragraph(_("The plan leaves out none of the set's indicators."), "note"))
    if found.missing:
        blocks.append(
            Paragraph(
                _("Not yet covered and no reason recorded: %(names)s.")
                % {"names": "; ".join(i.title for i in found.missing)},
                "note",
            )
        )
    return blocks
