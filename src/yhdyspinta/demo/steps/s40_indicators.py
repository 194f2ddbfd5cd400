"""Real Sotkanet data for North Karelia from the shared snapshots (PROVENANCE.md there).

Loads the areas (regions and the wellbeing services counties), the 63 indicators, the
9,848 observations, links areas to the demo organisations by code, and sets polarity as
data for the indicators the demo talks about. Without the shared folder the step warns
and leaves indicator data out; the rest of the demo works.
"""

from __future__ import annotations

import sys

from yhdyspinta.indicators.models import ImportRun, Indicator, ValueType
from yhdyspinta.indicators.services.catalogue import (
    SHARED_DATA_ENV,
    link_areas_to_organizations,
    sotkanet_snapshot_dir,
)
from yhdyspinta.indicators.services.sotkanet_import import import_file, new_run, read_metadata
from yhdyspinta.indicators.stats import Polarity

LOWER, HIGHER = Polarity.LOWER_IS_BETTER, Polarity.HIGHER_IS_BETTER

# Sotkanet id -> polarity. Indicators not named here stay "no judgement".
POLARITY = {
    4: LOWER,  # hospital care for mental disorders, 0-17
    5: LOWER,  # social assistance, 25-64
    181: LOWER,  # unemployed, % of labour force
    451: LOWER,  # social assistance, euros per resident
    453: LOWER,
    475: LOWER,  # sickness allowance, 16-64
    493: LOWER,  # social assistance recipients
    683: LOWER,  # diabetes medicine entitlement, 40+
    703: LOWER,  # ward care days, 75+
    1275: LOWER,  # long-term social assistance, 18-24
    2358: LOWER,  # antidepressants, 18-64
    3071: LOWER,  # structural unemployment
    3099: LOWER,  # low-income rate
    3126: LOWER,  # Gini coefficient
    3219: LOWER,  # young people outside education
    3562: LOWER,  # long-term unemployed
    2328: HIGHER,  # employed, % of population
    3076: HIGHER,  # voting turnout, municipal elections
    3128: HIGHER,  # satisfied with the safety of their area
    3193: HIGHER,  # upper secondary education
    3195: HIGHER,  # tertiary education
}

# Shown on the municipality cards.
KEY_INDICATORS = (4, 5, 181, 475, 493, 683, 2328, 2358, 3076, 3099, 3219, 3562)

# Value types the titles do not announce, and decimals other than one.
VALUE_TYPES = {127: ValueType.COUNT, 180: ValueType.INDEX, 3126: ValueType.INDEX}
DECIMALS = {127: 0, 733: 0, 746: 0, 751: 0, 3196: 0, 3197: 0, 180: 0, 3177: 0, 3180: 0}


def load(ctx) -> None:
    folder = sotkanet_snapshot_dir()
    files = [folder / name for name in ("regions.json", "wellbeing_counties.csv")]
    files += [folder / "indicators.json", folder / "north_karelia.csv"]
    missing = [path for path in files if not path.is_file()]
    if missing:
        sys.stderr.write(
            f"WARNING: Sotkanet snapshots not found ({', '.join(map(str, missing))}); "
            f"the demo has no indicator data. Set {SHARED_DATA_ENV} to the shared data folder.\n"
        )
        return
    metadata = read_metadata(files[0], files[1], files[2])
    run = new_run(ImportRun.Source.SOTKANET_FILE, user=None, county=ctx.orgs.get("county"))
    run = import_file(run, files[3].read_bytes(), files[3].name, metadata)
    if run.status != ImportRun.Status.SUCCEEDED:
        raise RuntimeError(f"the Sotkanet snapshot did not import: {run.summary} {run.errors[:3]}")
    link_areas_to_organizations()
    for sotkanet_id, polarity in POLARITY.items():
        Indicator.objects.filter(sotkanet_id=sotkanet_id).update(polarity=polarity)
    for sotkanet_id, value_type in VALUE_TYPES.items():
        Indicator.objects.filter(sotkanet_id=sotkanet_id).update(value_type=value_type)
    for sotkanet_id, decimals in DECIMALS.items():
        Indicator.objects.filter(sotkanet_id=sotkanet_id).update(decimals=decimals)
    Indicator.objects.filter(sotkanet_id__in=KEY_INDICATORS).update(key_indicator=True)
    ctx.count("indicator observations", run.rows_written + run.rows_unchanged)
