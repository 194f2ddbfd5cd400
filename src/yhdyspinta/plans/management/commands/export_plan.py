"""yhdyspinta export_plan --plan pohjois-karjala-2025-2028 --format docx --output plan.docx"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from yhdyspinta.plans.document.export import FORMATS, export_plan
from yhdyspinta.plans.models import Plan


class Command(BaseCommand):
    help = "Write a welfare report and plan as a Word document (docx) or a PDF."

    def add_arguments(self, parser):
        parser.add_argument("--plan", required=True, dest="slug", help="the plan's short name")
        parser.add_argument("--format", required=True, choices=FORMATS, dest="fmt")
        parser.add_argument("--output", required=True, type=Path, help="the file to write")
        parser.add_argument("--language", default="fi", choices=("fi", "sv", "en"))

    def handle(self, *args, slug, fmt, output, language="fi", **options):
        plan = Plan.objects.select_related("owner").filter(slug=slug).first()
        if plan is None:
            raise CommandError(f"No plan with the short name {slug!r}.")
        exported = export_plan(plan, fmt, language=language)
        output.write_bytes(exported.content)
        self.stdout.write(f"Wrote {output} ({fmt}, {len(exported.content)} bytes): {plan.title}")
