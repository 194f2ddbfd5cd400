"""A collection round's state: who has submitted, on time or not ("12 / 13 by 31.10.2023")."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count

from yhdyspinta.organizations.models import Organization

from ..models import CollectionRound, Network, Submission, SubmissionStatus


@dataclass
class MunicipalityRow:
    municipality: Organization
    submission: Submission | None
    network_count: int

    @property
    def status(self) -> str:
        return self.submission.status if self.submission else SubmissionStatus.NOT_STARTED

    @property
    def status_label(self) -> str:
        return str(dict(SubmissionStatus.choices)[self.status])

    @property
    def on_time(self) -> bool:
        return bool(self.submission and self.submission.on_time)


@dataclass
class RoundStatus:
    round: CollectionRound
    rows: list[MunicipalityRow]

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def on_time(self) -> int:
        return sum(row.on_time for row in self.rows)

    @property
    def submitted(self) -> int:
        return sum(row.status == SubmissionStatus.SUBMITTED for row in self.rows)

    def row_for(self, municipality_id: int) -> MunicipalityRow | None:
        return next((r for r in self.rows if r.municipality.pk == municipality_id), None)


def round_status(collection: CollectionRound) -> RoundStatus:
    """Every municipality of the county, with its submission (if any), in three queries."""
    municipalities = list(
        Organization.objects.filter(parent_county_id=collection.county_id)
        .municipalities()
        .order_by("name_fi")
    )
    submissions = {
        s.municipality_id: s
        for s in Submission.objects.filter(round=collection).select_related("submitted_by")
    }
    for submission in submissions.values():
        submission.round = collection
    counts = dict(
        Network.objects.filter(owner__in=municipalities)
        .exclude(status="ended")
        .values("owner_id")
        .annotate(n=Count("pk"))
        .values_list("owner_id", "n")
    )
    rows = [MunicipalityRow(m, submissions.get(m.pk), counts.get(m.pk, 0)) for m in municipalities]
    return RoundStatus(collection, rows)


def latest_round(county_id: int) -> CollectionRound | None:
    return CollectionRound.objects.filter(county_id=county_id).order_by("-due_date").first()
