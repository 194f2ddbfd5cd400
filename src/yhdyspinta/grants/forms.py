"""Forms of the grants app. The call, the organisation and the application a record belongs to
are set by the view; the choices offered are those of the call's county."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from yhdyspinta.organizations.forms import ScopedForm
from yhdyspinta.organizations.models import Body, Organization
from yhdyspinta.organizations.validators import validate_business_id
from yhdyspinta.web.fields import IdChoiceField, bound_id_choices

from . import parsing
from .attachments import check_upload
from .eligibility import amount_error
from .models import MAX_SCORE, Application, Decision, TargetGroup, UsageReport
from .scoping import reviewer_choices

MONEY_WIDGET = forms.TextInput(attrs={"inputmode": "decimal"})


class MoneyField(forms.DecimalField):
    """Euros as people write them: "5 000,50", "5000.50 €"."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.replace("\u00a0", "").replace(" ", "").replace("€", "").replace(",", ".")
        return super().to_python(value)


def money(form, name):
    old = form.fields[name]
    form.fields[name] = MoneyField(
        label=old.label,
        required=old.required,
        min_value=0,
        max_digits=12,
        decimal_places=2,
        widget=MONEY_WIDGET,
        help_text=old.help_text,
        initial=old.initial,
    )


class ApplicationForm(ScopedForm):
    business_id = forms.CharField(
        label=_("business ID"),
        max_length=9,
        validators=[validate_business_id],
        help_text=_("Y-tunnus, e.g. 1234567-1."),
    )
    target_groups = forms.MultipleChoiceField(
        label=_("target groups"),
        choices=TargetGroup.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    budget_rows = forms.CharField(
        label=_("budget"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("One row a line: item; amount in euros (e.g. Tilavuokrat; 1 200,00)."),
    )

    class Meta:
        model = Application
        fields = [
            "contact_name",
            "contact_email",
            "activity_description",
            "themes",
            "municipalities",
            "members",
            "requested_amount",
        ]
        widgets = {
            "activity_description": forms.Textarea(attrs={"rows": 6}),
            "themes": forms.CheckboxSelectMultiple,
            "municipalities": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, call, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.call = call
        self.instance.call = call
        self.instance.organization = organization
        money(self, "requested_amount")
        self.fields["municipalities"].queryset = Organization.objects.filter(
            parent_county_id=call.county_id, kind=Organization.Kind.MUNICIPALITY
        ).order_by("name_fi")
        self.fields["business_id"].initial = organization.business_id
        if self.instance.pk:
            self.fields["target_groups"].initial = self.instance.target_groups
            self.fields["budget_rows"].initial = parsing.budget_text(self.instance.budget)
        self.order_fields(["business_id"])

    def clean_budget_rows(self):
        return parsing.parse_budget(self.cleaned_data["budget_rows"])

    def clean_requested_amount(self):
        amount = self.cleaned_data["requested_amount"]
        message = amount_error(self.call, amount)
        if message:
            raise ValidationError(message)
        return amount

    def clean_business_id(self):
        value = self.cleaned_data["business_id"]
        org = self.instance.organization
        if Organization.objects.filter(business_id=value).exclude(pk=org.pk).exists():
            raise ValidationError(_("Another organisation has this business ID."))
        return value

    def save(self, commit=True):
        application = super().save(commit=False)
        application.target_groups = self.cleaned_data["target_groups"]
        application.budget = self.cleaned_data["budget_rows"]
        org = application.organization
        if org.business_id != self.cleaned_data["business_id"]:
            org.business_id = self.cleaned_data["business_id"]
            org.save(update_fields=["business_id"])
        if commit:
            application.save()
            self.save_m2m()
        return application


class AttachmentForm(forms.Form):
    file = forms.FileField(label=_("attachment"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        self.content_type = check_upload(upload)
        return upload


class AssignReviewerForm(forms.Form):
    reviewer = IdChoiceField(label=_("reviewer"), queryset=None)

    def __init__(self, *args, call, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewer"].queryset = reviewer_choices(call)


class ReviewForm(forms.Form):
    comment = forms.CharField(
        label=_("comment"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, review, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(review.application.call.criteria.all())
        for criterion in self.criteria:
            self.fields[f"score_{criterion.pk}"] = forms.IntegerField(
                label=f"{criterion.name} (0–{MAX_SCORE})",
                min_value=0,
                max_value=MAX_SCORE,
                initial=review.scores.get(str(criterion.pk)),
            )
        self.fields["comment"].initial = review.comment
        self.order_fields([f"score_{c.pk}" for c in self.criteria] + ["comment"])

    def scores(self) -> dict[str, int]:
        return {str(c.pk): self.cleaned_data[f"score_{c.pk}"] for c in self.criteria}


class DecisionForm(ScopedForm):
    schedule_rows = forms.CharField(
        label=_("payment schedule"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One payment a line: d.m.yyyy; amount. The payments add up to the amount."),
    )
    report_dues = forms.CharField(
        label=_("reports on the use of funds due"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One date a line (d.m.yyyy); the dates need not be regular."),
    )

    class Meta:
        model = Decision
        fields = ["amount", "conditions", "body", "decided_on"]
        widgets = {"conditions": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.application = application
        money(self, "amount")
        self.fields["body"].queryset = Body.objects.filter(
            organization_id=application.call.county_id
        ).order_by("name_fi")
        if self.instance.pk:
            self.fields["schedule_rows"].initial = parsing.schedule_text(
                self.instance.payment_schedule
            )
            self.fields["report_dues"].initial = "\n".join(
                r.due.strftime("%-d.%-m.%Y") for r in self.instance.usage_reports.all()
            )
        bound_id_choices(self)

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        call = self.instance.application.call
        if amount is not None and amount > call.max_amount:
            raise ValidationError(amount_error(call, amount))
        return amount

    def clean_schedule_rows(self):
        return parsing.parse_schedule(self.cleaned_data["schedule_rows"])

    def clean_report_dues(self):
        return parsing.parse_dates(self.cleaned_data["report_dues"])

    def clean(self):
        cleaned = super().clean()
        rows, amount = cleaned.get("schedule_rows"), cleaned.get("amount")
        if rows and amount is not None:
            total = sum(parsing.parse_amount(r["amount"], n) for n, r in enumerate(rows, 1))
            if total != amount:
                self.add_error(
                    "schedule_rows",
                    _("The payments add up to %(total)s, not the amount.")
                    % {"total": str(total).replace(".", ",")},
                )
        return cleaned


class UsageReportForm(forms.ModelForm):
    class Meta:
        model = UsageReport
        fields = ["report", "spent"]
        widgets = {"report": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["report"].required = True
        self.fields["spent"].required = True
        money(self, "spent")
