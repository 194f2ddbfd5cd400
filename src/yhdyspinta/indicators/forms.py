from django import forms
from django.utils.translation import gettext_lazy as _

from yhdyspinta.web.fields import IdsChoiceField as IdsField

from .limits import FIRST_YEAR, LAST_YEAR
from .models import Area, Indicator
from .sotkanet import GENDERS

MAX_UPLOAD_BYTES = 10 * 1024 * 1024


def year_field(label, **kwargs) -> forms.IntegerField:
    return forms.IntegerField(label=label, min_value=FIRST_YEAR, max_value=LAST_YEAR, **kwargs)


class ExplorerForm(forms.Form):
    indicators = IdsField(label=_("Indicators"), queryset=Indicator.objects.none(), required=False)
    areas = IdsField(label=_("Areas"), queryset=Area.objects.none(), required=False)
    year_from = year_field(_("From year"), required=False)
    year_to = year_field(_("To year"), required=False)

    def __init__(self, *args, indicators, areas, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicators"].queryset = indicators
        self.fields["areas"].queryset = areas
        self.fields["indicators"].label_from_instance = lambda i: i.title
        self.fields["areas"].label_from_instance = lambda a: a.name

    def clean(self):
        data = super().clean()
        low, high = data.get("year_from"), data.get("year_to")
        if low and high and low > high:
            raise forms.ValidationError(_("The first year must not be after the last year."))
        return data


class FileImportForm(forms.Form):
    file = forms.FileField(
        label=_("Sotkanet file (CSV or JSON)"),
        help_text=_("A saved Sotkanet /csv or /json response."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        return upload


class ApiImportForm(forms.Form):
    indicators = forms.CharField(
        label=_("Sotkanet indicator ids"),
        help_text=_("Separate the ids with commas or spaces, e.g. 181, 683."),
        max_length=500,
    )
    year_from = forms.IntegerField(label=_("From year"), min_value=1990, max_value=2100)
    year_to = forms.IntegerField(label=_("To year"), min_value=1990, max_value=2100)
    genders = forms.MultipleChoiceField(
        label=_("Genders"),
        choices=[(g, g) for g in GENDERS],
        initial=["total"],
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .models import Gender

        self.fields["genders"].choices = [(g.value, g.label) for g in Gender]

    def clean_indicators(self):
        parts = self.cleaned_data["indicators"].replace(",", " ").split()
        if not parts or not all(part.isdigit() for part in parts):
            raise forms.ValidationError(_("Give the ids as whole numbers."))
        return sorted({int(part) for part in parts})

    def clean(self):
        data = super().clean()
        low, high = data.get("year_from"), data.get("year_to")
        if low and high and low > high:
            raise forms.ValidationError(_("The first year must not be after the last year."))
        return data


class OwnImportForm(forms.Form):
    file = forms.FileField(label=_("Excel file of own indicators"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        return upload
