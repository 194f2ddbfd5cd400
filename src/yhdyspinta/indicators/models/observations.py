"""Observed values: one indicator, one area, one year, one gender."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .catalogue import Area, Indicator


class Gender(models.TextChoices):
    TOTAL = "total", _("Total")
    FEMALE = "female", _("Women")
    MALE = "male", _("Men")


class RowIdAutoField(models.BigAutoField):
    """A BigAutoField that is a plain rowid on SQLite, without AUTOINCREMENT.

    With AUTOINCREMENT every inserted row also updates the sqlite_sequence table, which
    SQLite searches row by row (one row per table of the project): half of a large import's
    time (bench/bench_ingest.py, docs/decisions/0005). A new id is still larger than every
    stored one; only the id of a deleted last row can come back, and nothing refers to an
    observation by its id. PostgreSQL is unchanged."""

    def db_type_suffix(self, connection):
        if connection.vendor == "sqlite":
            return None
        return super().db_type_suffix(connection)


class Observation(models.Model):
    """A published value; ``numerator`` is Sotkanet's absolute value (the count) when given,
    ``denominator`` the population when known (own indicators)."""

    id = RowIdAutoField(primary_key=True, serialize=False, verbose_name="ID")
    # No index of its own: the unique key (indicator, area, year, gender) starts with it and
    # serves every lookup by indicator; one index fewer to keep up on each imported row.
    indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("indicator"),
        on_delete=models.CASCADE,
        related_name="observations",
        db_index=False,
    )
    area = models.ForeignKey(
        Area, verbose_name=_("area"), on_delete=models.CASCADE, related_name="observations"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    gender = models.CharField(_("gender"), max_length=6, choices=Gender.choices, default="total")
    value = models.FloatField(_("value"))
    numerator = models.FloatField(_("count"), null=True, blank=True)
    denominator = models.FloatField(_("denominator"), null=True, blank=True)

    class Meta:
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        ordering = ["indicator", "area", "year", "gender"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "area", "year", "gender"], name="observation_unique_key"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator_id}/{self.area_id}/{self.year}/{self.gender}: {self.value}"
