"""The form of an indicator set (such as THL's recommended lists): name, publisher, level, note
and its indicators from the catalogue.

The catalogue can hold thousands of Sotkanet indicators, so the form never lists it whole: it
shows the set's indicators (ticked) and the matches of a search (at most ``SHOWN_MATCHES``),
and the search is a button of the same form, so what was typed is kept. Only national
indicators (Sotkanet's, without an owner county) are offered; a county's own indicator already
in a set stays choosable. A set holds at most ``MAX_INDICATORS``, checked before any query."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from yhdyspinta.indicators.models import Indicator
from yhdyspinta.web.fields import IdsChoiceField
from yhdyspinta.web.params import parse_int

from .models import IndicatorSet

MAX_INDICATORS = 500
SHOWN_MATCHES = 50


class SetIndicatorsField(IdsChoiceField):
    """At most MAX_INDICATORS ids; more is the field's error, before the lookup."""

    def _check_values(self, value):
        if len(value) > MAX_INDICATORS:
            raise ValidationError(
                ngettext(
                    "A set holds at most %(max)s indicator.",
                    "A set holds at most %(max)s indicators.",
                    MAX_INDICATORS,
                )
                % {"max": MAX_INDICATORS},
                code="too_many",
            )
        return super()._check_values(value)


def _label(indicator: Indicator) -> str:
    return f"{indicator.title} ({indicator.code})"


class IndicatorSetForm(forms.ModelForm):
    q = forms.CharField(
        label=_("Find indicators in the catalogue"),
        required=False,
        max_length=100,
        help_text=_("A word of the title or a Sotkanet id; the matches are added to the list."),
    )

    class Meta:
        model = IndicatorSet
        fields = ["name", "publisher", "level", "note", "indicators"]
        field_classes = {"indicators": SetIndicatorsField}
        widgets = {"indicators": forms.CheckboxSelectMultiple}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        members = Q(pk__in=self.instance.indicators.values("pk")) if self.instance.pk else Q()
        allowed = Indicator.objects.filter(Q(owner__isnull=True) | members)
        field = self.fields["indicators"]
        field.queryset = allowed
        field.required = False
        self.more_matches, self.match_count = False, 0
        chosen = self._chosen(allowed)
        matches = self._matches(allowed, exclude=[i.pk for i in chosen])
        field.choices = [(i.pk, _label(i)) for i in chosen + matches]

    def clean_name(self):
        """Unique per keeper. The keeper (``county``) is not a field of the form, so the model's
        constraint would not be checked here: the (keeper, name) pair is checked by hand."""
        name = self.cleaned_data["name"]
        if name and self.name_taken(name):
            raise ValidationError(self.name_taken_message(name), code="unique")
        return name

    def name_taken(self, name: str) -> bool:
        same = IndicatorSet.objects.filter(name=name, county_id=self.instance.county_id)
        if self.instance.pk:
            same = same.exclude(pk=self.instance.pk)
        return same.exists()

    def name_taken_message(self, name: str) -> str:
        if self.instance.county_id is None:
            return _("A set of national data is already named %(name)s: choose another name.") % {
                "name": name
            }
        return _("%(county)s already keeps a set named %(name)s: choose another name.") % {
            "county": self.instance.county.name,
            "name": name,
        }

    def _chosen(self, allowed) -> list[Indicator]:
        """The ticked indicators: those sent (valid ids only, bounded), else the set's."""
        if self.is_bound:
            ids = []
            for value in self.data.getlist("indicators")[:MAX_INDICATORS]:
                try:
                    ids.append(parse_int(value))
                except ValueError:
                    continue
            qs = allowed.filter(pk__in=ids)
        elif self.instance.pk:
            qs = self.instance.indicators.all()
        else:
            return []
        return list(qs.order_by("title_fi", "pk"))

    def _matches(self, allowed, exclude) -> list[Indicator]:
        text = (self.data.get("q") or "").strip()[:100] if self.is_bound else ""
        if not text:
            return []
        found = Q(title_fi__icontains=text) | Q(title_sv__icontains=text)
        found |= Q(title_en__icontains=text) | Q(code=text)
        qs = allowed.filter(found).exclude(pk__in=exclude).order_by("title_fi", "pk")
        matches = list(qs[: SHOWN_MATCHES + 1])
        self.more_matches = len(matches) > SHOWN_MATCHES
        self.match_count = min(len(matches), SHOWN_MATCHES)
        return matches[:SHOWN_MATCHES]
