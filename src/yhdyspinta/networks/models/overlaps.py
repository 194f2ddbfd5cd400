"""Stored overlap detection: computed once per change of a county's register, in the background
(networks/tasks.py), and read back page by page (docs/networks.md, "Overlap detection")."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class OverlapComputation(models.Model):
    """One county's overlap detection: which version of the register the stored pairs belong
    to, when they were computed, and how many there were.

    ``data_version`` goes up on every change that can change the pairs (a network created,
    edited or deleted, its themes or members, an import, a decision); the stored pairs are
    current when ``computed_version`` equals it and they were computed with today's threshold
    and neighbour limit."""

    county = models.OneToOneField(
        "organizations.Organization",
        verbose_name=_("wellbeing services county"),
        on_delete=models.CASCADE,
        related_name="overlap_computation",
    )
    data_version = models.PositiveBigIntegerField(_("data version"), default=1)
    requested_key = models.CharField(
        _("requested"),
        max_length=80,
        blank=True,
        help_text=_("Data version, threshold and neighbour limit of the queued computation."),
    )
    requested_at = models.DateTimeField(_("requested"), null=True, blank=True)
    computed_version = models.PositiveBigIntegerField(_("computed version"), default=0)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    min_score = models.FloatField(_("threshold"), null=True, blank=True)
    neighbour_limit = models.PositiveIntegerField(_("neighbours kept"), null=True, blank=True)
    network_count = models.PositiveIntegerField(_("networks compared"), default=0)
    found_count = models.PositiveBigIntegerField(_("pairs above the threshold"), default=0)
    pair_count = models.PositiveIntegerField(_("pairs stored"), default=0)
    open_by_owner = models.JSONField(
        _("open pairs by owner"),
        default=dict,
        help_text=_("Pairs without a decision that concern each owner's networks."),
    )
    error = models.CharField(_("error"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("overlap computation")
        verbose_name_plural = _("overlap computations")

    def __str__(self) -> str:
        return f"{self.county_id}: v{self.computed_version}/{self.data_version}"


class OverlapPair(models.Model):
    """A stored pair (network_a.pk < network_b.pk) at or above the computation's threshold."""

    computation = models.ForeignKey(
        OverlapComputation, on_delete=models.CASCADE, related_name="pairs"
    )
    network_a = models.ForeignKey(
        "networks.Network", on_delete=models.CASCADE, related_name="+", verbose_name=_("network")
    )
    network_b = models.ForeignKey(
        "networks.Network",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("other network"),
    )
    owner_a = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="+"
    )
    owner_b = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="+"
    )
    same_owner = models.BooleanField(default=False)
    score = models.FloatField(_("similarity"))
    components = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("overlap pair")
        verbose_name_plural = _("overlap pairs")
        ordering = ["-score", "network_a", "network_b"]
        constraints = [
            models.UniqueConstraint(
                fields=["computation", "network_a", "network_b"], name="overlappair_unique"
            )
        ]
        indexes = [
            models.Index(fields=["computation", "-score"], name="overlappair_score"),
            models.Index(fields=["owner_a", "-score"], name="overlappair_owner_a"),
            models.Index(fields=["owner_b", "-score"], name="overlappair_owner_b"),
        ]

    def __str__(self) -> str:
        return f"{self.network_a_id}–{self.network_b_id}: {self.score:.2f}"


class OverlapNetwork(models.Model):
    """A network that appears in stored pairs: how many pairs it has above the threshold
    (more than the stored ones when it has more than the neighbour limit), and its group of
    networks that seem to do the same thing."""

    computation = models.ForeignKey(
        OverlapComputation, on_delete=models.CASCADE, related_name="networks"
    )
    network = models.ForeignKey("networks.Network", on_delete=models.CASCADE, related_name="+")
    neighbours = models.PositiveIntegerField(_("pairs above the threshold"), default=0)
    cluster = models.PositiveIntegerField(_("group"), null=True, blank=True)
    cluster_size = models.PositiveIntegerField(_("group size"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["computation", "network"], name="overlapnetwork_unique")
        ]
        indexes = [models.Index(fields=["computation", "cluster"], name="overlapnetwork_cluster")]

    def __str__(self) -> str:
        return f"{self.network_id}: {self.neighbours}"
