"""Published versions of the plan's document, for the plan's readers: the list with drafts,
publishing a new version (its content is built in the background), a draft's preview, and for
the plan's writers what changed since the latest version (the plan as it is now against it)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from yhdyspinta.organizations.scoping import get_for_user
from yhdyspinta.web.paging import page_of

from ..document.blocks import Picture
from ..document.content import build_document
from ..document.diff import ADDED, CHANGED, REMOVED, diff_documents
from ..document.html import KINDS
from ..forms_publishing import PlanVersionForm
from ..models import PlanVersion
from ..publishing import document_of, publish_version
from ..rules import can_write_plan
from ..scoping import get_plan_for_user

PAGE_SIZE = 20


def _versions(plan):
    return PlanVersion.objects.filter(plan=plan).defer("content").order_by("-number")


@login_required
def version_list(request, pk):
    plan = get_plan_for_user(request, pk)
    page, query = page_of(request, _versions(plan), PAGE_SIZE)
    can_edit = can_write_plan(request.user, plan)
    form = PlanVersionForm(user=request.user, plan=plan) if can_edit else None
    return render(
        request,
        "plans/version_list.html",
        {"plan": plan, "page": page, "query": query, "form": form, "can_edit": can_edit},
    )


@login_required
@require_POST
def version_create(request, pk):
    plan = get_plan_for_user(request, pk, write=True)
    form = PlanVersionForm(request.POST, user=request.user, plan=plan)
    if form.is_valid():
        version = form.save(commit=False)
        try:
            publish_version(version, request.user)
        except ValidationError as error:  # a rule of the model: shown on the form
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Version %(n)s is being prepared; the list says when it is ready.")
                % {"n": version.number},
            )
            return redirect("plans:version_list", pk=plan.pk)
    page, query = page_of(request, _versions(plan), PAGE_SIZE)
    context = {"plan": plan, "page": page, "query": query, "form": form, "can_edit": True}
    return render(request, "plans/version_list.html", context, status=400)


@login_required
def version_detail(request, pk):
    """Any version, drafts included, for the plan's readers (not public)."""
    queryset = PlanVersion.objects.select_related("plan__owner")
    version = get_for_user(request, queryset, pk)
    return render(request, "plans/public/version.html", version_context(version, preview=True))


def version_context(version: PlanVersion, *, preview: bool = False) -> dict:
    context = {"version": version, "plan": version.plan, "preview": preview}
    if version.status == PlanVersion.Status.READY:
        document = document_of(version)
        context["document"] = document
        context["blocks"] = [{"kind": KINDS[type(b)], "item": b} for b in document.blocks]
        context["headings"] = document.headings
    return context


def diff_context(sections) -> dict:
    """What the differences' part of a page shows (``plans/partials/_diff.html``)."""
    return {
        "sections": sections,
        "changed": [s for s in sections if s.changes],
        "unchanged": [s for s in sections if not s.changes],
        "ops": {"added": ADDED, "removed": REMOVED, "changed": CHANGED},
    }


def _without_pictures(document):
    document.blocks = [block for block in document.blocks if not isinstance(block, Picture)]
    return document


@login_required
def draft_diff(request, pk):
    """The plan as it is now against its latest ready version, in that version's language.
    The charts are left out on both sides (drawing them takes seconds; they are drawn from the
    figures of the tables, which are compared)."""
    plan = get_plan_for_user(request, pk, write=True)
    versions = PlanVersion.objects.filter(plan=plan).order_by("-number")
    latest = versions.defer("content").first()
    version = versions.filter(status=PlanVersion.Status.READY).first()
    context = {"plan": plan, "latest": latest, "version": version}
    if version is not None:
        with translation.override(version.language):
            now = build_document(plan, timezone.localdate(), charts=False)
        published = _without_pictures(document_of(version))
        context.update(diff_context(diff_documents(published, _without_pictures(now))))
    return render(request, "plans/draft_diff.html", context)
