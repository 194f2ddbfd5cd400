from __future__ import annotations

from django.shortcuts import render


def form_page(request, form, *, title, cancel_url, template="web/form.html", **extra):
    context = {"form": form, "title": title, "cancel_url": cancel_url, **extra}
    return render(request, template, context, status=400 if form.is_bound else 200)
