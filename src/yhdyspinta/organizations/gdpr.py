"""Export and erase everything held about a contact person (GDPR articles 15 and 17).

Only work contact details are ever stored about a person. Erasure anonymises the person record
(so that records made by others keep their meaning), removes the history rows that held the
personal data, and detaches and deactivates the person's user account."""

from __future__ import annotations

import json

from django.apps import apps
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.forms.models import model_to_dict

from .models import Person

PERSONAL_FIELDS = ("first_name", "last_name", "title", "email", "phone")


def _references(person: Person):
    """Every (model, field) in any app that points at a person."""
    for model in apps.get_models():
        if model._meta.app_label == "organizations" and model.__name__.startswith("Historical"):
            continue
        for field in model._meta.get_fields():
            if (
                isinstance(field, models.ForeignKey | models.ManyToManyField)
                and field.related_model is Person
                and not field.auto_created
            ):
                yield model, field


def export_person(person: Person) -> dict:
    data = {
        "person": model_to_dict(person, fields=[*PERSONAL_FIELDS, "id", "organization"]),
        "organization": str(person.organization),
        "user_account": person.user.username if person.user_id else None,
        "history": [
            {
                "date": record.history_date,
                "type": record.history_type,
                **{name: getattr(record, name) for name in PERSONAL_FIELDS},
            }
            for record in person.history.order_by("history_date")
        ],
        "references": {},
    }
    for model, field in _references(person):
        if model.__name__.startswith("Historical"):
            continue
        rows = model._default_manager.filter(**{field.name: person})
        items = [str(row) for row in rows[:1000]]
        if items:
            key = f"{model._meta.label}.{field.name}"
            data["references"][key] = items
    return data


def export_person_json(person: Person) -> str:
    return json.dumps(export_person(person), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


@transaction.atomic
def erase_person(person: Person) -> Person:
    """Anonymise the person and purge personal data from history; idempotent."""
    pk = person.pk
    user = person.user
    Person.objects.filter(pk=pk).update(
        first_name="Poistettu",
        last_name=f"henkilö {pk}",
        title="",
        email="",
        phone="",
        user=None,
    )
    person.history.all().delete()
    if user is not None:
        user.first_name = ""
        user.last_name = ""
        user.email = ""
        user.is_active = False
        user.set_unusable_password()
        user.save()
    person.refresh_from_db()
    return person
