import gzip
import json
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from yhdyspinta.organizations.models import Organization
from yhdyspinta.organizations.restoring import restoring


class Command(BaseCommand):
    help = "Restore a backup made by `backup` into a freshly migrated, empty database."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--force", action="store_true", help="restore even if the database holds data"
        )

    def handle(self, *args, file, force, **options):
        path = Path(file)
        if not path.exists():
            raise CommandError(f"{path}: no such file.")
        if Organization.objects.exists() and not force:
            raise CommandError(
                "The database already holds data. Restore into an empty, migrated database "
                "(or pass --force to load on top)."
            )
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as stream:
            try:
                data = json.load(stream)
            except json.JSONDecodeError as exc:
                raise CommandError(f"{path}: not a backup file ({exc}).") from exc
        with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as tmp:
            json.dump(data, tmp)
            tmp.flush()
            with transaction.atomic():
                # The dump holds the history rows: loading the records must not write new ones
                # (a many-to-many set sends m2m_changed, which simple-history records, and on
                # PostgreSQL the new row takes an id that a dumped row still needs).
                # Other derived records (stored overlap pairs) are in the dump as well.
                with override_settings(SIMPLE_HISTORY_ENABLED=False), restoring():
                    call_command("loaddata", tmp.name, verbosity=0)
        self.stdout.write(f"Restored {len(data)} records from {path}.")
