"""yhdyspinta export_round_summary --round syksy-2023 --format pptx --output katsaus.pptx

The command writes county staff's full view: every finding of the round. A coordinator's
download from the round page carries only the findings she may open (see rounds/rules.py)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from yhdyspinta.rounds.models import Round
from yhdyspinta.rounds.summary.export import FORMATS, export_summary


def find_round(slug: str, county_code: str | None) -> Round:
    """The round with this code; ``county_code`` picks the county when several have one."""
    rounds = Round.objects.filter(slug=slug).select_related("county")
    if county_code:
        rounds = rounds.filter(county__code=county_code)
    found = list(rounds[:2])
    if not found:
        raise CommandError(f"No round with the code {slug!r}.")
    if len(found) > 1:
        raise CommandError(f"Several counties have a round {slug!r}; name one with --county.")
    return found[0]


class Command(BaseCommand):
    help = (
        "Write the board summary of a negotiation round as pptx, pdf or docx: county staff's "
        "full view (every finding)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--round", required=True, dest="slug", help="the round's code")
        parser.add_argument("--format", required=True, choices=FORMATS, dest="fmt")
        parser.add_argument("--output", required=True, type=Path, help="the file to write")
        parser.add_argument("--county", help="the county's code, when the round code is shared")
        parser.add_argument("--language", default="fi", choices=("fi", "sv", "en"))

    def handle(self, *args, slug, fmt, output, county=None, language="fi", **options):
        round_ = find_round(slug, county)
        summary = export_summary(round_, fmt, language=language)
        output.write_bytes(summary.content)
        self.stdout.write(f"Wrote {output} ({fmt}, {len(summary.content)} bytes): {round_.title}")
