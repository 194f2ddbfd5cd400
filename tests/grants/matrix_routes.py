"""The access matrix's routes of grants (tests/web/access_matrix.py collects them).

Applicants (the NGO) read and write their own organisation's applications only; county staff
read everything of the county's calls; the board member reads what she is assigned to review
(the decided application); coordinators read the call and the decisions about activity in their
municipality, never the applications. Another association's application: tests/grants/
test_access.py."""

from web.matrix_policy import COUNTY_PAGE, LOGGED_IN, LOGIN, OK, POST_ONLY, STAFF_PAGE, Route, pk

CALL = {**LOGGED_IN, "outsider": 404}
STAFF_OF_CALL = {**CALL, "ngo": 403, "board": 403, "coordinator": 403, "other_coordinator": 403}
NGO_ONLY = {**dict.fromkeys(LOGGED_IN, 403), "anonymous": LOGIN, "ngo": OK}
NGO_ON_CALL = {**NGO_ONLY, "outsider": 404}
# The NGO's own draft: the applicant and staff read it; the rest of the county does not.
OWN_DRAFT = {
    **dict.fromkeys(LOGGED_IN, 404),
    "anonymous": LOGIN,
    "ngo": OK,
    "staff": OK,
}
OWN_DRAFT_WRITE = {**OWN_DRAFT, "staff": 403}
# The decided application: the assigned reviewer (the board member) reads it too.
DECIDED_STAFF = {**OWN_DRAFT, "ngo": 403, "board": 403}
REVIEW = {**OWN_DRAFT, "ngo": 404, "staff": 403, "board": OK}
REPORT = {**OWN_DRAFT, "staff": 403, "board": 403}
APPROVE = {**OWN_DRAFT, "ngo": 403, "board": 403}
RESERVATIONS = {**COUNTY_PAGE, "ngo": 403}


def _application(w):
    return {
        "business_id": "1234567-1",
        "contact_name": "Jaana",
        "activity_description": "Vertaisryhmät",
        "themes": [w.theme.pk],
        "municipalities": [w.m1.pk],
        "target_groups": ["older"],
        "requested_amount": "5000,00",
        "budget_rows": "Tilat; 5000",
    }


ROUTES = [
    Route("grants:call_list", COUNTY_PAGE),
    Route("grants:call_detail", CALL, kwargs=pk("grant_call")),
    Route("grants:decision_list", CALL, kwargs=pk("grant_call_decided")),
    Route("grants:decision_list_docx", STAFF_OF_CALL, kwargs=pk("grant_call_decided")),
    Route("grants:decision_list_xlsx", STAFF_OF_CALL, kwargs=pk("grant_call_decided")),
    Route(
        "grants:application_create",
        NGO_ON_CALL,
        NGO_ON_CALL,
        kwargs=lambda w: {"call_pk": w.grant_call_fresh.pk},
        data=_application,
        scrape=False,
    ),
    Route("grants:my_applications", NGO_ONLY),
    Route("grants:application_detail", OWN_DRAFT, kwargs=pk("grant_draft")),
    Route(
        "grants:application_edit",
        OWN_DRAFT_WRITE,
        OWN_DRAFT_WRITE,
        kwargs=pk("grant_draft"),
        data=lambda w: {**_application(w), "contact_name": "Muutettu"},
        scrape=False,
    ),
    Route(
        "grants:application_submit",
        POST_ONLY,
        OWN_DRAFT_WRITE,
        kwargs=pk("grant_draft"),
        scrape=False,
    ),
    Route(
        "grants:attachment_add",
        POST_ONLY,
        OWN_DRAFT_WRITE,
        kwargs=pk("grant_draft"),
        scrape=False,
        post_ok=400,
        note="without a file the applicant's form answers 400 naming the field",
    ),
    Route("grants:attachment_download", OWN_DRAFT, kwargs=pk("grant_attachment")),
    Route(
        "grants:review_assign",
        DECIDED_STAFF,
        DECIDED_STAFF,
        kwargs=pk("grant_decided"),
        data=lambda w: {"reviewer": w.staff.pk},
        scrape=False,
    ),
    Route(
        "grants:decision_edit",
        DECIDED_STAFF,
        DECIDED_STAFF,
        kwargs=pk("grant_decided"),
        data=lambda w: {"amount": "3500,00", "decided_on": "20.5.2024"},
    ),
    Route(
        "grants:review_edit",
        REVIEW,
        REVIEW,
        kwargs=pk("grant_review"),
        data=lambda w: {f"score_{w.grant_call_decided.criteria.first().pk}": "4"},
        scrape=False,
    ),
    Route(
        "grants:usage_report_edit",
        REPORT,
        REPORT,
        kwargs=pk("grant_report_open"),
        data=lambda w: {"report": "Toiminta toteutui.", "spent": "4000"},
        scrape=False,
    ),
    Route(
        "grants:usage_report_approve",
        POST_ONLY,
        APPROVE,
        kwargs=pk("grant_report_done"),
        scrape=False,
    ),
    Route("grants:reservation_list", RESERVATIONS),
    Route("grants:reservations_docx", STAFF_PAGE),
]
