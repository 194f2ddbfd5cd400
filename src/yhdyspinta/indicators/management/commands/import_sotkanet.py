"""yhdyspinta import_sotkanet --indicator 181 --years 2010-2024 [--file north_karelia.csv]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from yhdyspinta.indicators.models import ImportRun
from yhdyspinta.indicators.services.sotkanet_import import (
    import_file,
    import_from_api,
    new_run,
    parse_years,
    read_metadata,
)
from yhdyspinta.indicators.sotkanet import GENDERS, SotkanetDataError


class Command(BaseCommand):
    help = "Import Sotkanet observations from a saved /csv or /json file or from the interface."

    def add_arguments(self, parser):
        parser.add_argument("--indicator", type=int, action="append", dest="indicators")
        parser.add_argument("--years", help="e.g. 2010-2024")
        parser.add_argument("--gender", action="append", dest="genders", choices=GENDERS)
        parser.add_argument("--file", type=Path, help="a saved Sotkanet /csv or /json response")
        parser.add_argument("--regions-file", type=Path, help="a saved /regions response")
        parser.add_argument("--counties-file", type=Path, help="wellbeing_counties.csv")
        parser.add_argument("--indicators-file", type=Path, help="a saved /indicators response")

    def handle(self, *args, **options):
        try:
            years = parse_years(options["years"]) if options["years"] else None
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        path = options["file"]
        if path is None and not (options["indicators"] and years):
            raise CommandError("without --file, give --indicator and --years")
        for name in ("file", "regions_file", "counties_file", "indicators_file"):
            if options[name] is not None and not options[name].is_file():
                raise CommandError(f"no such file: {options[name]}")
        try:
            metadata = read_metadata(
                options["regions_file"], options["counties_file"], options["indicators_file"]
            )
        except SotkanetDataError as exc:
            raise CommandError(str(exc)) from exc
        source = ImportRun.Source.SOTKANET_FILE if path else ImportRun.Source.SOTKANET_API
        run = new_run(
            source,
            indicators=options["indicators"] or [],
            years=list(years) if years else None,
            genders=options["genders"] or None,
        )
        if path:
            run = import_file(run, path, str(path), metadata)
        else:
            if metadata.regions or metadata.counties or metadata.indicators:
                raise CommandError("catalogue files go with --file; load them first")
            run = import_from_api(run)
        for error in run.errors[:20]:
            self.stderr.write(_location(error))
        if run.status == ImportRun.Status.FAILED:
            raise CommandError(f"import run {run.pk} {run.summary}")
        self.stdout.write(f"import run {run.pk} {run.summary}")


def _location(error: dict) -> str:
    where = error.get("source") or error.get("request") or ""
    if error.get("row") is not None:
        where += f", line {error['row']}"
    if error.get("field"):
        where += f", field {error['field']}"
    return f"{where}: {error['reason']}" if where else error["reason"]
