import os
import shutil
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Migrate, load the demo data, collect static files and serve with gunicorn."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--no-serve", action="store_true", help="prepare only")

    def handle(self, *args, port, host, no_serve, **options):
        if not settings.DEMO_MODE and not settings.DEBUG:
            raise CommandError("Run the demo with DEMO_MODE=1 (make demo does this).")
        settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_demo")
        call_command("collectstatic", interactive=False, verbosity=0)
        if no_serve:
            return
        gunicorn = shutil.which("gunicorn", path=os.path.dirname(sys.executable)) or "gunicorn"
        self.stdout.write(f"Serving on http://{host}:{port}/ (Ctrl+C stops)")
        sys.stdout.flush()
        os.execv(
            gunicorn,
            [
                gunicorn,
                "yhdyspinta.wsgi:application",
                "--bind",
                f"{host}:{port}",
                "--workers",
                os.environ.get("WEB_CONCURRENCY", "2"),
                "--access-logfile",
                "-",
            ],
        )
