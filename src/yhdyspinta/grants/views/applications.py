"""An applicant's pages: her organisation's applications, the form (a draft saved any number
of times), attachments, submission, and the application's page with the eligibility outcomes,
the status and the decision."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from yhdyspinta.organizations.models import AccessLevel
from yhdyspinta.organizations.rules import account_of
from yhdyspinta.web.paging import page_of

from ..eligibility import eligibility_outcomes
from ..forms import ApplicationForm, AttachmentForm
from ..models import Application, ApplicationStatus, Attachment
from ..rules import is_applicant, is_call_staff
from ..scoping import get_application_for_user, get_call_for_user, visible_applications
from ..services import SubmissionRefused, score_summary, submit
from .common import form_page


def _ngo_account(request):
    account = account_of(request.user)
    if account is None or account.level != AccessLevel.NGO:
        raise PermissionDenied
    return account


@login_required
def my_applications(request):
    _ngo_account(request)
    applications = visible_applications(request.user).select_related("decision")
    page, query = page_of(request, applications)
    return render(request, "grants/my_applications.html", {"page": page, "query": query})


@login_required
def application_create(request, call_pk):
    call = get_call_for_user(request, call_pk)
    account = _ngo_account(request)
    existing = Application.objects.filter(call=call, organization=account.organization).first()
    if existing is not None:
        messages.info(request, _("Your organisation already has an application in this call."))
        return redirect(existing.get_absolute_url())
    if not call.is_open(timezone.localdate()):
        raise PermissionDenied
    return _edit(request, call, account.organization, None)


@login_required
def application_edit(request, pk):
    application = get_application_for_user(request, pk, write=True)
    if not is_applicant(request.user, application):
        raise PermissionDenied
    return _edit(request, application.call, application.organization, application)


def _edit(request, call, organization, instance):
    kwargs = {"user": request.user, "call": call, "organization": organization}
    title = _("Application: %(call)s") % {"call": call.title}
    cancel = instance.get_absolute_url() if instance else call.get_absolute_url()
    if request.method != "POST":
        return form_page(
            request, ApplicationForm(instance=instance, **kwargs), title=title, cancel_url=cancel
        )
    form = ApplicationForm(request.POST, instance=instance, **kwargs)
    if form.is_valid():
        try:
            with transaction.atomic():
                application = form.save(commit=False)
                if application.pk is None:
                    application.created_by = request.user
                application.full_clean(exclude=["organization", "call"])
                application.save()
                form.save_m2m()
                form.instance = application
        except ValidationError as error:
            form.add_error(None, error.messages)
        except IntegrityError:
            form.add_error(None, _("Your organisation already has an application in this call."))
        else:
            messages.success(request, _("The draft was saved."))
            return redirect(application.get_absolute_url())
    return form_page(request, form, title=title, cancel_url=cancel)


@login_required
def application_detail(request, pk):
    application = get_application_for_user(request, pk)
    user = request.user
    call = application.call
    staff = is_call_staff(user, call)
    criteria = list(call.criteria.all())
    reviews = list(application.reviews.select_related("reviewer"))
    decision = getattr(application, "decision", None)
    return render(
        request,
        "grants/application_detail.html",
        {
            "application": application,
            "call": call,
            "staff": staff,
            "applicant": is_applicant(user, application),
            "outcomes": eligibility_outcomes(application),
            "attachments": application.attachments.all(),
            "attachment_form": AttachmentForm(),
            "reviews": reviews if staff else [r for r in reviews if r.reviewer_id == user.pk],
            "criteria": criteria,
            "summary": score_summary(reviews, criteria) if staff else None,
            "decision": decision,
            "reports": list(decision.usage_reports.all()) if decision else [],
            "today": timezone.localdate(),
            "themes": application.themes.all(),
            "municipalities": application.municipalities.all(),
        },
    )


@login_required
@require_POST
def application_submit(request, pk):
    application = get_application_for_user(request, pk)
    if not is_applicant(request.user, application):
        raise PermissionDenied
    try:
        submit(application)
    except SubmissionRefused as refused:
        return _refused(request, application, refused.errors)
    if application.status == ApplicationStatus.INELIGIBLE:
        messages.warning(request, application.ineligible_reason)
    else:
        messages.success(request, _("The application was submitted."))
    return redirect(application.get_absolute_url())


def _refused(request, application, errors):
    from ..models import REQUIRABLE_FIELDS

    labels = {
        **REQUIRABLE_FIELDS,
        "requested_amount": _("requested amount"),
        "business_id": _("business ID"),
    }
    problems = [(str(labels[field]) if field else "", message) for field, message in errors.items()]
    return render(
        request,
        "grants/submit_refused.html",
        {"application": application, "problems": problems},
        status=400,
    )


@login_required
@require_POST
def attachment_add(request, pk):
    application = get_application_for_user(request, pk, write=True)
    if not (is_applicant(request.user, application) and application.is_draft):
        raise PermissionDenied
    form = AttachmentForm(request.POST, request.FILES)
    if not form.is_valid():
        return form_page(
            request,
            form,
            title=_("Add an attachment"),
            cancel_url=application.get_absolute_url(),
            template="grants/attachment_form.html",
            application=application,
        )
    upload = form.cleaned_data["file"]
    with transaction.atomic():
        Attachment.objects.create(
            application=application,
            file=upload,
            name=upload.name[:200],
            content_type=form.content_type,
            size=upload.size,
        )
    messages.success(request, _("The attachment was added."))
    return redirect(application.get_absolute_url())


@login_required
def attachment_download(request, pk):
    try:
        attachment = Attachment.objects.select_related("application__call").get(pk=pk)
    except (Attachment.DoesNotExist, ValueError):
        raise Http404 from None
    if not request.user.has_perm("grants.view_attachment", attachment):
        raise Http404
    return FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.content_type,
    )
