from django.core.management.base import BaseCommand, CommandError

from yhdyspinta.organizations.gdpr import erase_person
from yhdyspinta.organizations.models import Person


class Command(BaseCommand):
    help = "Erase a person's personal data (anonymise the record, purge its history)."

    def add_arguments(self, parser):
        parser.add_argument("person_id", type=int)

    def handle(self, *args, person_id, **options):
        try:
            person = Person.objects.get(pk=person_id)
        except Person.DoesNotExist as exc:
            raise CommandError(f"No person with id {person_id}.") from exc
        erase_person(person)
        self.stdout.write(f"Erased person {person_id}: record anonymised, history purged.")
