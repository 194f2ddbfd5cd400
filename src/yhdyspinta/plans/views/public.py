"""The published versions of a plan, without login: the list of a plan's public versions
(for statements and approved; drafts are never public), one version as HTML, and the
differences between two versions by section."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from yhdyspinta.web.paging import page_of

from ..document.diff import diff_documents
from ..models import Plan, PlanVersion
from ..publishing import document_of
from .versions import diff_context, version_context


def _public_plan(slug: str) -> Plan:
    plan = get_object_or_404(Plan.objects.select_related("owner"), slug=slug)
    if not PlanVersion.objects.public().filter(plan=plan).exists():
        raise Http404
    return plan


def public_list(request, slug):
    plan = _public_plan(slug)
    versions = PlanVersion.objects.public().filter(plan=plan).defer("content").order_by("-number")
    page, query = page_of(request, versions, 20)
    return render(request, "plans/public/list.html", {"plan": plan, "page": page, "query": query})


def _public_version(plan: Plan, number) -> PlanVersion:
    return get_object_or_404(PlanVersion.objects.public(), plan=plan, number=number)


def public_version(request, slug, number):
    plan = _public_plan(slug)
    version = _public_version(plan, number)
    version.plan = plan
    return render(request, "plans/public/version.html", version_context(version))


def _number(value: str | None):
    try:
        return int(value or "")
    except ValueError:
        return None


def public_diff(request, slug):
    plan = _public_plan(slug)
    versions = list(
        PlanVersion.objects.public().filter(plan=plan).defer("content").order_by("number")
    )
    numbers = [v.number for v in versions]
    a, b = _number(request.GET.get("a")), _number(request.GET.get("b"))
    if a is None and b is None and len(numbers) >= 2:
        a, b = numbers[-2], numbers[-1]
    errors = {}
    for name, value in (("a", a), ("b", b)):
        if value not in numbers:
            errors[name] = _("Choose a published version.")
    context = {"plan": plan, "versions": versions, "a": a, "b": b, "errors": errors}
    if not errors:
        left, right = _public_version(plan, a), _public_version(plan, b)
        sections = diff_documents(document_of(left), document_of(right))
        context.update(left=left, right=right, **diff_context(sections))
    status = 400 if errors and ("a" in request.GET or "b" in request.GET) else 200
    return render(request, "plans/public/diff.html", context, status=status)
