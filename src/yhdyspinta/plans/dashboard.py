"""Dashboard: the plans' next milestone and the late ones, and statements awaiting a response."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from yhdyspinta.web.registry import Card

from .models import Milestone, Statement
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
    if not (late.exists() or upcoming.exists() or waiting.exists()):
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
            },
            order=50,
        )
    ]
