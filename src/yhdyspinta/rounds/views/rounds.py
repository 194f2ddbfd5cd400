from collections import defaultdict

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, Count, IntegerField, Prefetch, Q, Value, When
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from yhdyspinta.organizations.forms import MunicipalityThemeFilterForm
from yhdyspinta.organizations.models import Organization, Theme
from yhdyspinta.organizations.scoping import get_for_user
from yhdyspinta.web.editing import edit_object
from yhdyspinta.web.history import history_for
from yhdyspinta.web.params import InvalidParameterError, int_param

from ..forms import FindingForm, NegotiationForm, PrepareRoundForm, RoundForm
from ..models import SECTIONS, Action, Finding, FindingKind, Negotiation, Round, finding_tree
from ..scoping import own_municipality, visible_findings, visible_negotiations, visible_rounds
from ..services.prepare import prepare_round
from .common import county_or_404, paged


@login_required
def round_list(request):
    county = county_or_404(request)
    rounds = (
        visible_rounds(request.user)
        .annotate(negotiation_count=Count("negotiations", distinct=True))
        .select_related("board")
    )
    return render(
        request,
        "rounds/round_list.html",
        {"rounds": rounds, "county": county, "can_add": request.user.has_perm("rounds.add_round")},
    )


def _finding_tree(findings):
    """Top-level findings in order, each with `.subpoints` (recursively)."""
    roots, children = finding_tree(findings)
    for finding in findings:
        finding.subpoints = children.get(finding.pk, [])
    return roots


@login_required
def round_detail(request, pk):
    county = county_or_404(request)
    round_ = get_for_user(request, Round.objects.select_related("board", "presenter"), pk)
    municipalities = Organization.objects.filter(parent_county=county).municipalities()
    themes = Theme.objects.for_county(county)
    data = request.GET.copy()
    mine = own_municipality(request.user)
    form = MunicipalityThemeFilterForm(data, municipalities=municipalities, themes=themes)
    form.is_valid()
    chosen_municipality = form.cleaned_data.get("municipality")
    chosen_theme = form.cleaned_data.get("theme")
    findings = visible_findings(request.user).filter(round=round_)
    if chosen_municipality:
        findings = findings.concerning(chosen_municipality)
    if chosen_theme:
        findings = findings.filter(Q(theme=chosen_theme) | Q(theme__parent=chosen_theme))
    section_rank = Case(
        *(When(kind=key, then=Value(rank)) for rank, (key, _title) in enumerate(SECTIONS)),
        output_field=IntegerField(),
    )
    findings = findings.select_related("theme").prefetch_related("municipalities")
    page, query = paged(request, findings.order_by(section_rank, "order", "pk"))
    tree = _finding_tree(list(page.object_list))
    kinds = dict(FindingKind.choices)
    sections = []
    for key, title in SECTIONS:
        if key in kinds:
            items = [f for f in tree if f.kind == key]
            by_theme = defaultdict(list)
            for finding in items:
                by_theme[finding.theme].append(finding)
            sections.append({"key": key, "title": title, "groups": list(by_theme.items())})
    actions = (
        Action.objects.filter(round=round_, part_of__isnull=True, parent__isnull=True)
        .select_related("owner", "owner_person", "theme", "body")
        .prefetch_related(
            Prefetch("children", queryset=Action.objects.select_related("owner", "owner_person")),
            Prefetch("shares", queryset=Action.objects.only("pk", "status", "part_of_id")),
        )
    )
    if chosen_theme:
        actions = actions.filter(Q(theme=chosen_theme) | Q(theme__parent=chosen_theme))
    action_page, action_query = paged(
        request, actions.order_by("order", "pk"), param="actions_page"
    )
    negotiations = visible_negotiations(request.user).filter(round=round_)
    return render(
        request,
        "rounds/round_detail.html",
        {
            "round": round_,
            "form": form,
            "sections": sections,
            "page": page,
            "query": query,
            "actions": action_page.object_list,
            "action_page": action_page,
            "action_query": action_query,
            "negotiations": negotiations,
            "team": round_.team_members.select_related("person", "person__organization"),
            "mine": mine,
            "can_edit": request.user.has_perm("rounds.change_round", round_),
            "can_prepare": request.user.has_perm("rounds.prepare_round", round_),
            "prepare_form": PrepareRoundForm(),
            "history": history_for(round_),
        },
    )


@login_required
def round_create(request):
    county = county_or_404(request)
    if not request.user.has_perm("rounds.add_round"):
        raise PermissionDenied

    def attach(obj):
        obj.county = county

    return edit_object(
        request,
        form_class=RoundForm,
        before_save=attach,
        title=_("New negotiation round"),
        cancel_url=reverse("rounds:round_list"),
    )


@login_required
def round_edit(request, pk):
    round_ = get_for_user(request, Round.objects.all(), pk, write=True)
    return edit_object(
        request,
        form_class=RoundForm,
        instance=round_,
        title=_("Edit %(round)s") % {"round": round_},
        cancel_url=round_.get_absolute_url(),
    )


@login_required
@require_POST
def round_prepare(request, pk):
    source = get_for_user(request, Round.objects.all(), pk, write=True, perm="rounds.prepare_round")
    form = PrepareRoundForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the new round a title and a code (letters, digits, -)."))
        return redirect(source.get_absolute_url())
    try:
        result = prepare_round(source, **form.cleaned_data)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(source.get_absolute_url())
    messages.success(
        request,
        _("%(round)s prepared: %(made)d negotiations created, %(filled)d agendas pre-filled.")
        % {
            "round": result.round,
            "made": result.negotiations_created,
            "filled": result.agendas_filled,
        },
    )
    return redirect(result.round.get_absolute_url())


@login_required
def negotiation_detail(request, pk):
    negotiation = get_for_user(
        request, Negotiation.objects.select_related("round", "municipality"), pk
    )
    findings = list(
        visible_findings(request.user)
        .filter(negotiations=negotiation)
        .select_related("theme")
        .order_by("order", "pk")
    )
    actions = Action.objects.filter(
        round=negotiation.round, owner=negotiation.municipality
    ).select_related("owner_person", "theme")
    return render(
        request,
        "rounds/negotiation_detail.html",
        {
            "negotiation": negotiation,
            "county_people": negotiation.county_participants.select_related("organization"),
            "municipal_people": negotiation.municipality_participants.all(),
            "findings": findings,
            "actions": actions,
            "can_edit": request.user.has_perm("rounds.change_negotiation", negotiation),
            "can_add_finding": request.user.has_perm("rounds.add_finding", negotiation.round),
            "history": history_for(negotiation),
        },
    )


@login_required
def negotiation_edit(request, pk):
    negotiation = get_for_user(
        request, Negotiation.objects.select_related("round", "municipality"), pk, write=True
    )
    return edit_object(
        request,
        form_class=NegotiationForm,
        instance=negotiation,
        title=_("Edit %(negotiation)s") % {"negotiation": negotiation},
        cancel_url=negotiation.get_absolute_url(),
    )


class _RoundBound:
    """Binds a form class to a round (edit_object builds forms with user/instance/initial)."""

    def __init__(self, form_class, round_):
        self.form_class, self.round = form_class, round_

    def __call__(self, *args, **kwargs):
        return self.form_class(*args, round=self.round, **kwargs)


@login_required
def finding_create(request, round_pk):
    round_ = get_for_user(
        request, Round.objects.all(), round_pk, write=True, perm="rounds.add_finding"
    )

    def attach(obj):
        obj.round = round_

    initial = {"kind": request.GET.get("kind", FindingKind.STRENGTH)}
    try:
        negotiation = int_param(request.GET, "negotiation")
    except InvalidParameterError as error:  # a 400 that names the parameter
        return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
    if negotiation is not None:
        initial["negotiations"] = [negotiation]
    return edit_object(
        request,
        form_class=_RoundBound(FindingForm, round_),
        before_save=attach,
        initial=initial,
        title=_("New finding"),
        cancel_url=round_.get_absolute_url(),
        success_url=lambda finding: finding.get_absolute_url(),
    )


@login_required
def finding_edit(request, pk):
    finding = get_for_user(request, Finding.objects.select_related("round"), pk, write=True)
    return edit_object(
        request,
        form_class=_RoundBound(FindingForm, finding.round),
        instance=finding,
        title=_("Edit finding"),
        cancel_url=finding.get_absolute_url(),
    )


@login_required
def finding_detail(request, pk):
    finding = get_for_user(request, Finding.objects.select_related("round", "theme"), pk)
    from .dialogue import dialogue_context

    visible = visible_findings(request.user)
    # the parent only if the reader may open it (a coordinator may read a sub-point that
    # concerns all municipalities under a finding about another municipality)
    finding.visible_parent = visible.filter(pk=finding.parent_id).first()
    return render(
        request,
        "rounds/finding_detail.html",
        {
            "finding": finding,
            "subpoints": visible.filter(parent=finding),
            "municipalities": finding.municipalities.all(),
            "negotiations": finding.negotiations.select_related("municipality"),
            "actions": finding.actions.select_related("owner"),
            "can_edit": request.user.has_perm("rounds.change_finding", finding),
            "history": history_for(finding),
            **dialogue_context(request, finding, "finding"),
        },
    )


@login_required
def municipality_history(request, pk):
    county = county_or_404(request)
    municipality = get_for_user(
        request, Organization.objects.filter(parent_county=county).municipalities(), pk
    )
    mine = own_municipality(request.user)
    if mine is not None and mine.pk != municipality.pk:
        raise Http404
    findings = (
        visible_findings(request.user).concerning(municipality).select_related("theme", "round")
    )
    actions = Action.objects.filter(owner=municipality).select_related("round", "theme")
    negotiations = Negotiation.objects.filter(municipality=municipality).select_related("round")
    page, query = paged(request, findings.order_by("-round_id", "order", "pk"))
    action_page, action_query = paged(
        request, actions.order_by("-round_id", "order", "pk"), param="actions_page"
    )
    by_round = defaultdict(lambda: {"findings": [], "actions": [], "negotiation": None})
    for finding in page.object_list:
        by_round[finding.round]["findings"].append(finding)
    for action in action_page.object_list:
        by_round[action.round]["actions"].append(action)
    for negotiation in negotiations.filter(round__in=[round_.pk for round_ in by_round]):
        by_round[negotiation.round]["negotiation"] = negotiation
    rounds = sorted(by_round.items(), key=lambda item: item[0].pk, reverse=True)
    return render(
        request,
        "rounds/municipality_history.html",
        {
            "municipality": municipality,
            "rounds": rounds,
            "page": page,
            "query": query,
            "action_page": action_page,
            "action_query": action_query,
        },
    )
