"""`yhdyspinta export_annex --annex <id> --format docx|xlsx --output FILE`."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from yhdyspinta.agreements.models import Annex
from yhdyspinta.agreements.services.docx_export import annex_docx
from yhdyspinta.agreements.services.xlsx_export import annexes_xlsx


class Command(BaseCommand):
    help = "Write one annex of a responsibility table as a Word or Excel file."

    def add_arguments(self, parser):
        parser.add_argument("--annex", type=int, required=True, help="the annex's id")
        parser.add_argument("--format", choices=("docx", "xlsx"), default="docx")
        parser.add_argument("--output", required=True, help="the file to write")

    def handle(self, *args, annex, format, output, **options):  # noqa: A002 (the option's name)
        found = (
            Annex.objects.select_related("theme", "approved_by", "table__agreement__county")
            .filter(pk=annex)
            .first()
        )
        if found is None:
            raise CommandError(f"No annex with id {annex}.")
        data = annex_docx(found) if format == "docx" else annexes_xlsx([found])
        path = Path(output)
        try:
            path.write_bytes(data)
        except OSError as exc:
            raise CommandError(f"Cannot write {path}: {exc.strerror}") from exc
        self.stdout.write(
            f"Wrote annex {found.pk} ({found.theme.name_fi}) to {path} ({len(data)} bytes)."
        )
