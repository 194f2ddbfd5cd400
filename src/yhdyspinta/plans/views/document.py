"""The plan's document from the plan page: the PDF and the Word file, rendered in the
background (202 and a page that says so while it is being prepared)."""

from django.contrib.auth.decorators import login_required

from yhdyspinta.indicators.views.stored import stored_pdf_response

from ..document.stored import request_plan_docx, request_plan_pdf
from ..scoping import get_plan_for_user


@login_required
def plan_pdf(request, pk):
    plan = get_plan_for_user(request, pk)
    return stored_pdf_response(request, *request_plan_pdf(plan))


@login_required
def plan_docx(request, pk):
    plan = get_plan_for_user(request, pk)
    return stored_pdf_response(request, *request_plan_docx(plan))
