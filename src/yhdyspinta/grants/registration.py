"""Self-registration of an association's user by e-mail.

The user gives her name, e-mail, password and her organisation's business ID (check digit
validated). An existing NGO with that business ID is matched; otherwise a new association is
created in the chosen county and recorded as awaiting a staff check (`Registration.org_checked`).
The user is inactive until she opens the confirmation link, a signed token (django.core.signing)
that expires after `CONFIRM_DAYS`; an expired or tampered link is answered with a clear page.

The same answer is given whether or not the e-mail address already has an account (the owner of
an existing account is told by e-mail instead), and each client address may register at most
`RATE_LIMIT` times an hour.
"""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core import signing
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from yhdyspinta.organizations.models import AccessLevel, Account, LegalForm, Organization
from yhdyspinta.organizations.validators import validate_business_id

from .models import Registration

SALT = "yhdyspinta.grants.registration"
CONFIRM_DAYS = 3
RATE_LIMIT = 5


class RegistrationForm(forms.Form):
    first_name = forms.CharField(label=gettext_lazy("first name"), max_length=150)
    last_name = forms.CharField(label=gettext_lazy("last name"), max_length=150)
    email = forms.EmailField(label=gettext_lazy("e-mail"), max_length=254)
    business_id = forms.CharField(
        label=gettext_lazy("business ID of your organisation"),
        max_length=9,
        validators=[validate_business_id],
        help_text=gettext_lazy("Y-tunnus, e.g. 1234567-1."),
    )
    organization_name = forms.CharField(
        label=gettext_lazy("name of the organisation"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("Needed only if the organisation is not yet in the service."),
    )
    county = forms.ModelChoiceField(
        label=gettext_lazy("wellbeing services county"),
        queryset=Organization.objects.filter(kind=Organization.Kind.COUNTY).order_by("name_fi"),
        required=False,
        help_text=gettext_lazy("Where the organisation is active (for a new organisation)."),
    )
    password1 = forms.CharField(label=gettext_lazy("password"), widget=forms.PasswordInput)
    password2 = forms.CharField(label=gettext_lazy("password again"), widget=forms.PasswordInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():  # the labels share lower-case msgids with the models
            field.label = capfirst(field.label)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        data = super().clean()
        p1, p2 = data.get("password1"), data.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", _("The passwords differ."))
        elif p1:
            user = get_user_model()(
                username=data.get("email", ""),
                email=data.get("email", ""),
                first_name=data.get("first_name", ""),
                last_name=data.get("last_name", ""),
            )
            try:
                validate_password(p1, user)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        business_id = data.get("business_id")
        if business_id:
            org = Organization.objects.filter(business_id=business_id).first()
            if org is not None and org.kind != Organization.Kind.NGO:
                self.add_error(
                    "business_id",
                    _("This business ID belongs to an organisation that is not an association."),
                )
            elif org is None:
                if not data.get("organization_name"):
                    self.add_error("organization_name", _("Give the name of the new organisation."))
                if not data.get("county"):
                    self.add_error("county", _("Choose the county where it is active."))
            self.organization = org
        return data


def make_token(user) -> str:
    return signing.dumps({"u": user.pk, "e": user.email}, salt=SALT, compress=True)


def read_token(token: str):
    """The user the token confirms; raises signing.SignatureExpired or signing.BadSignature."""
    data = signing.loads(token, salt=SALT, max_age=CONFIRM_DAYS * 24 * 3600)
    if not isinstance(data, dict):
        raise signing.BadSignature("not a registration token")
    user = get_user_model().objects.filter(pk=data.get("u"), email=data.get("e")).first()
    if user is None:
        raise signing.BadSignature("no such registration")
    return user


def over_rate_limit(address: str) -> bool:
    key = f"grants:register:{address}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=3600)
        count = 1
    return count > RATE_LIMIT


def register(form: RegistrationForm, request) -> None:
    """Create the inactive user, her NGO account (and the organisation when new) and send the
    confirmation link; for an address that already has an account, tell its owner instead."""
    data = form.cleaned_data
    users = get_user_model().objects
    email = data["email"]
    if users.filter(email__iexact=email).exists() or users.filter(username=email).exists():
        send_mail(
            _("Registration to Yhdyspinta"),
            _(
                "Someone tried to register with this e-mail address, which already has an "
                "account. If it was you, log in or reset your password at %(url)s."
            )
            % {"url": request.build_absolute_uri(reverse("login"))},
            None,
            [email],
        )
        return
    with transaction.atomic():
        org = form.organization
        created = org is None
        if created:
            org = Organization.objects.create(
                kind=Organization.Kind.NGO,
                legal_form=LegalForm.ASSOCIATION,
                name_fi=data["organization_name"],
                business_id=data["business_id"],
                parent_county=data["county"],
            )
        user = users.create_user(
            username=email,
            email=email,
            password=data["password1"],
            first_name=data["first_name"],
            last_name=data["last_name"],
            is_active=False,
        )
        Account.objects.create(user=user, organization=org, level=AccessLevel.NGO)
        Registration.objects.create(user=user, organization=org, created_organization=created)
    link = request.build_absolute_uri(reverse("grants:register_confirm", args=[make_token(user)]))
    send_mail(
        _("Confirm your registration to Yhdyspinta"),
        _(
            "Open this link to confirm your e-mail address and activate your account "
            "(valid for %(days)s days):\n\n%(link)s\n\nIf you did not register, ignore this "
            "message."
        )
        % {"days": CONFIRM_DAYS, "link": link},
        None,
        [email],
    )


def confirm(user) -> bool:
    """Activate the user; False when she was already active."""
    if user.is_active:
        return False
    with transaction.atomic():
        user.is_active = True
        user.save(update_fields=["is_active"])
        Registration.objects.filter(user=user).update(confirmed_at=timezone.now())
    return True
