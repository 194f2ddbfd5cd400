from django.core.management.base import BaseCommand, CommandError

from yhdyspinta.networks.models import Network
from yhdyspinta.networks.services.exporting import export_xlsx
from yhdyspinta.organizations.models import Organization


class Command(BaseCommand):
    help = "Export the cooperation network register (the import's columns) to an .xlsx file."

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True)
        parser.add_argument("--organization", help="Only this owner's networks (code).")

    def handle(self, *args, **options):
        networks = Network.objects.all()
        county_id = None
        if options["organization"]:
            org = Organization.objects.filter(
                code=options["organization"], kind__in=["municipality", "county"]
            ).first()
            if org is None:
                raise CommandError(f"No organisation with code {options['organization']!r}.")
            networks, county_id = networks.filter(owner=org), org.county_id
        else:
            county = Organization.objects.counties().first()
            county_id = county.pk if county else None
        data = export_xlsx(networks.order_by("owner__name_fi", "name"), county_id)
        with open(options["output"], "wb") as handle:
            handle.write(data)
        self.stdout.write(f"Wrote {networks.count()} networks to {options['output']}")
