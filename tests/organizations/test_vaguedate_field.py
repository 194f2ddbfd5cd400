"""The HasDueDate mixin and the vague date form field, without a database."""

from datetime import date

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.test.utils import isolate_apps
from django.utils import translation

from yhdyspinta.organizations.vaguedate import Precision, VagueDate, parse_vague_date
from yhdyspinta.organizations.vaguedate_field import (
    DUE_ORDERING,
    DueDateFormMixin,
    HasDueDate,
    VagueDateFormField,
    overdue_q,
)

DECK_DAY = date(2023, 10, 12)


@pytest.fixture
def task_model():
    """A concrete model on the mixin, registered in a throw-away app registry."""
    with isolate_apps("yhdyspinta.organizations"):

        class Task(HasDueDate):
            title = models.CharField(max_length=100)

            class Meta(HasDueDate.Meta):
                app_label = "organizations"
                ordering = DUE_ORDERING

        yield Task


def test_mixin_columns(task_model):
    meta = task_model._meta
    assert [f.name for f in meta.get_fields() if f.name.startswith("due_")] == [
        "due_start", "due_end", "due_precision", "due_by_end", "due_text"
    ]  # fmt: skip
    assert meta.get_field("due_end").db_index
    assert isinstance(meta.get_field("due_start"), models.DateField)
    assert dict(meta.get_field("due_precision").choices) == dict(Precision.choices)
    assert [c.name for c in meta.constraints] == ["organizations_task_due_consistent"]
    assert meta.ordering == ("due_end", "-due_start")


def test_set_due_and_read_it_back(task_model):
    task = task_model(title="Kuvaus yhteistyöverkostoista")
    assert task.due is None
    assert not task.is_past_due(date(2030, 1, 1))
    value = parse_vague_date("lokakuun loppuun mennessä", reference=DECK_DAY)
    task.set_due(value)
    assert (task.due_start, task.due_end) == (date(2023, 10, 1), date(2023, 10, 31))
    assert (task.due_precision, task.due_by_end) == ("month", True)
    assert task.due_text == "lokakuun loppuun mennessä"
    assert task.due == value
    assert task.due.label == "lokakuun loppuun mennessä"
    assert not task.is_past_due(date(2023, 10, 31))
    assert task.is_past_due(date(2023, 11, 1))
    task.clean()
    task.set_due(None)
    assert (task.due_start, task.due_end, task.due_precision, task.due_text) == (None, None, "", "")


def test_set_due_without_label_stores_the_display(task_model):
    task = task_model()
    task.set_due(VagueDate.quarter(2024, 1))
    assert task.due_text == "Q1/2024"


def test_clean_rejects_inconsistent_columns(task_model):
    task = task_model(due_start=date(2024, 1, 1), due_end=date(2024, 2, 29), due_precision="month")
    with pytest.raises(ValidationError) as caught:
        task.clean()
    assert caught.value.code == "due_inconsistent"
    task = task_model(due_end=date(2024, 2, 29), due_precision="month")
    with pytest.raises(ValidationError) as caught:
        task.clean()
    assert caught.value.code == "due_incomplete"


def test_overdue_q_filters_on_the_deadline_column():
    assert overdue_q(date(2023, 11, 1)) == models.Q(due_end__lt=date(2023, 11, 1))


class DeadlineForm(forms.Form):
    due = VagueDateFormField(reference=DECK_DAY)
    later = VagueDateFormField(required=False, reference=lambda: date(2024, 11, 15))


def test_form_field_parses_with_the_reference():
    form = DeadlineForm(data={"due": "31.10.", "later": "31.10."})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["due"] == VagueDate.day(date(2023, 10, 31))
    assert form.cleaned_data["later"] == VagueDate.day(date(2025, 10, 31))


def test_form_field_optional_empty_is_none():
    form = DeadlineForm(data={"due": "keväällä 2024 (maalis-huhtikuu?)", "later": "  "})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["later"] is None
    assert form.cleaned_data["due"].precision == Precision.SEASON


@pytest.mark.parametrize("text", ["sometime", "32.13.2023", "kevät"])
def test_form_field_error_names_the_text_and_gives_examples(text):
    with translation.override("en"):
        form = DeadlineForm(data={"due": text})
        assert not form.is_valid()
        message = form.errors["due"][0]
    assert f'"{text}"' in message
    assert form.errors.as_data()["due"][0].code == "vague_date"
    if text == "sometime":
        assert "31.10.2023" in message and "kevät 2024" in message


def test_form_field_required():
    form = DeadlineForm(data={"due": ""})
    assert not form.is_valid()
    assert form.errors.as_data()["due"][0].code == "required"


def test_form_field_widget_and_help():
    field = DeadlineForm().fields["due"]
    assert field.widget.attrs["maxlength"] == "200"
    with translation.override("en"):
        assert "lokakuun loppuun mennessä" in str(field.help_text)


def test_form_field_shows_a_value_with_its_year():
    value = parse_vague_date("31.10.", reference=DECK_DAY)
    form = DeadlineForm(initial={"due": value})
    with translation.override("en"):
        assert 'value="31 October 2023"' in str(form["due"])
    assert not DeadlineForm(initial={"due": value}, data={"due": "31.10.2023"}).has_changed()


def test_model_form_mixin_stores_the_due_date(task_model):
    class TaskForm(DueDateFormMixin, forms.ModelForm):
        due_reference = DECK_DAY

        class Meta:
            model = task_model
            fields = ["title"]

    form = TaskForm(data={"title": "Toiveet tiedolla johtamiseen", "due": "lokakuun loppuun"})
    assert form.is_valid(), form.errors
    task = form.instance
    assert (task.due_end, task.due_precision, task.due_by_end) == (
        date(2023, 10, 31),
        "month",
        True,
    )

    edit = TaskForm(instance=task)
    assert edit.initial["due"] == task.due
    bad = TaskForm(instance=task, data={"title": "x", "due": "joskus"})
    assert not bad.is_valid()
    assert task.due_end == date(2023, 10, 31)  # a bad text leaves the stored date alone
    cleared = TaskForm(instance=task, data={"title": "x", "due": ""})
    assert cleared.is_valid(), cleared.errors
    assert task.due is None
