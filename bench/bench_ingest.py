"""Ingest: `import_sotkanet --file` beside a raw sqlite3 upsert and pandas to_sql, same rows.

    DEMO_MODE=1 .venv/bin/python bench/bench_ingest.py [--indicators 5] [--repeat 3] \
        [--memory-rows 1000000]

Builds a Sotkanet CSV of indicators x 320 areas x 23 years x 3 genders (5 indicators:
110,400 rows) from the snapshot in $YHDYSPINTA_SHARED_DATA/sotkanet (values of the snapshot
where it has them, else derived from them), then in the same run times:

* the project: `import_sotkanet --file` into a fresh SQLite database (the catalogue loaded
  first), the first import and a rerun that changes nothing;
* raw sqlite3: csv.reader + executemany `INSERT ... ON CONFLICT DO UPDATE` into a table with
  the same unique index;
* pandas (if installed): read_csv + to_sql (append) into an empty table.

and prints rows/s and the ratio. `--memory-rows N` also imports a file of about N rows in a
child process and prints its peak resident memory (ru_maxrss), then the same rows as a
Sotkanet JSON file.
"""

import argparse
import csv
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

YEARS = range(2001, 2024)
GENDERS = ("male", "female", "total")
N_AREAS = 320


def snapshot_dir() -> Path:
    shared = os.environ.get("YHDYSPINTA_SHARED_DATA")
    base = Path(shared) if shared else Path(__file__).resolve().parents[2] / "shared" / "data"
    return base / "sotkanet"


def build_file(path: Path, n_indicators: int) -> int:
    """The benchmark file; returns its number of rows."""
    import json

    folder = snapshot_dir()
    known = {}
    with (folder / "north_karelia.csv").open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream, delimiter=";"):
            known[int(row["indicator"]), int(row["region"]), int(row["year"]), row["gender"]] = row[
                "primary value"
            ]
    indicators = sorted(
        {int(i["id"]) for i in json.loads((folder / "indicators.json").read_text())}
    )
    regions = sorted(
        r["id"]
        for r in json.loads((folder / "regions.json").read_text())
        if r["category"] == "KUNTA"
    )
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("indicator;region;year;gender;primary value;absolute value\n")
        for indicator in indicators[:n_indicators]:
            for n, region in enumerate(regions[:N_AREAS]):
                for year in YEARS:
                    for g, gender in enumerate(GENDERS):
                        value = known.get((indicator, region, year, gender))
                        if value is None:
                            value = f"{(indicator % 50) + (n % 17) + year % 7 + g / 10:.1f}"
                        out.write(f"{indicator};{region};{year};{gender};{value};\n")
                        count += 1
    return count


def as_json(csv_path: Path, json_path: Path) -> None:
    """The CSV's rows as a Sotkanet /json list, one record per line (as Sotkanet writes it)."""
    import json

    with csv_path.open(encoding="utf-8", newline="") as stream, json_path.open("w") as out:
        reader = csv.reader(stream, delimiter=";")
        next(reader)
        out.write("[\n")
        for n, (i, r, y, g, v, _a) in enumerate(reader):
            record = {"indicator": int(i), "region": int(r), "year": int(y), "gender": g,
                      "value": float(v)}  # fmt: skip
            out.write(("," if n else "") + json.dumps(record) + "\n")
        out.write("]\n")


def raw_upsert(path: Path, db: Path) -> float:
    con = sqlite3.connect(db)
    con.execute(
        "CREATE TABLE obs (id INTEGER PRIMARY KEY, indicator INT, region INT, year INT, "
        "gender TEXT, value REAL, abs REAL)"
    )
    con.execute("CREATE UNIQUE INDEX obs_key ON obs (indicator, region, year, gender)")
    start = time.perf_counter()
    with path.open(encoding="utf-8", newline="") as stream:
        reader = csv.reader(stream, delimiter=";")
        next(reader)
        rows = (
            (int(i), int(r), int(y), g, float(v), float(a) if a else None)
            for i, r, y, g, v, a in reader
        )
        con.executemany(
            "INSERT INTO obs (indicator, region, year, gender, value, abs) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT (indicator, region, year, gender) DO UPDATE SET value = excluded.value, "
            "abs = excluded.abs WHERE value IS NOT excluded.value OR abs IS NOT excluded.abs",
            rows,
        )
    con.commit()
    con.close()
    return time.perf_counter() - start


def pandas_to_sql(path: Path, db: Path) -> float | None:
    try:
        import pandas
    except ImportError:
        return None
    con = sqlite3.connect(db)
    start = time.perf_counter()
    frame = pandas.read_csv(path, sep=";")
    frame.to_sql("obs", con, if_exists="append", index=False, chunksize=10_000)
    con.commit()
    con.close()
    return time.perf_counter() - start


def project_import(path: Path, db: Path, repeat: bool = True) -> list[float]:
    """Fresh database, catalogue, then `import_sotkanet --file` (and again); seconds each."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", "DEMO_MODE": "1"}
    code = (
        "import os, sys, time, resource, django\n"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'yhdyspinta.settings')\n"
        "django.setup()\n"
        "from django.core.management import call_command\n"
        "call_command('migrate', verbosity=0)\n"
        f"folder = {str(snapshot_dir())!r}\n"
        "call_command('import_sotkanet', '--file', folder + '/north_karelia.csv',"
        " '--regions-file', folder + '/regions.json', '--counties-file',"
        " folder + '/wellbeing_counties.csv', '--indicators-file', folder + '/indicators.json',"
        " verbosity=0)\n"
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        f"for _ in range({2 if repeat else 1}):\n"
        "    start = time.perf_counter()\n"
        f"    call_command('import_sotkanet', '--file', {str(path)!r}, verbosity=0)\n"
        "    print('seconds', time.perf_counter() - start)\n"
        "print('maxrss_kb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, base)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    ).stdout
    seconds = [float(line.split()[1]) for line in out.splitlines() if line.startswith("seconds")]
    rss = next(line.split()[1:] for line in out.splitlines() if line.startswith("maxrss_kb"))
    return seconds, int(rss[0]) / 1024, int(rss[1]) / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--indicators", type=int, default=5)
    parser.add_argument("--memory-rows", type=int, default=0)
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each method; the medians are printed"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = folder / "bench.csv"
        rows = build_file(data, args.indicators)
        print(f"file: {rows:,} rows, {data.stat().st_size / 1e6:.1f} MB; median of {args.repeat}")
        firsts, reruns, raws, pandases, peak = [], [], [], [], 0.0
        for n in range(args.repeat):
            (first, rerun), run_peak, _base = project_import(data, folder / f"project{n}.sqlite3")
            firsts.append(first)
            reruns.append(rerun)
            peak = max(peak, run_peak)
            raws.append(raw_upsert(data, folder / f"raw{n}.sqlite3"))
            pandases.append(pandas_to_sql(data, folder / f"pandas{n}.sqlite3"))
        first, rerun, raw = median(firsts), median(reruns), median(raws)
        pandas = None if None in pandases else median(pandases)
        print(f"project import_sotkanet --file: {rows / first:,.0f} rows/s ({first:.2f} s)")
        print(f"project rerun, nothing changes: {rows / rerun:,.0f} rows/s ({rerun:.2f} s)")
        print(f"raw sqlite3 executemany upsert: {rows / raw:,.0f} rows/s ({raw:.2f} s)")
        if pandas is not None:
            print(f"pandas read_csv + to_sql: {rows / pandas:,.0f} rows/s ({pandas:.2f} s)")
        print(f"ratio project / raw upsert: {raw / first:.2f}")
        if pandas is not None:
            print(f"ratio project / pandas: {pandas / first:.2f}")
        each = ", ".join(f"{r / f:.2f}" for r, f in zip(raws, firsts, strict=True))
        print(f"ratio project / raw upsert in each run: {each}")
        print(f"peak RSS of the project's process: {peak:.0f} MB")
        if args.memory_rows:
            big = folder / "big.csv"
            n = max(1, round(args.memory_rows / (N_AREAS * len(YEARS) * len(GENDERS))))
            big_rows = build_file(big, n)
            (seconds,), peak, base = project_import(big, folder / "big.sqlite3", repeat=False)
            print(
                f"{big_rows:,} rows: {big_rows / seconds:,.0f} rows/s, peak RSS {peak:.0f} MB "
                f"(before the import {base:.0f} MB)"
            )
            big_json = folder / "big.json"
            as_json(big, big_json)
            (seconds,), peak, base = project_import(big_json, folder / "bigj.sqlite3", False)
            print(
                f"the same rows as JSON ({big_json.stat().st_size / 1e6:.0f} MB): "
                f"{big_rows / seconds:,.0f} rows/s, peak RSS {peak:.0f} MB "
                f"(before the import {base:.0f} MB)"
            )
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"benchmark process peak RSS (pandas, raw): {own:.0f} MB")


if __name__ == "__main__":
    main()
