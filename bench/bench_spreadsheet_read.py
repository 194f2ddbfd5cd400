"""Time reading and validating a 5,000-row, 11-column sheet with the spreadsheet reader.

Run: DEMO_MODE=1 .venv/bin/python bench/bench_spreadsheet_read.py [--rows N]
Prints one line of figures; no assertion on time.
"""

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yhdyspinta.settings")
os.environ.setdefault("DEMO_MODE", "1")

import django  # noqa: E402

django.setup()

from django.utils.translation import gettext_lazy as _  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from yhdyspinta.documents.spreadsheets import Column, ColumnKind, read_table, write_xlsx  # noqa: E402

MUNICIPALITIES = [
    "Heinävesi", "Ilomantsi", "Joensuu", "Juuka", "Kitee", "Kontiolahti", "Lieksa", "Liperi",
    "Nurmes", "Outokumpu", "Polvijärvi", "Rääkkylä", "Tohmajärvi",
]  # fmt: skip
THEMES = [
    ("employment", "Työllisyys"),
    ("integration", "Kotoutuminen"),
    ("family_centre", "Perhekeskus"),
    ("student_welfare", "Oppilashuolto"),
    ("substance_prevention", "Ehkäisevä päihdetyö"),
    ("land_use", "Tilat, maankäyttö, kaavoitus"),
]
COLUMNS = [
    Column("name", _("Name"), required=True),
    Column("municipality", _("Municipality"), choices=[(m, m) for m in MUNICIPALITIES]),
    Column("themes", _("Themes"), choices=THEMES, multiple=True),
    Column("chair", _("Chair")),
    Column("email", _("E-mail"), kind=ColumnKind.EMAIL),
    Column("start", _("Start date"), kind=ColumnKind.DATE),
    Column("end", _("End date"), kind=ColumnKind.DATE),
    Column("active", _("Active"), kind=ColumnKind.BOOLEAN),
    Column("members", _("Members"), kind=ColumnKind.INTEGER),
    Column("budget", _("Budget"), kind=ColumnKind.DECIMAL),
    Column("notes", _("Notes"), max_length=2000),
]


def make_rows(count: int) -> list[dict]:
    rng = random.Random(2025)
    rows = []
    for i in range(count):
        start = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(2000))
        rows.append(
            {
                "name": f"Yhteistyöverkosto {i} – {rng.choice(MUNICIPALITIES)}",
                "municipality": rng.choice(MUNICIPALITIES),
                "themes": rng.sample([code for code, _label in THEMES], k=rng.randint(1, 3)),
                "chair": f"Henkilö {rng.randrange(10_000)} Äijälä",
                "email": f"henkilo{i}@example.fi",
                "start": start,
                "end": start + dt.timedelta(days=rng.randrange(30, 900)),
                "active": rng.random() < 0.8,
                "members": rng.randint(3, 40),
                "budget": Decimal(rng.randrange(0, 10_000_000)) / 100,
                "notes": "Kokoontuu kuukausittain; muistio jaetaan sähköpostilla. " * 2,
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=5000)
    args = parser.parse_args()
    rows = make_rows(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "verkostot.xlsx"
        started = time.perf_counter()
        path.write_bytes(
            write_xlsx(COLUMNS, rows, sheet_title="Verkostot", title_row="Verkostorekisteri")
        )
        write_seconds = time.perf_counter() - started
        started = time.perf_counter()
        result = read_table(
            path,
            COLUMNS,
            filename=path.name,
            max_bytes=50 * 1024 * 1024,
            unique_together=("name", "municipality"),
        )
        read_seconds = time.perf_counter() - started
        size = path.stat().st_size
        # The share of the time spent by openpyxl alone, opening the file the same way.
        started = time.perf_counter()
        load_workbook(path, data_only=True).close()
        load_seconds = time.perf_counter() - started
    if result.errors:
        raise SystemExit(f"unexpected problems: {result.errors[0].as_text()}")
    print(
        f"rows={len(result.rows)} columns={len(COLUMNS)} file_bytes={size} "
        f"write_seconds={write_seconds:.2f} read_seconds={read_seconds:.2f} "
        f"openpyxl_load_seconds={load_seconds:.2f} "
        f"rows_per_second={len(result.rows) / read_seconds:.0f}"
    )


if __name__ == "__main__":
    main()
