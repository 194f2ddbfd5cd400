"""Forms of the network register: a network, its members, a submission, a decision, an upload."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from yhdyspinta.organizations.forms import ScopedForm
from yhdyspinta.organizations.models import Organization, Theme
from yhdyspinta.organizations.scoping import visible_bodies, visible_organizations, visible_people
from yhdyspinta.web.fields import bound_id_choices
from yhdyspinta.web.params import DB_MAX_INT as MAX_ID

from .models import (
    CollectionRound,
    Decision,
    MemberRole,
    Network,
    NetworkMember,
    NetworkPerson,
    NetworkStatus,
    Submission,
    SubmissionStatus,
    TargetGroup,
    join_target_groups,
    parse_target_groups,
)
from .overlap import DEFAULT_MIN_SCORE
from .scoping import county_of, visible_networks, writable_owners


def default_min_score() -> float:
    return float(getattr(settings, "NETWORK_OVERLAP_MIN_SCORE", 0.6) or DEFAULT_MIN_SCORE)


class NetworkForm(ScopedForm):
    target_groups = forms.MultipleChoiceField(
        label=_("target groups"),
        choices=TargetGroup.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Network
        fields = list(Network.EDITABLE_FIELDS)
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "purpose": forms.Textarea(attrs={"rows": 4}),
            "last_reviewed": forms.DateInput(attrs={"placeholder": "31.10.2023"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        county = county_of(self.user)
        owners = writable_owners(self.user, county) if county else []
        self.fields["owner"].queryset = Organization.objects.filter(
            pk__in=[o.pk for o in owners]
        ).order_by("kind", "name_fi")
        if len(owners) == 1 and not self.instance.pk:
            self.fields["owner"].initial = owners[0].pk
        self.fields["themes"].queryset = Theme.objects.for_county(county).order_by(
            "order", "name_fi"
        )
        self.fields["reports_to_body"].queryset = visible_bodies(self.user).order_by("name_fi")
        networks = visible_networks(self.user).select_related("owner")
        if self.instance.pk:
            networks = networks.exclude(pk=self.instance.pk)
        self.fields["reports_to_network"].queryset = networks
        self.fields["reports_to_network"].label_from_instance = lambda n: (
            f"{n.name} ({n.owner.name})"
        )
        if self.instance.pk:
            self.initial["target_groups"] = parse_target_groups(self.instance.target_groups)
        bound_id_choices(self)

    def clean_target_groups(self):
        return join_target_groups(self.cleaned_data["target_groups"])


class MemberForm(ScopedForm):
    prefix = "org"

    class Meta:
        model = NetworkMember
        fields = ["organization", "role"]

    def __init__(self, *args, network: Network, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.network = network
        # A member is not an owner: any organisation of the county may take part (the write
        # rule is on the network, checked by the view).
        self.fields["organization"].queryset = visible_organizations(self.user).order_by("name_fi")


class PersonMemberForm(ScopedForm):
    prefix = "person"

    class Meta:
        model = NetworkPerson
        fields = ["person", "role"]

    def __init__(self, *args, network: Network, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.network = network
        self.fields["person"].queryset = visible_people(self.user)
        bound_id_choices(self)


class CollectionRoundForm(ScopedForm):
    class Meta:
        model = CollectionRound
        fields = ["name", "opens", "due_date", "instructions"]
        widgets = {
            "opens": forms.DateInput(attrs={"placeholder": "1.10.2024"}),
            "due_date": forms.DateInput(attrs={"placeholder": "31.10.2024"}),
        }


class SubmissionForm(forms.ModelForm):
    class Meta:
        model = Submission
        fields = ["status", "note"]


class DecisionForm(forms.Form):
    a = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=MAX_ID)
    b = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=MAX_ID)
    decision = forms.ChoiceField(label=_("decision"), choices=Decision.choices)
    reason = forms.CharField(
        label=_("reason"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Say why."))
        return reason

    def clean(self):
        data = super().clean()
        if data.get("a") is not None and data.get("a") == data.get("b"):
            raise forms.ValidationError(_("Choose two different networks."))
        return data


OVERLAP_SCOPES = [
    ("", _("Everywhere")),
    ("within", _("Within one organisation")),
    ("across", _("Across municipalities and the county")),
]


class OverlapFilterForm(forms.Form):
    """The overlaps page's and the API's filters. Pairs are computed and stored from the
    NETWORK_OVERLAP_MIN_SCORE threshold up, so a lower threshold is an error, not a guess."""

    min_score = forms.FloatField(label=_("Minimum similarity (0–1)"), required=False, max_value=1.0)
    scope = forms.ChoiceField(label=_("Where"), choices=OVERLAP_SCOPES, required=False)
    mine = forms.BooleanField(label=_("Concerning my municipality"), required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_ID)

    def clean_min_score(self):
        value = self.cleaned_data["min_score"]
        floor = default_min_score()
        if value is None:
            return floor
        if value < floor - 1e-9:
            raise forms.ValidationError(
                _(
                    "Pairs are computed from the similarity %(floor).2f up; choose %(floor).2f "
                    "or more."
                ),
                params={"floor": floor},
            )
        return value


class UploadForm(forms.Form):
    organization = forms.ModelChoiceField(
        label=_("import for"), queryset=Organization.objects.none()
    )
    file = forms.FileField(
        label=_("file (xlsx)"),
        help_text=_("The template or a sheet with the same columns."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        county = county_of(user)
        owners = writable_owners(user, county) if county else []
        self.fields["organization"].queryset = Organization.objects.filter(
            pk__in=[o.pk for o in owners]
        ).order_by("kind", "name_fi")
        if len(owners) == 1:
            self.fields["organization"].initial = owners[0].pk
        bound_id_choices(self)


class ConfirmForm(forms.Form):
    end_missing = forms.BooleanField(
        label=_("mark the networks missing from the file as ended"), required=False
    )


STATUS_CHOICES = [("", _("all statuses")), *NetworkStatus.choices]
SUBMISSION_CHOICES = SubmissionStatus.choices
ROLE_CHOICES = MemberRole.choices
