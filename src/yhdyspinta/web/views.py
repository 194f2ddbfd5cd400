from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from yhdyspinta.organizations.rules import account_of

from .registry import dashboard_cards


@login_required
def dashboard(request):
    return render(
        request,
        "web/dashboard.html",
        {"cards": dashboard_cards(request), "account": account_of(request.user)},
    )


@require_GET
@never_cache
def health(request):
    """Liveness and database check for load balancers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@require_GET
def robots(request):
    return HttpResponse("User-agent: *\nDisallow: /\n", content_type="text/plain")
