"""The `yhdyspinta` console command: Django's manage.py for this project."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yhdyspinta.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["yhdyspinta", *(argv if argv is not None else sys.argv[1:])])


if __name__ == "__main__":
    main()
