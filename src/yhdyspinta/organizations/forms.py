from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Body, BodyMembership, Counterpart, Organization, Person, Role, Theme
from .scoping import visible_organizations, visible_people


class ScopedForm(forms.ModelForm):
    """A model form whose choices of organisations and people are limited to what the user sees."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        orgs = visible_organizations(user)
        for name, field in self.fields.items():
            if not isinstance(field, forms.ModelChoiceField):
                continue
            model = field.queryset.model
            if model is Organization:
                field.queryset = field.queryset.filter(pk__in=orgs.values("pk"))
            elif model is Person:
                field.queryset = visible_people(user)
            elif model is Theme:
                from .rules import account_of

                account = account_of(user)
                county = account.organization.county if account else None
                field.queryset = Theme.objects.for_county(county)
            if name in self.Meta.__dict__.get("required_fields", ()):
                field.required = True


class OrganizationForm(ScopedForm):
    website = forms.URLField(label=_("website"), required=False, assume_scheme="https")

    class Meta:
        model = Organization
        fields = [
            "kind",
            "name_fi",
            "name_sv",
            "name_en",
            "code",
            "sotkanet_id",
            "business_id",
            "legal_form",
            "parent_county",
            "website",
        ]


class PersonForm(ScopedForm):
    class Meta:
        model = Person
        fields = ["first_name", "last_name", "title", "organization", "email", "phone"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A person can only be placed in an organisation the user may write to.
        writable = [
            o.pk
            for o in self.fields["organization"].queryset
            if self.user.has_perm("organizations.change_organization", o)
        ]
        self.fields["organization"].queryset = self.fields["organization"].queryset.filter(
            pk__in=writable
        )


class RoleForm(ScopedForm):
    class Meta:
        model = Role
        fields = ["kind", "organization", "theme", "description", "valid_from", "valid_to"]
        widgets = {
            "valid_from": forms.DateInput(attrs={"placeholder": "1.1.2024"}),
            "valid_to": forms.DateInput(attrs={"placeholder": "31.12.2025"}),
        }


class CounterpartForm(ScopedForm):
    class Meta:
        model = Counterpart
        fields = [
            "theme",
            "municipality",
            "county_person",
            "municipality_person",
            "note",
            "valid_from",
            "valid_to",
        ]


class ThemeForm(ScopedForm):
    class Meta:
        model = Theme
        fields = ["slug", "name_fi", "name_sv", "name_en", "parent", "description", "order"]


class BodyForm(ScopedForm):
    class Meta:
        model = Body
        fields = ["organization", "kind", "name_fi", "name_sv", "name_en", "description"]


class BodyMembershipForm(ScopedForm):
    class Meta:
        model = BodyMembership
        fields = ["person", "position", "term", "valid_from", "valid_to"]


class DirectoryFilterForm(forms.Form):
    municipality = forms.ModelChoiceField(
        label=_("Municipality"),
        queryset=Organization.objects.none(),
        required=False,
        empty_label=_("All municipalities"),
    )
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.none(),
        required=False,
        empty_label=_("All themes"),
    )

    def __init__(self, *args, municipalities, themes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = municipalities
        self.fields["theme"].queryset = themes
