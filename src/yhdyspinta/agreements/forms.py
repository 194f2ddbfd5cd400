"""Forms of agreements, annexes and annex rows: choices only of the user's own county, an
approved annex refused as frozen, one annex per theme in a table."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from yhdyspinta.networks.models import Network
from yhdyspinta.organizations.forms import ScopedForm
from yhdyspinta.organizations.models import Body, Counterpart, Organization
from yhdyspinta.organizations.vaguedate_field import DueDateFormMixin

from .models import Agreement, Annex, AnnexRow, RowComment

FROZEN = _("Version %(version)s is approved and frozen. Start a new version to change the annex.")


class DateInput(forms.DateInput):
    input_type = "text"


def _frozen_check(form, annex: Annex | None) -> None:
    if annex is None or not annex.pk:
        return
    stored = Annex.objects.filter(pk=annex.pk).values_list("status", "version").first()
    if stored and stored[0] == "approved":
        form.add_error("version", FROZEN % {"version": stored[1]})


class VersionFieldMixin:
    """A read-only "version" field: the field an edit of an approved version is refused on."""

    def add_version_field(self, annex: Annex | None) -> None:
        self.fields["version"] = forms.IntegerField(
            label=_("Version"), required=False, disabled=True
        )
        self.initial["version"] = annex.version if annex is not None and annex.pk else 1


class AgreementForm(ScopedForm):
    def __init__(self, *args, county: Organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parties"].queryset = Organization.objects.filter(
            parent_county=county, kind=Organization.Kind.MUNICIPALITY
        ).order_by("name_fi")
        self.fields["parties"].widget = forms.CheckboxSelectMultiple()
        self.fields["parties"].widget.choices = self.fields["parties"].choices
        self.fields["document"].widget.attrs["accept"] = "application/pdf"

    class Meta:
        model = Agreement
        fields = [
            "kind",
            "title",
            "parties",
            "status",
            "signed_on",
            "valid_from",
            "valid_to",
            "document",
            "note",
        ]
        widgets = {
            "signed_on": DateInput,
            "valid_from": DateInput,
            "valid_to": DateInput,
        }


class AnnexForm(VersionFieldMixin, DueDateFormMixin, ScopedForm):
    def __init__(self, *args, table, **kwargs):
        super().__init__(*args, **kwargs)
        self.table = table
        self.add_version_field(self.instance)
        self.fields["approved_by"].queryset = Body.objects.filter(
            organization_id=table.agreement.county_id
        )
        self.order_fields(["version", "theme", "status", "due"])

    class Meta:
        model = Annex
        fields = ["theme", "status", "approved_by", "approved_on", "note"]
        widgets = {"approved_on": DateInput}

    def clean(self):
        cleaned = super().clean()
        _frozen_check(self, self.instance)
        theme = cleaned.get("theme")
        if theme is not None:
            clash = Annex.objects.filter(table=self.table, theme=theme)
            if self.instance.pk:
                clash = clash.exclude(pk=self.instance.pk)
            if clash.exists():
                self.add_error("theme", _("The table already has an annex for this theme."))
        return cleaned


class AnnexRowForm(VersionFieldMixin, ScopedForm):
    def __init__(self, *args, annex: Annex, **kwargs):
        super().__init__(*args, **kwargs)
        self.annex = annex
        self.add_version_field(annex)
        county_id = annex.table.agreement.county_id
        self.fields["counterparts"].queryset = Counterpart.objects.filter(
            municipality__parent_county_id=county_id
        ).select_related("theme", "municipality", "county_person", "municipality_person")
        self.fields["networks"].queryset = Network.objects.in_county(county_id).order_by("name")
        self.order_fields(["version"])

    class Meta:
        model = AnnexRow
        fields = [
            "order",
            "task",
            "county_duty",
            "municipality_duty",
            "joint_duty",
            "legal_basis",
            "counterparts",
            "networks",
        ]
        widgets = {f: forms.Textarea(attrs={"rows": 3}) for f in ("task", "county_duty",
                   "municipality_duty", "joint_duty")}  # fmt: skip

    def clean(self):
        cleaned = super().clean()
        _frozen_check(self, self.annex)
        return cleaned


class CommentForm(forms.ModelForm):
    class Meta:
        model = RowComment
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}
