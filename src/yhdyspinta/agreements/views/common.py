"""Helpers shared by the agreements views: loading records for a user, paging, saving."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from yhdyspinta.organizations.scoping import get_for_user
from yhdyspinta.web.paging import PAGE_SIZE, page_of

from ..models import Agreement, Annex, AnnexRow


def paged(request, items, *, size: int = PAGE_SIZE):
    return page_of(request, items, size)


def get_agreement(request, pk, *, write=False) -> Agreement:
    qs = Agreement.objects.select_related("county")
    return get_for_user(request, qs, pk, write=write)


def get_annex(request, pk, *, write=False) -> Annex:
    qs = Annex.objects.select_related("theme", "approved_by", "table__agreement__county")
    return get_for_user(request, qs, pk, write=write)


def get_row(request, pk, *, write=False, perm="") -> AnnexRow:
    qs = AnnexRow.objects.select_related("annex__theme", "annex__table__agreement__county")
    return get_for_user(request, qs, pk, write=write, perm=perm)


def add_errors(form, error: ValidationError) -> None:
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.error_dict.items():
        form.add_error(field if field in form.fields else None, errors)


def save_form(form, before_save=None, after_save=None) -> bool:
    """Validate the whole record (with what the view sets), then write it in one transaction."""
    obj = form.save(commit=False)
    if before_save is not None:
        before_save(obj)
    try:
        obj.full_clean()
    except ValidationError as error:
        add_errors(form, error)
        return False
    with transaction.atomic():
        obj.save()
        form.save_m2m()
        if after_save is not None:
            after_save(obj)
    return True
