"""Update and compile the translation catalogues of every app (make messages).

Each app keeps its own catalogue in <app>/locale/<lang>/LC_MESSAGES/django.po, so work on one
capability never conflicts with another's strings. English is the source language; Finnish must
be complete, Swedish complete in keys. Compiled .mo files are committed, so `make demo` does not
need GNU gettext; tests/web/test_translations.py checks that they are current."""

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "yhdyspinta"
LANGUAGES = ["fi", "sv", "en"]


def app_dirs() -> list[Path]:
    skip = {"locale", "formats", "__pycache__"}
    return sorted(
        p for p in SRC.iterdir() if p.is_dir() and p.name not in skip and (p / "apps.py").exists()
    )


def run(app: Path, *args: str) -> None:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "yhdyspinta.settings", "DEMO_MODE": "1"}
    subprocess.run(
        # The console script, not `python -m django`: the latter puts the app folder first
        # on sys.path, where the app's rules.py would shadow the `rules` package.
        [str(Path(sys.executable).parent / "yhdyspinta"), *args],
        cwd=app,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main() -> None:
    only = set(sys.argv[1:])
    for app in app_dirs():
        if only and app.name not in only:
            continue
        (app / "locale").mkdir(exist_ok=True)
        langs = [arg for lang in LANGUAGES for arg in ("-l", lang)]
        run(
            app,
            "makemessages",
            *langs,
            "--no-obsolete",
            "--add-location",
            "file",
            "--ignore",
            "tests/*",
        )
        run(app, "compilemessages", *langs)
        print(f"{app.name}: updated")


if __name__ == "__main__":
    main()
