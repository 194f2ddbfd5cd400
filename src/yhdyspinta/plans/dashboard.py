"""Dashboard: the plans' next milestone and the late ones, statements awaiting a response, and
the measures the reader's organisations own (those she may write) without this year's review."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from yhdyspinta.organizations.scoping import writable_organizations
from yhdyspinta.web.registry import Card

from .models import Measure, Milestone, Statement
from .models.process import OPEN_STATUSES
from .scoping import county_of, visible_plans

LIMIT = 5


def cards(request):
    user = request.user
    if county_of(user) is None:
        return []
    today = timezone.localdate()
    plans = visible_plans(user)
    if not plans.exists():
        return []
    open_milestones = Milestone.objects.filter(plan__in=plans, status__in=OPEN_STATUSES)
    late = open_milestones.filter(due_end__lt=today).select_related("plan").order_by("due_end")
    upcoming = (
        open_milestones.filter(Q(due_end__gte=today))
        .select_related("plan")
        .order_by("due_end", "pk")
    )
    waiting = Statement.objects.filter(plan__in=plans, response="").select_related(
        "plan", "body", "municipality"
    )
    unreviewed = (
        Measure.objects.filter(
            goal__plan__in=plans.filter(period_start__lte=today.year, period_end__gte=today.year),
            responsible_organization__in=writable_organizations(user),
        )
        .exclude(reviews__review__year=today.year)
        .select_related("goal__plan")
        .order_by("goal__plan", "goal__order", "order", "pk")
    )
    if not (late.exists() or upcoming.exists() or waiting.exists() or unreviewed.exists()):
        return []
    return [
        Card(
            _("Welfare plans"),
            "plans/partials/_card_plans.html",
            {
                "next": upcoming.first(),
                "late": list(late[:LIMIT]),
                "late_count": late.count(),
                "waiting": list(waiting[:LIMIT]),
                "waiting_count": waiting.count(),
                "unreviewed": list(unreviewed[:LIMIT]),
                "unreviewed_count": unreviewed.count(),
                "year": today.year,
            },
            order=50,
        )
    ]
