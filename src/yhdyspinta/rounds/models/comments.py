from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TARGETS = ("finding", "action", "request")


class Comment(models.Model):
    """One message in the dialogue on a finding, an action or a request (exactly one)."""

    finding = models.ForeignKey(
        "rounds.Finding", null=True, blank=True, on_delete=models.CASCADE, related_name="comments"
    )
    action = models.ForeignKey(
        "rounds.Action", null=True, blank=True, on_delete=models.CASCADE, related_name="comments"
    )
    request = models.ForeignKey(
        "rounds.Request", null=True, blank=True, on_delete=models.CASCADE, related_name="comments"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="round_comments",
    )
    author_organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organisation"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("comment"), max_length=4000)
    created = models.DateTimeField(_("written"), default=timezone.now)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(finding__isnull=False, action__isnull=True, request__isnull=True)
                    | Q(finding__isnull=True, action__isnull=False, request__isnull=True)
                    | Q(finding__isnull=True, action__isnull=True, request__isnull=False)
                ),
                name="comment_exactly_one_target",
            )
        ]

    def __str__(self) -> str:
        return self.text[:60]

    @property
    def target(self):
        return self.finding or self.action or self.request

    def clean(self):
        if not (self.text or "").strip():
            raise ValidationError({"text": _("Write a comment.")})
