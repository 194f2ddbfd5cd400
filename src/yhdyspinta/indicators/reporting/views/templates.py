"""The common reporting template: list, detail, editing, sections, approval, new version."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from yhdyspinta.organizations.scoping import get_for_user
from yhdyspinta.web.editing import delete_object, edit_object
from yhdyspinta.web.history import history_for
from yhdyspinta.web.paging import page_of

from ...models import ReportSection, ReportTemplate, SectionIndicator
from ..forms import ApprovalForm, ReportSectionForm, ReportTemplateForm
from ..services.areas import municipalities_of
from ..services.reports import template_with_sections
from ..services.versions import new_version, record_approval
from .common import county_of_user


@login_required
def template_list(request):
    county = county_of_user(request)
    templates = (
        ReportTemplate.objects.filter(county=county)
        .select_related("approved_by")
        .order_by("name", "-version", "pk")
    )
    page, query = page_of(request, templates)
    return render(
        request,
        "indicators/reporting/template_list.html",
        {
            "templates": page.object_list,
            "page": page,
            "query": query,
            "can_add": request.user.has_perm("indicators.add_reporttemplate", county),
        },
    )


@login_required
def template_detail(request, pk):
    get_for_user(request, ReportTemplate.objects.all(), pk)
    template = template_with_sections(pk)
    user = request.user
    return render(
        request,
        "indicators/reporting/template_detail.html",
        {
            "template": template,
            "organizations": [template.county, *municipalities_of(template.county)],
            "can_edit": user.has_perm("indicators.change_reporttemplate", template),
            "can_approve": template.is_editable
            and user.has_perm("indicators.approve_reporttemplate", template),
            "can_copy": user.has_perm("indicators.add_reporttemplate", template)
            and not hasattr(template, "next_version"),
            "history": history_for(template),
        },
    )


@login_required
def template_create(request):
    county = county_of_user(request)
    if not request.user.has_perm("indicators.add_reporttemplate", county):
        raise PermissionDenied

    def before_save(template):
        template.county = county

    return edit_object(
        request,
        form_class=ReportTemplateForm,
        title=_("New reporting template"),
        cancel_url=reverse("indicators_reporting:template_list"),
        before_save=before_save,
    )


@login_required
def template_edit(request, pk):
    template = get_for_user(request, ReportTemplate.objects.all(), pk, write=True)
    return edit_object(
        request,
        form_class=ReportTemplateForm,
        instance=template,
        title=_("Edit reporting template"),
        cancel_url=template.get_absolute_url(),
    )


@login_required
def template_approve(request, pk):
    template = get_for_user(
        request,
        ReportTemplate.objects.select_related("county"),
        pk,
        write=True,
        perm="indicators.approve_reporttemplate",
    )
    if not template.is_editable:
        raise PermissionDenied
    form = ApprovalForm(request.POST or None, county=template.county)
    if request.method == "POST" and form.is_valid():
        record_approval(
            template,
            body=form.cleaned_data["approved_by"],
            date=form.cleaned_data["approved_at"],
            meeting=form.cleaned_data["meeting"],
            user=request.user,
        )
        messages.success(request, _("The approval is recorded."))
        return redirect(template)
    context = {
        "form": form,
        "title": _("Record the approval of %(template)s") % {"template": template},
        "cancel_url": template.get_absolute_url(),
    }
    return render(request, "web/form.html", context, status=400 if form.is_bound else 200)


@login_required
@require_POST
def template_new_version(request, pk):
    template = get_for_user(
        request,
        ReportTemplate.objects.all(),
        pk,
        write=True,
        perm="indicators.add_reporttemplate",
    )
    if ReportTemplate.objects.filter(previous=template).exists():
        raise PermissionDenied
    copy = new_version(template)
    text = _("Version %(version)s created as a draft.") % {"version": copy.version}
    messages.success(request, text)
    return redirect(copy)


def _save_indicators(section: ReportSection, chosen) -> None:
    existing = list(section.section_indicators.order_by("order", "pk"))
    keep = {i.pk for i in chosen}
    section.section_indicators.exclude(indicator_id__in=keep).delete()
    kept = [si.indicator_id for si in existing if si.indicator_id in keep]
    added = [i.pk for i in chosen if i.pk not in kept]
    for order, indicator_id in enumerate(kept + added):
        SectionIndicator.objects.update_or_create(
            section=section, indicator_id=indicator_id, defaults={"order": order}
        )


def _edit_section(request, *, template, section, title):
    form = ReportSectionForm(request.POST or None, instance=section, user=request.user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            obj = form.save(commit=False)
            obj.template = template
            obj.full_clean()
            obj.save()
            _save_indicators(obj, list(form.cleaned_data["indicators"]))
        messages.success(request, _("Saved."))
        return redirect(template)
    context = {"form": form, "title": title, "cancel_url": template.get_absolute_url()}
    return render(request, "web/form.html", context, status=400 if form.is_bound else 200)


@login_required
def section_create(request, pk):
    template = get_for_user(request, ReportTemplate.objects.all(), pk, write=True)
    return _edit_section(
        request, template=template, section=ReportSection(template=template), title=_("New section")
    )


@login_required
def section_edit(request, pk):
    section = get_for_user(
        request, ReportSection.objects.select_related("template"), pk, write=True
    )
    return _edit_section(
        request, template=section.template, section=section, title=_("Edit section")
    )


@login_required
def section_delete(request, pk):
    section = get_for_user(
        request,
        ReportSection.objects.select_related("template"),
        pk,
        write=True,
        perm="indicators.delete_reportsection",
    )
    url = section.template.get_absolute_url()
    return delete_object(
        request, section, title=_("Delete section"), cancel_url=url, success_url=url
    )
