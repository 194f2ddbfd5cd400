from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from yhdyspinta.organizations.forms import ScopedForm
from yhdyspinta.organizations.models import Organization, Theme
from yhdyspinta.organizations.vaguedate_field import DueDateFormMixin
from yhdyspinta.web.fields import IdsChoiceField

from .models import Action, ActionStatus, Finding, Negotiation, Request, Round


class RoundForm(ScopedForm):
    class Meta:
        model = Round
        fields = [
            "title",
            "slug",
            "period",
            "starts",
            "ends",
            "status",
            "board",
            "board_date",
            "presenter",
            "summary_title",
        ]


class PrepareRoundForm(forms.Form):
    title = forms.CharField(label=_("Title of the new round"), max_length=200)
    slug = forms.SlugField(label=_("Code of the new round"), max_length=60)
    period = forms.CharField(label=_("Period"), max_length=100, required=False)


class NegotiationForm(ScopedForm):
    class Meta:
        model = Negotiation
        fields = [
            "date",
            "place",
            "county_participants",
            "municipality_participants",
            "other_participants",
            "agenda",
            "minutes",
        ]
        field_classes = {
            "county_participants": IdsChoiceField,
            "municipality_participants": IdsChoiceField,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        negotiation = self.instance
        people = self.fields["county_participants"].queryset.model.objects
        county_id = negotiation.round.county_id
        self.fields["county_participants"].queryset = people.filter(
            Q(organization_id=county_id)
            | (Q(organization__parent_county_id=county_id) & ~Q(organization__kind="municipality"))
        )
        self.fields["municipality_participants"].queryset = people.filter(
            organization=negotiation.municipality
        )


class FindingForm(ScopedForm):
    class Meta:
        model = Finding
        fields = [
            "kind",
            "theme",
            "text",
            "parent",
            "all_municipalities",
            "municipalities",
            "negotiations",
            "order",
        ]
        field_classes = {"municipalities": IdsChoiceField, "negotiations": IdsChoiceField}

    def __init__(self, *args, round, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].strip = True
        self.fields["parent"].queryset = round.findings.all()
        self.fields["negotiations"].queryset = round.negotiations.select_related("municipality")
        self.fields["municipalities"].queryset = Organization.objects.filter(
            parent_county=round.county
        ).municipalities()

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("all_municipalities") and not cleaned.get("municipalities"):
            self.add_error(
                "municipalities",
                _("Choose the municipalities, or mark that it concerns all of them."),
            )
        return cleaned


class ActionForm(DueDateFormMixin, ScopedForm):
    class Meta:
        model = Action
        fields = [
            "text",
            "owner",
            "owner_person",
            "theme",
            "parent",
            "part_of",
            "origin_findings",
            "body",
            "body_date",
            "in_summary",
            "order",
        ]
        field_classes = {"origin_findings": IdsChoiceField}

    def __init__(self, *args, round, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = round.actions.filter(part_of__isnull=True)
        self.fields["part_of"].queryset = round.actions.filter(part_of__isnull=True)
        self.fields["origin_findings"].queryset = round.findings.all()
        self.fields["body"].queryset = round.county.bodies.all()


class ActionStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=ActionStatus.choices)
    comment = forms.CharField(
        label=_("Comment"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        help_text=_("What happened? The comment is saved in the action's history."),
    )


class RequestForm(DueDateFormMixin, ScopedForm):
    class Meta:
        model = Request
        fields = ["municipality", "round", "kind", "theme", "text"]

    def __init__(self, *args, municipality=None, county=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = Organization.objects.filter(
            parent_county=county
        ).municipalities()
        if municipality is not None:
            self.fields["municipality"].queryset = Organization.objects.filter(pk=municipality.pk)
            self.fields["municipality"].initial = municipality.pk
        self.fields["round"].queryset = Round.objects.filter(county=county)
        self.fields["theme"].queryset = Theme.objects.for_county(county)
        self.fields["due"].label = _("Answer wanted by")


class RequestAnswerForm(ScopedForm):
    class Meta:
        model = Request
        fields = ["status", "answer"]


class CommentForm(forms.Form):
    text = forms.CharField(
        label=_("Your comment"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )


class BoardFilterForm(forms.Form):
    owner = forms.ModelChoiceField(
        label=_("Owner"),
        queryset=Organization.objects.none(),
        required=False,
        empty_label=_("All owners"),
    )
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.none(),
        required=False,
        empty_label=_("All themes"),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Not closed")), ("all", _("All")), *ActionStatus.choices],
        required=False,
    )
    round = forms.ModelChoiceField(
        label=_("Round"),
        queryset=Round.objects.none(),
        required=False,
        empty_label=_("All rounds"),
    )

    def __init__(self, *args, county, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = Organization.objects.in_county(county).order_by(
            "kind", "name_fi"
        )
        self.fields["theme"].queryset = Theme.objects.for_county(county)
        self.fields["round"].queryset = Round.objects.filter(county=county)
