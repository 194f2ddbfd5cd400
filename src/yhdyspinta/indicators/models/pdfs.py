"""PDFs rendered in the background, once per data version, kept in the storage (so that
every app server serves the same file)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class StoredPdf(models.Model):
    """The latest PDF of one document in one language.

    ``key`` says which document (e.g. the public report ``joensuu-2024`` in Finnish); ``kind``
    and ``parameters`` say how to render it again. ``version`` is a digest of everything
    the file shows; when the data give another digest, the file is stale and is rendered
    again. The file itself is in Django's default storage."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    key = models.CharField(_("document"), max_length=255, unique=True)
    kind = models.CharField(_("kind"), max_length=20)
    parameters = models.JSONField(_("parameters"), default=dict)
    language = models.CharField(_("language"), max_length=8)
    version = models.CharField(_("version"), max_length=64)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    file = models.FileField(_("file"), upload_to="indicators/pdfs/", blank=True)
    filename = models.CharField(_("file name"), max_length=200)
    # HTML already rendered by the request (cheap, e.g. the municipality card), else empty.
    source_html = models.TextField(_("HTML"), blank=True)
    requested_at = models.DateTimeField(_("requested"))
    rendered_at = models.DateTimeField(_("rendered"), null=True, blank=True)
    render_seconds = models.FloatField(_("rendering time (s)"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("stored PDF")
        verbose_name_plural = _("stored PDFs")
        ordering = ["key"]

    def __str__(self) -> str:
        return f"{self.key} ({self.status})"

    def is_current(self, version: str) -> bool:
        return self.status == self.Status.READY and self.version == version and bool(self.file)
