"""Publishing a version of the plan's document: the version is recorded at once (being
prepared) and its content built in the background (``tasks.build_plan_version``), since
building the content with its charts takes seconds."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone, translation

from .document.content import build_document
from .document.snapshot import from_json, to_json
from .models import Plan, PlanVersion

logger = logging.getLogger(__name__)


@transaction.atomic
def publish_version(version: PlanVersion, user=None) -> PlanVersion:
    """Save a new version (state, approval day, label filled in) and enqueue its content."""
    from .tasks import build_plan_version

    Plan.objects.select_for_update().filter(pk=version.plan_id).first()
    latest = PlanVersion.objects.filter(plan_id=version.plan_id).aggregate(n=Max("number"))["n"]
    version.number = (latest or 0) + 1
    version.status = PlanVersion.Status.PENDING
    version.language = (settings.LANGUAGE_CODE or "fi")[:2]
    if user is not None and user.is_authenticated:
        version.created_by = user
    version.full_clean()
    version.save()
    transaction.on_commit(lambda: build_plan_version.enqueue(version.pk))
    return version


def build_content(plan: Plan, language: str, today=None) -> dict:
    with translation.override(language):
        return to_json(build_document(plan, today or timezone.localdate()))


def build(version_id: int) -> str:
    """The background task's work: freeze the document's content into the version."""
    version = PlanVersion.objects.select_related("plan__owner").filter(pk=version_id).first()
    if version is None:
        return "missing"
    if version.status == PlanVersion.Status.READY:
        return version.status
    try:
        content = build_content(version.plan, version.language)
    except Exception as exc:
        logger.exception("Building the plan version %s failed", version_id)
        PlanVersion.objects.filter(pk=version_id).update(
            status=PlanVersion.Status.FAILED, error=f"{type(exc).__name__}: {exc}"
        )
        raise
    PlanVersion.objects.filter(pk=version_id).update(
        content=content, status=PlanVersion.Status.READY, built_at=timezone.now(), error=""
    )
    return PlanVersion.Status.READY


def document_of(version: PlanVersion):
    return from_json(version.content)
