"""A record of every import: what was read, written and rejected, and why."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from yhdyspinta.organizations.models import Organization


class ImportRun(models.Model):
    class Source(models.TextChoices):
        SOTKANET_FILE = "sotkanet_file", _("Sotkanet file")
        SOTKANET_API = "sotkanet_api", _("Sotkanet interface")
        OWN_EXCEL = "own_excel", _("Own indicators (Excel)")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Reading and checking")
        WRITING = "writing", _("Saving")
        SUCCEEDED = "succeeded", _("Succeeded")
        FAILED = "failed", _("Failed")

    source = models.CharField(_("source"), max_length=20, choices=Source.choices)
    source_name = models.CharField(_("file or address"), max_length=500, blank=True)
    parameters = models.JSONField(_("parameters"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    progress_done = models.PositiveIntegerField(_("steps done"), default=0)
    progress_total = models.PositiveIntegerField(_("steps in all"), default=0)
    rows_read = models.PositiveIntegerField(_("rows read"), default=0)
    rows_written = models.PositiveIntegerField(_("rows written"), default=0)
    rows_unchanged = models.PositiveIntegerField(_("rows unchanged"), default=0)
    rows_skipped = models.PositiveIntegerField(_("rows skipped"), default=0)
    rows_rejected = models.PositiveIntegerField(_("rows rejected"), default=0)
    errors = models.JSONField(_("errors"), default=list, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    county = models.ForeignKey(
        Organization,
        verbose_name=_("county"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    # The uploaded file, kept in the database so that any worker can read it.
    payload = models.BinaryField(_("uploaded file"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("import run")
        verbose_name_plural = _("import runs")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_source_display()} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.SUCCEEDED, self.Status.FAILED)

    @property
    def summary(self) -> str:
        """One line, English, for the command line and logs."""
        return (
            f"{self.status}: {self.rows_read} read, {self.rows_written} written, "
            f"{self.rows_unchanged} unchanged, {self.rows_skipped} skipped, "
            f"{self.rows_rejected} rejected"
        )

    def get_absolute_url(self) -> str:
        return reverse("indicators:import_detail", args=[self.pk])
