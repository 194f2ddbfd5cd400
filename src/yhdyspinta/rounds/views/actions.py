from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from yhdyspinta.organizations.scoping import get_for_user
from yhdyspinta.web.editing import edit_object
from yhdyspinta.web.history import history_for

from ..forms import ActionForm, ActionStatusForm, BoardFilterForm
from ..models import Action, ActionStatus, Request, Round
from ..rules import can_change_action_status
from ..scoping import own_municipality, visible_actions, visible_findings, visible_requests
from ..services.status import change_action_status
from .common import county_or_404, paged
from .dialogue import dialogue_context
from .rounds import _RoundBound


def _board_rows(user, actions, today):
    """Rows for the board, each with the flags the template needs, without per-row queries."""
    rows = list(actions)
    for action in rows:
        action.overdue = action.is_overdue(today)
        action.can_change_status = can_change_action_status(user, action)
    return rows


@login_required
def action_board(request):
    county = county_or_404(request)
    form = BoardFilterForm(request.GET or None, county=county)
    actions = visible_actions(request.user).select_related(
        "owner", "owner_person", "theme", "round", "part_of"
    )
    if form.is_valid():
        data = form.cleaned_data
        if data["owner"]:
            actions = actions.filter(owner=data["owner"])
        if data["theme"]:
            actions = actions.filter(Q(theme=data["theme"]) | Q(theme__parent=data["theme"]))
        if data["round"]:
            actions = actions.filter(round=data["round"])
        if data["status"] and data["status"] != "all":
            actions = actions.filter(status=data["status"])
        elif not data["status"]:
            actions = actions.not_closed()
    else:
        actions = actions.not_closed()
    today = timezone.localdate()
    page, query = paged(request, actions.board_order(today))
    return render(
        request,
        "rounds/action_board.html",
        {
            "form": form,
            "page": page,
            "rows": _board_rows(request.user, page.object_list, today),
            "overdue_count": visible_actions(request.user).overdue(today).count(),
            "query": query,
        },
    )


@login_required
def action_detail(request, pk):
    action = get_for_user(
        request,
        Action.objects.select_related(
            "round", "owner", "owner_person", "theme", "body", "parent", "part_of"
        ),
        pk,
    )
    action.overdue = action.is_overdue(timezone.localdate())
    shares = action.shares.select_related("owner", "owner_person").order_by("owner__name_fi")
    counts = shares.values("status").annotate(n=Count("pk")).order_by("status")
    return render(
        request,
        "rounds/action_detail.html",
        {
            "action": action,
            "shares": shares,
            "share_summary": [(ActionStatus(row["status"]).label, row["n"]) for row in counts],
            "children": action.children.select_related("owner", "owner_person"),
            "origins": visible_findings(request.user).filter(actions=action),
            "changes": action.status_changes.select_related("changed_by"),
            "requests": action.requests.select_related("municipality"),
            "can_edit": request.user.has_perm("rounds.change_action", action),
            "can_change_status": request.user.has_perm("rounds.change_action_status", action),
            "status_form": ActionStatusForm(initial={"status": action.status}),
            "history": history_for(action),
            **dialogue_context(request, action, "action"),
        },
    )


@login_required
def action_status(request, pk):
    """GET: the status form (a fragment for HTMX); POST: change the status with a comment."""
    action = get_for_user(
        request,
        Action.objects.select_related("round", "owner", "owner_person", "theme", "part_of"),
        pk,
        write=True,
        perm="rounds.change_action_status",
    )
    form = ActionStatusForm(request.POST or None, initial={"status": action.status})
    if request.method == "POST" and form.is_valid():
        try:
            change_action_status(
                action, form.cleaned_data["status"], form.cleaned_data["comment"], user=request.user
            )
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            action.refresh_from_db()
            if request.htmx:
                row = _board_rows(request.user, [action], timezone.localdate())[0]
                return render(request, "rounds/partials/_action_row.html", {"action": row})
            messages.success(request, _("Status changed."))
            return redirect(action.get_absolute_url())
    context = {"action": action, "form": form}
    if request.htmx:
        response = render(request, "rounds/partials/_status_form.html", context)
        if request.method == "POST":  # show the errors in place of the form, not of the row
            response["HX-Retarget"] = f"#status-{action.pk}"
            response["HX-Reswap"] = "innerHTML"
        return response
    status = 400 if request.method == "POST" else 200
    return render(request, "rounds/action_status.html", context, status=status)


@login_required
def action_create(request, round_pk):
    round_ = get_for_user(
        request, Round.objects.all(), round_pk, write=True, perm="rounds.add_action"
    )

    def attach(obj):
        obj.round = round_

    return edit_object(
        request,
        form_class=_RoundBound(ActionForm, round_),
        before_save=attach,
        initial={"owner": round_.county_id},
        title=_("New follow-up action"),
        cancel_url=round_.get_absolute_url(),
    )


@login_required
def action_edit(request, pk):
    action = get_for_user(request, Action.objects.select_related("round"), pk, write=True)
    return edit_object(
        request,
        form_class=_RoundBound(ActionForm, action.round),
        instance=action,
        title=_("Edit follow-up action"),
        cancel_url=action.get_absolute_url(),
    )


@login_required
def my_items(request):
    """The actions and requests of the user's own organisation."""
    county_or_404(request)
    from yhdyspinta.organizations.rules import account_of

    org = account_of(request.user).organization
    today = timezone.localdate()
    actions = (
        visible_actions(request.user)
        .filter(owner=org)
        .select_related("round", "theme", "owner_person", "owner", "part_of")
        .board_order(today)
    )
    requests = visible_requests(request.user).select_related("theme", "municipality")
    municipality = own_municipality(request.user)
    if municipality is not None:
        requests = requests.filter(municipality=municipality)
    else:
        requests = requests.filter(status__in=Request.OPEN_STATUSES)
    page, query = paged(request, actions)
    request_page, request_query = paged(request, requests, param="requests_page")
    return render(
        request,
        "rounds/my_items.html",
        {
            "organization": org,
            "page": page,
            "query": query,
            "rows": _board_rows(request.user, page.object_list, today),
            "request_page": request_page,
            "request_query": request_query,
            "requests": request_page.object_list,
            "closed_statuses": (ActionStatus.DONE, ActionStatus.DROPPED),
            "can_add_request": request.user.has_perm("rounds.add_request", municipality),
        },
    )
