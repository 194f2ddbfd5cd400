import json

from django.core.management.base import BaseCommand, CommandError

from yhdyspinta.networks.overlap import DEFAULT_MIN_SCORE
from yhdyspinta.networks.services.overlaps import overlap_report, pairs_as_json


class Command(BaseCommand):
    help = (
        "List pairs of networks that look like overlapping work, best first, computed now "
        "with the given threshold (all pairs, not stored). With --store: compute and store "
        "the county's pairs now, as the background task does after every change (each "
        "network keeps its best pairs; the pages and the API read these), and print counts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--store",
            action="store_true",
            help="Compute and store the stored pairs of the county (or of every county).",
        )
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument("--min-score", type=float, default=DEFAULT_MIN_SCORE)
        parser.add_argument("--county", type=int, help="Only this county (organisation id).")

    def handle(self, *args, **options):
        if options["store"]:
            self.store(options["county"])
            return
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

    def store(self, county_id):
        from yhdyspinta.networks.services.stored import store_overlaps
        from yhdyspinta.organizations.models import Organization

        counties = Organization.objects.filter(kind=Organization.Kind.COUNTY)
        if county_id is not None:
            counties = counties.filter(pk=county_id)
            if not counties.exists():
                raise CommandError(f"No county with id {county_id}.")
        for county in counties.order_by("pk"):
            record = store_overlaps(county.pk)
            self.stdout.write(
                f"{county.name}: {record.network_count} networks, {record.found_count} pairs "
                f"at or above {record.min_score}, {record.pair_count} pairs stored"
            )
