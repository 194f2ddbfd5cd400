from django.core.management.base import BaseCommand

from yhdyspinta.demo.loader import DEMO_LOGINS, DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Load (or refresh) the North Karelia demo data. Safe to run twice."

    def handle(self, *args, **options):
        ctx = load_demo()
        summary = ", ".join(f"{name} {n}" for name, n in sorted(ctx.counts.items()))
        self.stdout.write(f"Demo data loaded: {summary}.")
        self.stdout.write(f"Demo logins (password {DEMO_PASSWORD}):")
        for username, what in DEMO_LOGINS:
            self.stdout.write(f"  {username:<12} {what}")
