"""Multiple choices of records refuse ids the database cannot hold as form errors."""

import pytest
from django import forms

from yhdyspinta.organizations.models import Theme
from yhdyspinta.web.fields import IdChoiceField, IdsChoiceField, bound_id_choices


class ThemesForm(forms.Form):
    themes = forms.ModelMultipleChoiceField(queryset=Theme.objects.all())


@pytest.mark.parametrize("value", ["99999999999999999999", "-99999999999999999999", "²", "1_0"])
def test_an_id_past_64_bits_or_not_written_in_digits_is_an_invalid_choice(db, value):
    form = ThemesForm({"themes": [value]})
    bound_id_choices(form)
    assert not form.is_valid()
    assert form.errors.as_data()["themes"][0].code == "invalid_pk_value"


def test_a_real_id_is_still_chosen(world):
    form = ThemesForm({"themes": [str(world.theme.pk)]})
    bound_id_choices(form)
    assert form.is_valid(), form.errors
    assert list(form.cleaned_data["themes"]) == [world.theme]


@pytest.mark.parametrize("value", ["99999999999999999999", "²"])
def test_a_single_choice_refuses_an_id_past_64_bits_as_not_one_of_the_choices(db, value):
    class ThemeForm(forms.Form):
        theme = forms.ModelChoiceField(queryset=Theme.objects.all())

    form = ThemeForm({"theme": value})
    bound_id_choices(form)
    assert not form.is_valid()
    assert form.errors.as_data()["theme"][0].code == "invalid_choice"


def test_every_scoped_model_form_gets_the_bounded_field(world):
    from yhdyspinta.networks.forms import NetworkForm

    form = NetworkForm(user=world.staff)
    assert type(form.fields["themes"]) is IdsChoiceField
    assert type(form.fields["owner"]) is IdChoiceField
