from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from yhdyspinta.organizations.scoping import get_for_user
from yhdyspinta.web.editing import edit_object
from yhdyspinta.web.history import history_for

from ..forms import RequestAnswerForm, RequestForm
from ..models import Request
from ..scoping import own_municipality, visible_requests
from .common import county_or_404, paged
from .dialogue import dialogue_context


@login_required
def request_list(request):
    county_or_404(request)
    requests = visible_requests(request.user).select_related("municipality", "theme", "round")
    municipality = own_municipality(request.user)
    page, query = paged(request, requests)
    return render(
        request,
        "rounds/request_list.html",
        {
            "page": page,
            "query": query,
            "requests": page.object_list,
            "can_add": request.user.has_perm("rounds.add_request", municipality),
        },
    )


@login_required
def request_detail(request, pk):
    req = get_for_user(
        request, Request.objects.select_related("municipality", "theme", "round", "action"), pk
    )
    return render(
        request,
        "rounds/request_detail.html",
        {
            "req": req,
            "can_answer": request.user.has_perm("rounds.answer_request", req),
            "can_edit": request.user.has_perm("rounds.change_request", req),
            "history": history_for(req),
            **dialogue_context(request, req, "request"),
        },
    )


class _RequestFormFor:
    def __init__(self, municipality, county):
        self.municipality, self.county = municipality, county

    def __call__(self, *args, **kwargs):
        return RequestForm(*args, municipality=self.municipality, county=self.county, **kwargs)


@login_required
def request_create(request):
    county = county_or_404(request)
    municipality = own_municipality(request.user)
    if not request.user.has_perm("rounds.add_request", municipality):
        raise PermissionDenied

    def attach(obj):
        if not request.user.has_perm("rounds.add_request", obj.municipality):
            raise PermissionDenied
        obj.created_by = request.user

    return edit_object(
        request,
        form_class=_RequestFormFor(municipality, county),
        before_save=attach,
        initial={"municipality": municipality.pk} if municipality else None,
        title=_("New wish or support request"),
        cancel_url=reverse("rounds:request_list"),
    )


@login_required
def request_edit(request, pk):
    req = get_for_user(request, Request.objects.select_related("municipality"), pk, write=True)
    return edit_object(
        request,
        form_class=_RequestFormFor(own_municipality(request.user), county_or_404(request)),
        instance=req,
        title=_("Edit request"),
        cancel_url=req.get_absolute_url(),
    )


@login_required
def request_answer(request, pk):
    req = get_for_user(
        request,
        Request.objects.select_related("municipality"),
        pk,
        write=True,
        perm="rounds.answer_request",
    )

    def stamp(obj):
        if obj.answer.strip():
            obj.answered_by = request.user
            obj.answered_at = timezone.now()

    return edit_object(
        request,
        form_class=RequestAnswerForm,
        instance=req,
        initial={"status": Request.Status.ANSWERED} if req.is_open else None,
        before_save=stamp,
        title=_("Answer the request"),
        cancel_url=req.get_absolute_url(),
    )
