"""One way to show and save a form: validate everything, then write inside a transaction."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _


def edit_object(
    request,
    *,
    form_class,
    title: str,
    cancel_url: str,
    instance=None,
    initial: dict | None = None,
    before_save: Callable | None = None,
    success_url: Callable | str | None = None,
    template: str = "web/form.html",
    extra_context: dict | None = None,
):
    form_kwargs = {"user": request.user, "instance": instance, "initial": initial}
    if request.method == "POST":
        form = form_class(request.POST, **form_kwargs)
        if form.is_valid() and _saved(form, before_save):
            obj = form.instance
            messages.success(request, _("Saved."))
            if callable(success_url):
                return redirect(success_url(obj))
            return redirect(success_url or obj.get_absolute_url())
    else:
        form = form_class(**form_kwargs)
    context = {"form": form, "title": title, "cancel_url": cancel_url, **(extra_context or {})}
    return render(request, template, context, status=400 if form.is_bound else 200)


def _saved(form, before_save: Callable | None) -> bool:
    """Save a valid form with what the view adds (`before_save`), validating the whole record
    first: a rule that involves a field the form does not show (e.g. one name per county, the
    county set by the view) becomes a form error, named by field where it has one, not a 500."""
    obj = form.save(commit=False)
    if before_save is not None:
        before_save(obj)
    try:
        obj.full_clean()
    except ValidationError as error:
        _add_errors(form, error)
        return False
    with transaction.atomic():
        obj.save()
        form.save_m2m()
    return True


def _add_errors(form, error: ValidationError) -> None:
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.error_dict.items():
        form.add_error(field if field in form.fields else None, errors)


def delete_object(request, obj, *, title: str, cancel_url: str, success_url: str):
    if request.method == "POST":
        with transaction.atomic():
            obj.delete()
        messages.success(request, _("Deleted."))
        return redirect(success_url)
    return render(
        request,
        "web/confirm_delete.html",
        {"object": obj, "title": title, "cancel_url": cancel_url},
    )
