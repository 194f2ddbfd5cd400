import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from factories import PersonFactory, RoleFactory, make_user

from yhdyspinta.organizations.models import AccessLevel, Person


@pytest.fixture
def person(world):
    person = PersonFactory(
        organization=world.m1,
        first_name="Tuulikki",
        last_name="Esimerkki",
        email="tuulikki@example.fi",
        phone="040 123 4567",
    )
    person.title = "rehtori"
    person.save()
    RoleFactory(person=person, theme=world.theme)
    return person


def test_export_prints_everything_held_about_a_person(person):
    out = StringIO()
    call_command("export_person", str(person.pk), stdout=out)
    data = json.loads(out.getvalue())
    assert data["person"]["email"] == "tuulikki@example.fi"
    assert len(data["history"]) == 2
    assert any("Tuulikki" in item for items in data["references"].values() for item in items)


def test_erase_anonymises_the_person_and_purges_the_history(person, world):
    user = make_user(AccessLevel.COORDINATOR, world.m1, "tuulikki")
    person.user = user
    person.save()
    call_command("erase_person", str(person.pk), stdout=StringIO())
    person.refresh_from_db()
    assert "Tuulikki" not in str(person) and person.email == "" and person.phone == ""
    assert person.roles.count() == 1  # the role stays, pointing at the anonymised record
    historical = Person.history.model.objects.filter(id=person.pk)
    assert not historical.filter(first_name="Tuulikki").exists()
    user.refresh_from_db()
    assert not user.is_active and user.email == "" and not user.has_usable_password()


def test_commands_name_a_missing_person(db):
    with pytest.raises(CommandError, match="No person with id 999"):
        call_command("export_person", "999")
    with pytest.raises(CommandError, match="No person with id 999"):
        call_command("erase_person", "999")
