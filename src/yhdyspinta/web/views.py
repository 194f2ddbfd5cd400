from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from yhdyspinta.organizations.rules import account_of

from .registry import dashboard_cards, public_links


def dashboard(request):
    """Signed in: what needs me now. Without a login: the public front page (what anyone may
    read, gathered from the apps' public.py) and the one link to sign in."""
    if not request.user.is_authenticated:
        return front_page(request)
    return render(
        request,
        "web/dashboard.html",
        {"cards": dashboard_cards(request), "account": account_of(request.user)},
    )


def front_page(request):
    groups: dict[str, list] = {}
    for link in public_links(request):
        groups.setdefault(str(link.group), []).append(link)
    return render(request, "web/front_page.html", {"groups": list(groups.items())})


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
