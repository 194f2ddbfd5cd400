"""Background work of the plans app (django-tasks)."""

from __future__ import annotations

from django_tasks import task


@task()
def build_plan_version(version_id: int) -> str:
    """Freeze the document's content into a published version (see publishing.build)."""
    from .publishing import build

    return build(version_id)
