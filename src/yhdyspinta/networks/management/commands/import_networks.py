from django.core.management.base import BaseCommand, CommandError

from yhdyspinta.documents.spreadsheets import ImportProblems
from yhdyspinta.networks.services.committing import commit_preview
from yhdyspinta.networks.services.importing import build_preview
from yhdyspinta.organizations.models import Organization


class Command(BaseCommand):
    help = "Import cooperation networks from an .xlsx file for one organisation (all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--organization", required=True, help="Statistics Finland code, e.g. 167 or 14"
        )
        parser.add_argument("--dry-run", action="store_true", help="Show the preview only.")
        parser.add_argument(
            "--end-missing", action="store_true", help="Mark networks missing from the file ended."
        )

    def handle(self, *args, **options):
        orgs = Organization.objects.filter(
            code=options["organization"], kind__in=["municipality", "county"]
        )
        if orgs.count() != 1:
            raise CommandError(f"No single organisation with code {options['organization']!r}.")
        organization = orgs.get()
        try:
            with open(options["file"], "rb") as handle:
                preview = build_preview(handle, filename=options["file"], organization=organization)
        except ImportProblems as exc:
            raise CommandError(str(exc)) from exc
        except OSError as exc:
            raise CommandError(str(exc)) from exc
        counts = preview["counts"]
        summary = (
            f"{counts['new']} new, {counts['changed']} changed, {counts['unchanged']} unchanged, "
            f"{counts['missing']} missing, {len(preview['new_organisations'])} new organisations"
        )
        if options["dry_run"]:
            self.stdout.write(f"Dry run, nothing written: {summary}")
            return
        result = commit_preview(preview, end_missing=options["end_missing"])
        self.stdout.write(
            f"Imported {options['file']}: {summary}; wrote {result['created']} new and "
            f"{result['updated']} changed networks"
        )
