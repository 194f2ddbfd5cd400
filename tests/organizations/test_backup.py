from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from yhdyspinta.organizations.models import Counterpart, Organization, Person, Theme


@pytest.mark.django_db(transaction=True)
def test_backup_and_restore_round_trip_the_whole_database(tmp_path):
    call_command("load_demo", stdout=StringIO())
    before = {
        model.__name__: sorted(model.objects.values_list("pk", flat=True))
        for model in (Organization, Person, Theme, Counterpart)
    }
    names_before = sorted(Person.objects.values_list("last_name", flat=True))
    path = tmp_path / "backup.json.gz"
    call_command("backup", output=str(path), stdout=StringIO())
    assert path.stat().st_size > 1000

    with pytest.raises(CommandError, match="already holds data"):
        call_command("restore", str(path), stdout=StringIO())

    call_command("flush", interactive=False)
    assert not Organization.objects.exists()
    call_command("restore", str(path), stdout=StringIO())
    after = {
        model.__name__: sorted(model.objects.values_list("pk", flat=True))
        for model in (Organization, Person, Theme, Counterpart)
    }
    assert after == before
    assert sorted(Person.objects.values_list("last_name", flat=True)) == names_before
    assert connection.vendor in ("sqlite", "postgresql")


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path, db):
    path = tmp_path / "not-a-backup.json"
    path.write_text("hello")
    with pytest.raises(CommandError, match="not a backup file"):
        call_command("restore", str(path))
