"""The comment threads on findings, actions and requests."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from yhdyspinta.organizations.scoping import get_for_user

from ..forms import CommentForm
from ..models import Action, Finding, Request
from ..services.notify import add_comment

TARGETS = {"finding": Finding, "action": Action, "request": Request}


def dialogue_context(request, target, kind: str, form=None) -> dict:
    return {
        "target": target,
        "comments": target.comments.select_related("author", "author_organization"),
        "comment_form": form or CommentForm(),
        "can_comment": request.user.has_perm("rounds.add_comment", target),
        "comment_url_kind": kind,
    }


@login_required
@require_POST
def comment_create(request, kind, pk):
    model = TARGETS.get(kind)
    if model is None:
        raise Http404
    target = get_for_user(request, model.objects.all(), pk, write=True, perm="rounds.add_comment")
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            add_comment(
                target,
                request.user,
                form.cleaned_data["text"],
                build_url=request.build_absolute_uri,
            )
        except ValidationError as exc:
            form.add_error("text", exc)
    if form.is_valid():
        if request.htmx:
            return render(
                request, "rounds/partials/_comments.html", dialogue_context(request, target, kind)
            )
        messages.success(request, _("Comment sent."))
        return redirect(target.get_absolute_url())
    context = {"target": target, **dialogue_context(request, target, kind, form)}
    if request.htmx:
        return render(request, "rounds/partials/_comments.html", context)
    return render(request, "rounds/comment_page.html", context, status=400)
