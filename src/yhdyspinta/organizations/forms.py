from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _

from yhdyspinta.web.fields import bound_id_choices

from .models import Body, BodyMembership, Counterpart, Organization, Person, Role, Theme
from .rules import account_of, is_county_staff
from .scoping import county_people, writable_bodies, writable_organizations, writable_people


class ScopedForm(forms.ModelForm):
    """A model form whose choices of organisations, people and bodies are those the user may
    WRITE (not merely see): a record cannot be re-pointed to an owner she could not edit, and a
    value outside the choices is refused with the field's own error.

    `county_person_fields` names the fields that pick the county side of a counterpart pair
    (people of the county of the organisations she writes)."""

    county_person_fields: tuple[str, ...] = ()

    def _update_errors(self, errors):
        """Errors from the model's ``clean()``, except on a field whose own check already failed
        (a required field left empty would otherwise say so twice: "This field is required."
        and the model's "Name the measure.")."""
        if hasattr(errors, "error_dict"):
            kept = {
                name: error
                for name, error in errors.error_dict.items()
                if name == NON_FIELD_ERRORS or name not in self._errors
            }
            if not kept:
                return
            errors = ValidationError(kept)
        super()._update_errors(errors)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        bound_id_choices(self)
        for name, field in self.fields.items():
            if not isinstance(field, forms.ModelChoiceField):
                continue
            model = field.queryset.model
            if model is Organization:
                field.queryset = field.queryset.filter(
                    pk__in=writable_organizations(user).values("pk")
                )
            elif model is Person:
                people = county_people if name in self.county_person_fields else writable_people
                field.queryset = people(user)
            elif model is Body:
                field.queryset = writable_bodies(user)
            elif model is Theme:
                account = account_of(user)
                county = account.organization.county if account else None
                field.queryset = Theme.objects.for_county(county)
            if name in self.Meta.__dict__.get("required_fields", ()):
                field.required = True


class OrganizationForm(ScopedForm):
    """County staff edit every field of their county's organisations; a coordinator or an NGO
    user edits the names and the website of her own organisation only (the other fields are
    neither offered nor accepted). Nobody moves an organisation out of a county she writes:
    the county is chosen among those, only a superuser makes or unmakes a county, and the kind
    of an organisation with user accounts stays (the accounts' level depends on it)."""

    OWN_FIELDS = ("name_fi", "name_sv", "name_en", "website")

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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.user.is_superuser:
            return
        if not is_county_staff(self.user):
            for name in [n for n in self.fields if n not in self.OWN_FIELDS]:
                del self.fields[name]
        elif self.instance.pk and self.instance.is_county:
            del self.fields["kind"]
            del self.fields["parent_county"]
        else:
            self.fields["kind"].choices = [
                choice
                for choice in self.fields["kind"].choices
                if choice[0] != Organization.Kind.COUNTY
            ]

    def clean_kind(self):
        kind = self.cleaned_data["kind"]
        org = self.instance
        if org.pk and kind != org.kind:
            if org.accounts.exists():
                raise forms.ValidationError(
                    _("The organisation has user accounts, whose access depends on its kind.")
                )
            if org.counterparts.exists():
                raise forms.ValidationError(
                    _("The municipality has counterpart pairs; remove them first.")
                )
        return kind


class PersonForm(ScopedForm):
    class Meta:
        model = Person
        fields = ["first_name", "last_name", "title", "organization", "email", "phone"]


class RoleForm(ScopedForm):
    class Meta:
        model = Role
        fields = ["kind", "organization", "theme", "description", "valid_from", "valid_to"]
        widgets = {
            "valid_from": forms.DateInput(attrs={"placeholder": "1.1.2024"}),
            "valid_to": forms.DateInput(attrs={"placeholder": "31.12.2025"}),
        }


class CounterpartForm(ScopedForm):
    county_person_fields = ("county_person",)

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


class MunicipalityThemeFilterForm(forms.Form):
    """The filter of pages listed by municipality and theme (the contact directory, rounds)."""

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
