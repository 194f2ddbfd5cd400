"""Registering an association's user: the form, the "check your e-mail" page, the link."""

from __future__ import annotations

from django.core import signing
from django.shortcuts import render
from django.views.decorators.debug import sensitive_post_parameters

from ..registration import RegistrationForm, confirm, over_rate_limit, read_token, register


@sensitive_post_parameters("password1", "password2")
def register_view(request):
    form = RegistrationForm(request.POST or None)
    if request.method == "POST":
        if over_rate_limit(request.META.get("REMOTE_ADDR", "")):
            return render(request, "grants/registration/limited.html", status=429)
        if form.is_valid():
            register(form, request)
            return render(request, "grants/registration/sent.html")
    status = 400 if form.is_bound else 200
    return render(request, "grants/registration/form.html", {"form": form}, status=status)


def register_confirm(request, token):
    try:
        user = read_token(token)
    except signing.SignatureExpired:
        return render(request, "grants/registration/invalid.html", {"expired": True}, status=400)
    except signing.BadSignature:
        return render(request, "grants/registration/invalid.html", {"expired": False}, status=400)
    activated = confirm(user)
    return render(request, "grants/registration/confirmed.html", {"activated": activated})
