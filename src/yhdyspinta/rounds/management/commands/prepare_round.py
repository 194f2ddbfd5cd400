from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from yhdyspinta.rounds.models import Round
from yhdyspinta.rounds.services.prepare import prepare_round


class Command(BaseCommand):
    help = (
        "Prepare the next negotiation round from an earlier one: a negotiation per municipality "
        "with an agenda of open actions and earlier findings. Safe to run twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--from", dest="source", required=True, help="code of the earlier round"
        )
        parser.add_argument("--slug", required=True, help="code of the new round")
        parser.add_argument("--title", required=True)
        parser.add_argument("--period", default="")
        parser.add_argument("--county", help="county code, when several counties share a code")

    def handle(self, *args, source, slug, title, period, county=None, **options):
        rounds = Round.objects.filter(slug=source)
        if county:
            rounds = rounds.filter(county__code=county)
        found = list(rounds.select_related("county")[:2])
        if not found:
            raise CommandError(f"No round with the code {source!r}.")
        if len(found) > 1:
            raise CommandError(f"Several counties have a round {source!r}: give --county.")
        with translation.override("fi"):
            try:
                result = prepare_round(found[0], slug=slug, title=title, period=period)
            except ValidationError as exc:
                raise CommandError("; ".join(exc.messages)) from exc
        state = "created" if result.round_created else "already existed"
        self.stdout.write(
            f"Round {slug} {state}: {result.negotiations_created} negotiations created, "
            f"{result.agendas_filled} agendas filled."
        )
