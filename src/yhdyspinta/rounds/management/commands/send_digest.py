from datetime import date

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from yhdyspinta.rounds.feeds.digest import DEFAULT_PERIOD, send_digests, start_of


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"Not a date (YYYY-MM-DD): {value!r}") from exc


class Command(BaseCommand):
    help = (
        "E-mail every user a digest of overdue actions, actions due within 14 days, new findings "
        "for their municipality and open requests. Run weekly from cron; 'new' means created "
        "since --since (default: seven days before --today)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="build but send nothing")
        parser.add_argument("--today", help="YYYY-MM-DD (default: today)")
        parser.add_argument("--since", help="YYYY-MM-DD (default: seven days before today)")
        parser.add_argument(
            "--base-url",
            default=getattr(settings, "SITE_URL", "") or "http://localhost:8000",
            help="the site's address for links in the e-mail",
        )

    def handle(self, *args, dry_run=False, today=None, since=None, base_url="", **options):
        day = _day(today) if today else None
        start = (
            start_of(_day(since)) if since else (start_of(day - DEFAULT_PERIOD) if day else None)
        )
        run = send_digests(today=day, since=start, base_url=base_url, dry_run=dry_run)
        if options.get("verbosity", 1) >= 2:
            for message in run.messages:
                self.stdout.write(f"  {message.to[0]}: {message.subject}")
        verb = "would be sent" if dry_run else "sent"
        self.stdout.write(
            f"Digest: {len(run.messages)} e-mails {verb}, {run.nothing_to_report} users with "
            f"nothing to report, {run.without_email} without an e-mail address."
        )
