"""yhdyspinta import_round_items havainnot.xlsx --round syksy-2023 [--dry-run]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from yhdyspinta.documents.spreadsheets import ImportProblems
from yhdyspinta.rounds.importing.service import import_items
from yhdyspinta.rounds.management.commands.export_round_summary import find_round


class Command(BaseCommand):
    help = "Import findings and actions of a round from an Excel sheet (all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--round", required=True, dest="slug", help="the round's code")
        parser.add_argument("--county", help="the county's code, when the round code is shared")
        parser.add_argument("--dry-run", action="store_true", help="check only, write nothing")

    def handle(self, *args, file, slug, county=None, dry_run=False, **options):
        round_ = find_round(slug, county)
        if not file.is_file():
            raise CommandError(f"No such file: {file}")
        try:
            plan, summary = import_items(
                file.read_bytes(), round_, filename=file.name, dry_run=dry_run
            )
        except ImportProblems as error:
            with translation.override("en"):
                for problem in error.problems:
                    self.stderr.write(problem.as_text())
            raise CommandError(
                f"{len(error.problems)} problem(s) in {file.name}; nothing was written."
            ) from None
        if summary is None:
            self.stdout.write(
                f"{file.name} is valid: {plan.finding_count} findings and {plan.action_count} "
                f"actions would be imported into {round_.slug} (dry run, nothing written)."
            )
        else:
            self.stdout.write(
                f"Imported {summary.findings} findings and {summary.actions} actions "
                f"(with sub-points and shares) from {file.name} into {round_.slug}."
            )
