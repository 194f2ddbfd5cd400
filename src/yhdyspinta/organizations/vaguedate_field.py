"""Vague dates in Django: the ``HasDueDate`` model mixin and ``VagueDateFormField``.

A model that has a deadline inherits ``HasDueDate``; it stores the window in queryable columns::

    class Action(HasDueDate, models.Model):
        ...
        class Meta(HasDueDate.Meta):  # keeps the consistency constraint
            ordering = DUE_ORDERING

    Action.objects.filter(overdue_q(timezone.localdate()), done=False)

A ModelForm for such a model mixes in ``DueDateFormMixin`` to get a ``due`` text field that
reads "lokakuun loppuun mennessä" and stores it with ``set_due``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .vaguedate import LANGUAGES, MAX_LENGTH, Precision, VagueDate, VagueDateError, parse_vague_date

# Earliest deadline first; for equal deadlines the narrower window first (VagueDate.sort_key).
DUE_ORDERING = ("due_end", "-due_start")

EXAMPLES_HELP = _(
    "For example 31.10.2023, 10/2023, lokakuun loppuun mennessä, Q1/2024, alkuvuosi 2024, "
    "kevät 2024 or 2024."
)


def overdue_q(today: date) -> Q:
    """Rows whose deadline has passed (the caller adds its own "not done" condition)."""
    return Q(due_end__lt=today)


class HasDueDate(models.Model):
    """A due date as precisely as it was said; all five columns are set by ``set_due``."""

    due_start = models.DateField(_("due window starts"), null=True, blank=True, editable=False)
    due_end = models.DateField(_("due date"), null=True, blank=True, db_index=True, editable=False)
    due_precision = models.CharField(
        _("precision of the due date"),
        max_length=10,
        choices=Precision.choices,
        blank=True,
        editable=False,
    )
    due_by_end = models.BooleanField(
        _("due by the end of the period"), default=False, editable=False
    )
    due_text = models.CharField(
        _("due date as written"), max_length=MAX_LENGTH, blank=True, editable=False
    )

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(due_start__isnull=True, due_end__isnull=True, due_precision="")
                    | (
                        Q(due_start__isnull=False, due_start__lte=F("due_end"))
                        & ~Q(due_precision="")
                    )
                ),
                name="%(app_label)s_%(class)s_due_consistent",
            )
        ]

    @property
    def due(self) -> VagueDate | None:
        if self.due_end is None:
            return None
        return VagueDate(
            self.due_start, self.due_end, self.due_precision, self.due_text, self.due_by_end
        )

    def set_due(self, value: VagueDate | None) -> None:
        if value is None:
            self.due_start = self.due_end = None
            self.due_precision, self.due_by_end, self.due_text = "", False, ""
            return
        self.due_start, self.due_end = value.start, value.end
        self.due_precision, self.due_by_end = value.precision.value, value.by_end
        self.due_text = value.label or value.format()

    def is_past_due(self, today: date) -> bool:
        """Whether the deadline has passed; whether the work is done is the model's business."""
        return self.due_end is not None and today > self.due_end

    def clean(self):
        super().clean()
        stored = (self.due_start, self.due_end, self.due_precision)
        if any(stored) and not all(stored):
            raise ValidationError(_("The due date is incomplete."), code="due_incomplete")
        try:
            self.due  # noqa: B018 -- constructing the value checks that the columns agree
        except ValueError as exc:
            raise ValidationError(
                _("The due date %(start)s–%(end)s does not match its precision."),
                code="due_inconsistent",
                params={"start": self.due_start, "end": self.due_end},
            ) from exc


class VagueDateFormField(forms.CharField):
    """A text input that reads vague dates; ``clean()`` returns a ``VagueDate`` or ``None``.

    ``reference`` (a date or a callable returning one; default: today) supplies missing years.
    ``language`` (default: the active language) decides which phrases are tried first.
    """

    def __init__(
        self,
        *,
        reference: date | Callable[[], date] | None = None,
        language: str | None = None,
        **kwargs,
    ):
        kwargs.setdefault("help_text", EXAMPLES_HELP)
        kwargs.pop("max_length", None)  # the cleaned value is not a string; checked when parsing
        super().__init__(**kwargs)
        self.reference = reference
        self.language = language

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "maxlength": str(MAX_LENGTH)}

    def _reference(self) -> date:
        if callable(self.reference):
            return self.reference()
        return self.reference or timezone.localdate()

    def _language(self) -> str:
        language = (self.language or get_language() or "fi")[:2]
        return language if language in LANGUAGES else "fi"

    def prepare_value(self, value):
        if isinstance(value, VagueDate):
            return value.format()  # with the year, so that it re-reads the same later
        return value

    def to_python(self, value):
        if isinstance(value, VagueDate):
            return value
        text = super().to_python(value)
        if text in self.empty_values:
            return None
        try:
            return parse_vague_date(text, reference=self._reference(), language=self._language())
        except VagueDateError as exc:
            raise ValidationError(exc.ui_template, code="vague_date", params=exc.params) from exc


class DueDateFormMixin:
    """For a ModelForm of a ``HasDueDate`` model: a ``due`` field, stored on the instance."""

    due_reference: date | Callable[[], date] | None = None
    due_required = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["due"] = VagueDateFormField(
            label=_("Due"), required=self.due_required, reference=self.due_reference
        )
        if "due" not in self.initial and self.instance.due is not None:
            self.initial["due"] = self.instance.due

    def clean(self):
        cleaned = super().clean()
        if "due" in cleaned:  # absent when the text did not parse
            self.instance.set_due(cleaned["due"])
        return cleaned
