from __future__ import annotations

from django.core.paginator import Paginator
from django.shortcuts import render

PAGE_SIZE = 25


def paged(request, items, *, param: str = "page"):
    return Paginator(items, PAGE_SIZE).get_page(request.GET.get(param))


def form_page(request, form, *, title, cancel_url, template="web/form.html", **extra):
    context = {"form": form, "title": title, "cancel_url": cancel_url, **extra}
    return render(request, template, context, status=400 if form.is_bound else 200)
