"""The grants app's records for the site-wide access matrix (tests/web/matrix_world.py): an open
call where the NGO has a draft (with an attachment), a call the NGO has not applied to, a decided
call where the NGO's application (activity in M1) has a review by the board member, a decision
and two reports on the use of funds (one open, one submitted); another association's draft; a
project with a reservation; an association that a self-registration created."""

import datetime as dt
from decimal import Decimal

from django.core.files.base import ContentFile
from factories import AccessLevel, NGOFactory, make_user
from grants.factories import (
    ApplicationFactory,
    CriterionFactory,
    DecisionFactory,
    FundingReservationFactory,
    GrantCallFactory,
    ProjectFactory,
    ReviewFactory,
    UsageReportFactory,
)

from yhdyspinta.grants.models import Attachment, Registration

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def records(w, o) -> dict:
    w.ngo.business_id = "1234567-1"
    w.ngo.save()
    call = GrantCallFactory(county=w.county, title="Avoin haku", themes=[w.theme])
    fresh = GrantCallFactory(county=w.county, title="Uusi haku", themes=[w.theme])
    decided_call = GrantCallFactory(
        county=w.county, title="Ratkaistu haku", themes=[w.theme], closes=dt.date(2024, 2, 29)
    )
    criterion = CriterionFactory(call=decided_call, name="Vaikuttavuus")
    draft = ApplicationFactory(
        call=call, organization=w.ngo, themes=[w.theme], municipalities=[w.m1]
    )
    attachment = Attachment(
        application=draft, name="talousarvio.pdf", content_type="application/pdf", size=len(PDF)
    )
    attachment.file.save("talousarvio.pdf", ContentFile(PDF), save=False)
    attachment.save()
    decided = ApplicationFactory(
        call=decided_call,
        organization=w.ngo,
        themes=[w.theme],
        municipalities=[w.m1],
        status="decided",
    )
    review = ReviewFactory(application=decided, reviewer=w.board, scores={str(criterion.pk): 3})
    decision = DecisionFactory(application=decided, amount=Decimal("4000"))
    open_report = UsageReportFactory(decision=decision, due=dt.date(2025, 3, 31))
    done_report = UsageReportFactory(
        decision=decision,
        due=dt.date(2024, 12, 31),
        report="Toteutui.",
        spent=Decimal("4000"),
        submitted_at=dt.datetime(2025, 1, 10, tzinfo=dt.UTC),
    )
    other_ngo = NGOFactory(name_fi="Toinen yhdistys ry", parent_county=w.county)
    make_user(AccessLevel.NGO, other_ngo, "ngo_other")
    other = ApplicationFactory(call=call, organization=other_ngo, themes=[w.theme])
    registered_ngo = NGOFactory(name_fi="Rekisteröitynyt yhdistys ry", parent_county=w.county)
    registration = Registration.objects.create(
        user=make_user(AccessLevel.NGO, registered_ngo, "ngo_registered"),
        organization=registered_ngo,
        created_organization=True,
    )
    project = ProjectFactory(county=w.county, name="Yhteinen hanke")
    FundingReservationFactory(project=project, funder=w.county)
    return {
        "grant_call": call,
        "grant_call_fresh": fresh,
        "grant_call_decided": decided_call,
        "grant_draft": draft,
        "grant_attachment": attachment,
        "grant_decided": decided,
        "grant_review": review,
        "grant_decision": decision,
        "grant_report_open": open_report,
        "grant_report_done": done_report,
        "grant_other": other,
        "grant_project": project,
        "grant_registration": registration,
    }
