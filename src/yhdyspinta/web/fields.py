"""Form fields that every app's forms share."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

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


class IdChoiceField(forms.ModelChoiceField):
    """A choice of one record by id with the same check: an id no column holds is the field's
    "not one of the choices" error, never a query."""

    def to_python(self, value):
        if value not in self.empty_values and not isinstance(value, models.Model):
            try:
                parse_int(str(value))
            except ValueError:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": str(value)[:30]},
                ) from None
        return super().to_python(value)


BOUNDED = {forms.ModelChoiceField: IdChoiceField, forms.ModelMultipleChoiceField: IdsChoiceField}


def bound_id_choices(form: forms.BaseForm) -> None:
    """Make every plain choice of records in `form` an `IdChoiceField` or `IdsChoiceField` (the
    fields a ModelForm makes for foreign keys and many-to-many fields, and declared ones). The
    subclasses only add a check and keep all state, so changing the class of the existing field
    keeps its queryset, widget and labels."""
    for field in form.fields.values():
        bounded = BOUNDED.get(type(field))
        if bounded is not None:
            field.__class__ = bounded
