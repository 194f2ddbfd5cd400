"""Background work: overlap detection, once per change of a county's register."""

from __future__ import annotations

from django_tasks import task


@task()
def compute_overlaps(county_id: int) -> int:
    """Compute and store the county's overlap pairs (services/stored.py); returns how many
    pairs were stored. Does nothing when the stored pairs are already current."""
    from .services.stored import store_overlaps

    return store_overlaps(county_id).pair_count
