from datetime import date

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from yhdyspinta.grants.reminders import DAYS_BEFORE, send_reminders


class Command(BaseCommand):
    help = (
        f"E-mail associations a reminder {DAYS_BEFORE} days before a call closes on their "
        "unsent draft and before a report on the use of funds is due. Run daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="build but send nothing")
        parser.add_argument("--today", help="YYYY-MM-DD (default: today)")
        parser.add_argument(
            "--base-url",
            default=getattr(settings, "SITE_URL", "") or "http://localhost:8000",
            help="the site's address for links in the e-mail",
        )

    def handle(self, *args, dry_run=False, today=None, base_url="", **options):
        try:
            day = date.fromisoformat(today) if today else timezone.localdate()
        except ValueError as exc:
            raise CommandError(f"Not a date (YYYY-MM-DD): {today!r}") from exc
        count = send_reminders(day, base_url, dry_run=dry_run)
        verb = "would send" if dry_run else "sent"
        self.stdout.write(f"Grant reminders {verb}: {count}.")
