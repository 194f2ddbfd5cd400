import gzip
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand

EXCLUDE = ["contenttypes", "auth.permission", "sessions", "admin.logentry", "axes"]


class Command(BaseCommand):
    help = "Dump the whole database to a (gzipped) JSON file that `restore` reads back."

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, help="file path, e.g. backup.json.gz")

    def handle(self, *args, output, **options):
        path = Path(output)
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "wt", encoding="utf-8") as stream:
            call_command(
                "dumpdata",
                exclude=EXCLUDE,
                natural_foreign=True,
                natural_primary=False,
                indent=None,
                stdout=stream,
            )
        self.stdout.write(f"Backup written to {path} ({path.stat().st_size} bytes).")
