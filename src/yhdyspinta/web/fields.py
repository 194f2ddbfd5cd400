"""Form fields that every app's forms share."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from .params import parse_int


class IdsChoiceField(forms.ModelMultipleChoiceField):
    """A multiple choice of records by id that refuses an id no database column holds (past 64
    bits, "²", "1_000") as an invalid choice before any query: Django's own field sends the
    values to an `__in` lookup, where a 20-digit id reaches the database driver (a 500)."""

    def _check_values(self, value):
        for pk in value:
            try:
                parse_int(str(pk))
            except ValueError:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": str(pk)[:30]},
                ) from None
        return super()._check_values(value)


def bound_id_choices(form: forms.BaseForm) -> None:
    """Make every plain multiple choice of records in `form` an `IdsChoiceField` (the fields a
    ModelForm makes for many-to-many fields, and declared ones). The subclass only adds a check
    and keeps all state, so changing the class of the existing field keeps its queryset, widget
    and labels."""
    for field in form.fields.values():
        if type(field) is forms.ModelMultipleChoiceField:
            field.__class__ = IdsChoiceField
