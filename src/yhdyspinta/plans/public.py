"""What the plans app offers visitors without a login on the front page: the welfare reports
and plans that have a public version (for statements, or approved by the council), newest
period first, a bounded number. Drafts are never listed."""

from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.web.registry import PublicLink

from .models import PUBLIC_STATES, Plan, PlanVersion

SHOWN_PLANS = 30


def links(request):
    plans = (
        Plan.objects.filter(
            versions__state__in=PUBLIC_STATES, versions__status=PlanVersion.Status.READY
        )
        .distinct()
        .order_by("-period_start", "title")[:SHOWN_PLANS]
    )
    return [
        PublicLink(
            plan.title,
            reverse("plans:public_list", args=[plan.slug]),
            group=_("Welfare reports and plans"),
            order=5,
        )
        for plan in plans
    ]
