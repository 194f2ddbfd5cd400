"""One way to show and save a form: validate everything, then write inside a transaction."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
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
        if form.is_valid():
            with transaction.atomic():
                obj = form.save(commit=False)
                if before_save is not None:
                    before_save(obj)
                obj.full_clean()
                obj.save()
                form.save_m2m()
            messages.success(request, _("Saved."))
            if callable(success_url):
                return redirect(success_url(obj))
            return redirect(success_url or obj.get_absolute_url())
    else:
        form = form_class(**form_kwargs)
    context = {"form": form, "title": title, "cancel_url": cancel_url, **(extra_context or {})}
    return render(request, template, context, status=400 if form.is_bound else 200)


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
