from django.core.management.base import BaseCommand, CommandError

from yhdyspinta.organizations.gdpr import export_person_json
from yhdyspinta.organizations.models import Person


class Command(BaseCommand):
    help = "Print everything held about a person as JSON (GDPR access request)."

    def add_arguments(self, parser):
        parser.add_argument("person_id", type=int)

    def handle(self, *args, person_id, **options):
        try:
            person = Person.objects.select_related("organization", "user").get(pk=person_id)
        except Person.DoesNotExist as exc:
            raise CommandError(f"No person with id {person_id}.") from exc
        self.stdout.write(export_person_json(person))
