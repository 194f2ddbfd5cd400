"""The access matrix's routes of grants (tests/web/access_matrix.py collects them).

Applicants (the NGO) read and write their own organisation's applications only; county staff
read everything of the county's calls; the board member reads what she is assigned to review
(the decided application); coordinators read the call and the decisions about activity in their
municipality, never the applications. Another association's application: tests/grants/
test_access.py."""

from web.matrix_policy import (
    API_ANON,
    API_PUBLIC,
    COUNTY_PAGE,
    LOGGED_IN,
    LOGIN,
    OK,
    PDF_OK,
    POST_ONLY,
    ROLES,
    STAFF_PAGE,
    Route,
    pk,
)

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
# A registration of county A: its staff mark the organisation checked; county B's staff do not
# see it (their own county's list has other registrations).
REGISTRATION_CHECK = {**STAFF_PAGE, "outsider": 404}
# The API: every logged-in user lists what she reads (the NGO her own organisation's); only an
# association's account creates; the own draft is read by the NGO and staff, changed and
# submitted by the NGO only; the rest of the county does not see it (404).
API_LIST = {**dict.fromkeys(ROLES, OK), "anonymous": API_ANON}
API_CREATE = {**dict.fromkeys(ROLES, 403), "anonymous": API_ANON, "ngo": OK}
API_OWN_DRAFT = {**dict.fromkeys(ROLES, 404), "anonymous": API_ANON, "ngo": OK, "staff": OK}
API_OWN_DRAFT_WRITE = {**API_OWN_DRAFT, "staff": 403}


def _api_application(w):
    return {
        "call": w.grant_call_fresh.pk,
        "business_id": "1234567-1",
        "activity_description": "Vertaisryhmät",
        "themes": [w.theme.pk],
        "municipalities": [w.m1.pk],
        "target_groups": ["older"],
        "requested_amount": "5000.00",
        "budget": [{"item": "Tilat", "amount": "5000.00"}],
    }


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
    Route(
        "grants:decision_list_docx",
        STAFF_OF_CALL,
        kwargs=pk("grant_call_decided"),
        get_ok=PDF_OK,
    ),
    Route(
        "grants:decision_list_xlsx",
        STAFF_OF_CALL,
        kwargs=pk("grant_call_decided"),
        get_ok=PDF_OK,
    ),
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
    Route("grants:registration_list", STAFF_PAGE),
    Route(
        "grants:registration_check",
        POST_ONLY,
        REGISTRATION_CHECK,
        kwargs=pk("grant_registration"),
        scrape=False,
    ),
    Route("grants:reservations_docx", STAFF_PAGE, get_ok=PDF_OK),
    Route(
        "grants:register",
        API_PUBLIC,
        API_PUBLIC,
        post_ok=200,
        scrape=False,
        data=lambda w: {
            "first_name": "Aino",
            "last_name": "Aktiivinen",
            "email": "aino@example.fi",
            "business_id": "1234567-1",
            "password1": "vahva-salasana-2024",
            "password2": "vahva-salasana-2024",
        },
        note="public: anyone may register (the answer is the same for a known address)",
    ),
    Route(
        "grants:register_confirm",
        dict.fromkeys(ROLES, 400),
        kwargs=lambda w: {"token": "not-a-token"},
        note="a broken link is a clear page with 400 for everyone",
    ),
    Route("grant-call-list", API_PUBLIC, api=True),
    Route("grant-call-detail", API_PUBLIC, api=True, kwargs=pk("grant_call")),
    Route("grant-decision-list", API_PUBLIC, api=True),
    Route("grant-decision-detail", API_PUBLIC, api=True, kwargs=pk("grant_decision")),
    Route(
        "grant-application-list",
        API_LIST,
        API_CREATE,
        api=True,
        post_ok=201,
        data=_api_application,
        note="POST creates a draft in the call the NGO has not applied to",
    ),
    Route(
        "grant-application-detail",
        API_OWN_DRAFT,
        API_OWN_DRAFT_WRITE,
        api=True,
        method="patch",
        post_ok=200,
        kwargs=pk("grant_draft"),
        data=lambda w: {"contact_name": "Muutettu rajapinnasta"},
    ),
    Route(
        "grant-application-submit",
        None,
        API_OWN_DRAFT_WRITE,
        api=True,
        post_ok=200,
        kwargs=pk("grant_draft"),
    ),
]

# Staff's pages: calls, projects and reservations (county staff only; staff of county B are
# refused on county A's records, and their own county's create forms are theirs).
STAFF_ON_CALL = {**STAFF_OF_CALL}
PROJECT = {
    **LOGGED_IN,
    "outsider": 404,
    "ngo": 404,
    "coordinator": 403,
    "other_coordinator": 403,
    "board": 403,
}
ROUTES += [
    Route(
        "grants:call_create",
        STAFF_PAGE,
        STAFF_PAGE,
        data=lambda w: {
            "kind": "partnership",
            "year": "2025",
            "title": "Kumppanuusavustus 2025",
            "budget": "50000",
            "themes": [w.theme.pk],
            "opens": "1.1.2025",
            "closes": "28.2.2025",
            "min_amount": "0",
            "max_amount": "20000",
            "criteria_rows": "Vaikuttavuus; 2",
        },
        scrape=False,
        note="the outsider creates a call for her own county",
    ),
    Route(
        "grants:call_edit",
        STAFF_ON_CALL,
        STAFF_ON_CALL,
        kwargs=pk("grant_call"),
        data=lambda w: {"title": "Avoin haku (muutettu)"},
    ),
    Route("grants:distribution", STAFF_ON_CALL, kwargs=pk("grant_call_decided")),
    Route(
        "grants:project_create",
        STAFF_PAGE,
        STAFF_PAGE,
        data=lambda w: {"name": "Uusi hanke", "starts": "2025", "ends": "2026"},
        scrape=False,
    ),
    Route(
        "grants:project_edit",
        PROJECT,
        PROJECT,
        kwargs=pk("grant_project"),
        data=lambda w: {"name": "Yhteinen hanke (muutettu)"},
    ),
    Route(
        "grants:reservation_add",
        PROJECT,
        PROJECT,
        kwargs=pk("grant_project"),
        data=lambda w: {"funder": w.county.pk, "year": "2025", "amount": "1000"},
        scrape=False,
    ),
]
