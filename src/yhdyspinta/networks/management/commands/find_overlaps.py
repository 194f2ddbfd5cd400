import json

from django.core.management.base import BaseCommand, CommandError

from yhdyspinta.networks.overlap import DEFAULT_MIN_SCORE
from yhdyspinta.networks.services.overlaps import overlap_report, pairs_as_json


class Command(BaseCommand):
    help = "List pairs of networks that look like overlapping work, best first."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument("--min-score", type=float, default=DEFAULT_MIN_SCORE)
        parser.add_argument("--county", type=int, help="Only this county (organisation id).")

    def handle(self, *args, **options):
        if not 0 < options["min_score"] <= 1:
            raise CommandError("--min-score must be in (0, 1].")
        report = overlap_report(options["county"], min_score=options["min_score"])
        rows = pairs_as_json(report.pairs)
        if options["format"] == "json":
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        for row in rows:
            self.stdout.write(
                f"{row['score']:.2f}  {row['a_name']} (#{row['a']}) / {row['b_name']} "
                f"(#{row['b']}): {'; '.join(row['reasons'])}"
            )
        self.stdout.write(f"{len(rows)} pairs at or above {options['min_score']}")
