"""The access matrix: every route of the site and the API, and who may read and write it.

The intended policy (src/yhdyspinta/organizations/rules.py, DESIGN.md section 9): county staff
read and write the county; a coordinator reads the county and writes her municipality's records;
a board member reads only; an NGO account reads and writes its own organisation only; users of
another county get 404 on the county's records; anonymous users are sent to the login page (the
API answers 401/403); public pages answer everyone. Read-only users get 403 on writes.

Each route names a policy for GET and one for POST (None: the method is not tested, e.g. a
download has no POST). A policy maps each role to a status, OK (the route's success status),
LOGIN (a redirect to the login page) or a set of statuses that are equally right (e.g. {403, 404}
for an NGO account on a county page without a record: either refuses without leaking anything).

The roles: anonymous; outsider (county staff of county B); other_coordinator (coordinator of M2,
for M1's records); ngo (the NGO's user); board (board member of county A); coordinator (of M1,
owner of M1's records); staff (county staff of A, owner of everything in the county); admin
(county admin of A) only where the policy differs from staff (the theme vocabulary, the
hyte coefficient).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

OK = "ok"
LOGIN = "login"
DENY = frozenset({403, 404})
# A create whose payload names M1's records, sent by someone who may create only for another
# owner: a form error (the choice is not offered) or 403 are both refusals.
REFUSED = frozenset({400, 403, 404})
API_ANON = frozenset({401, 403})
# Stored PDFs: 202 while the background task prepares the file, then 200.
PDF_OK = frozenset({200, 202})

ROLES = ("anonymous", "outsider", "other_coordinator", "ngo", "board", "coordinator", "staff")


def policy(**statuses) -> dict:
    missing = set(ROLES) - set(statuses)
    assert not missing, missing
    return statuses


PUBLIC = policy(**dict.fromkeys(ROLES, OK))
LOGGED_IN = {**PUBLIC, "anonymous": LOGIN}
# A page of the user's own county without a particular record (a list, a dashboard): users of
# county B see their own county's page.
COUNTY_PAGE = {**LOGGED_IN, "ngo": frozenset({200, 403, 404})}
# A record of county A (owned by the county or by M1) that every reader of the county reads.
COUNTY_RECORD = {**LOGGED_IN, "outsider": 404, "ngo": 404}
# A record of M1 that only M1's coordinator reads of the coordinators (negotiations, findings).
M1_PRIVATE = {**COUNTY_RECORD, "other_coordinator": 404}
# Writes of a record M1 owns.
WRITE_M1 = {**COUNTY_RECORD, "other_coordinator": 403, "board": 403}
# Writes of an organisation record of M1 (organisations are public to the county's accounts,
# so the NGO sees that M1 exists and is refused with 403).
WRITE_M1_ORG = {**WRITE_M1, "ngo": 403}
# Writes of a record only county staff write.
WRITE_COUNTY = {**WRITE_M1, "coordinator": 403}
# Staff-only writes of a record that the other coordinator does not even read.
WRITE_COUNTY_PRIVATE = {**WRITE_COUNTY, "other_coordinator": 404}
# A staff-only page or create form without a record: staff of county B use their own county's.
STAFF_PAGE = {
    **LOGGED_IN,
    "ngo": DENY,
    "other_coordinator": 403,
    "board": 403,
    "coordinator": 403,
}
# A create form for coordinators (their own municipality) and staff.
CREATE_OWN = {**LOGGED_IN, "ngo": DENY, "board": 403}
# ... and its POST naming M1 as the owner.
CREATE_OWN_M1 = {**CREATE_OWN, "outsider": REFUSED, "other_coordinator": REFUSED}
# A staff-only create POST naming county A's records: county B's staff are refused.
CREATE_COUNTY_A = {**STAFF_PAGE, "outsider": REFUSED}
# POST-only routes answer 405 to a GET (after the login check).
POST_ONLY = {**dict.fromkeys(ROLES, 405), "anonymous": LOGIN}
# Comments: staff and coordinators write on what they read; board members read only.
COMMENT = {**COUNTY_RECORD, "board": 403}
# The theme vocabulary and the hyte coefficient: county admins only.
ADMIN_PAGE = {**STAFF_PAGE, "outsider": 403, "staff": 403, "admin": OK}
ADMIN_WRITE = {**WRITE_COUNTY, "staff": 403, "admin": OK}
# A county's own theme: every account of the county reads the vocabulary (an NGO names the themes
# of its activity), so the NGO is refused the edit with 403; other counties do not see it (404).
ADMIN_WRITE_THEME = {**ADMIN_WRITE, "ngo": 403}

# The API: anonymous 401/403, outsiders 404 on records, read-only 403 on writes.
API_PUBLIC = PUBLIC
API_COUNTY_LIST = {**PUBLIC, "anonymous": API_ANON}
API_RECORD = {**API_COUNTY_LIST, "outsider": 404, "ngo": 404}
API_WRITE_M1 = {**API_RECORD, "other_coordinator": 403, "board": 403}
API_CREATE_M1 = {
    **API_COUNTY_LIST,
    "outsider": REFUSED,
    "other_coordinator": REFUSED,
    "ngo": REFUSED,
    "board": REFUSED,
}


@dataclass(frozen=True)
class Route:
    """One URL name, how to fill it from the matrix world, and who may do what.

    `data`: the POST payload (merged over the form as the owner sees it, when `scrape`);
    `query`: GET parameters; `get_ok`/`post_ok`: the success statuses; `hidden`: texts that
    the roles in `hidden_from` must not receive (e.g. people's e-mail addresses)."""

    name: str
    get: dict | None
    post: dict | None = None
    kwargs: Callable = lambda w: {}
    query: Callable = lambda w: {}
    data: Callable = lambda w: {}
    scrape: bool = True
    get_ok: int | frozenset = 200
    post_ok: int = 302
    api: bool = False
    method: str = "post"  # the API's write method on detail routes: "patch"
    hidden: Callable = lambda w: []
    hidden_from: tuple = ()  # NGO on list pages: 200 is right only without M1's records
    note: str = ""
    roles: tuple = ROLES
    xfail: dict = field(default_factory=dict)  # {(role, method): reason}


def pk(name):
    return lambda w: {"pk": w.obj[name].pk}


def NGO_NOT_M1(**attribute):  # noqa: N802 (reads as a constant in the table)
    """The NGO's copy of a list page must not show the named record of M1 (object=attribute)."""
    ((name, attr),) = attribute.items()
    return {"hidden": lambda w: [getattr(w.obj[name], attr)], "hidden_from": ("ngo",)}


def _people_email(w):
    return [w.person.email]


# Routes the matrix does not cover, with the reason.
SKIPPED = {
    "admin": "Django's admin, guarded by is_staff; not part of the county policy",
    "login": "the login page itself (covered by tests/web/test_security.py)",
    "logout": "logging out (POST only, covered by tests/web/test_security.py)",
    "set_language": "Django's language switch (i18n), no records",
    "static": "static files",
}


def _m1(w):
    return w.m1.pk


ROUTES = [
    # --- web ------------------------------------------------------------------------------
    Route("web:dashboard", LOGGED_IN),
    Route("web:health", PUBLIC),
    Route("web:robots", PUBLIC),
    # --- organizations --------------------------------------------------------------------
    Route("organizations:organization_list", LOGGED_IN),
    Route(
        "organizations:organization_create",
        STAFF_PAGE,
        CREATE_COUNTY_A,
        data=lambda w: {
            "kind": "municipality",
            "name_fi": "Uusi kunta",
            "code": "999",
            "parent_county": w.county.pk,
        },
    ),
    Route(
        "organizations:organization_detail",
        {**COUNTY_RECORD, "ngo": OK},
        kwargs=lambda w: {"pk": w.m1.pk},
        hidden=_people_email,
        hidden_from=("ngo",),
        note="organisations are public to the county's accounts; people are not to the NGO",
    ),
    Route(
        "organizations:organization_edit",
        WRITE_M1_ORG,
        WRITE_M1_ORG,
        kwargs=lambda w: {"pk": w.m1.pk},
        data=lambda w: {"name_sv": "Kommun Ett"},
    ),
    Route("organizations:person_list", LOGGED_IN),
    Route(
        "organizations:person_create",
        WRITE_M1_ORG,
        WRITE_M1_ORG,
        query=lambda w: {"organization": w.m1.pk},
        data=lambda w: {
            "first_name": "Uusi",
            "last_name": "Henkilö",
            "organization": w.m1.pk,
            "email": "uusi@example.fi",
        },
    ),
    Route("organizations:person_detail", COUNTY_RECORD, kwargs=pk("person")),
    Route(
        "organizations:person_edit",
        WRITE_M1,
        WRITE_M1,
        kwargs=pk("person"),
        data=lambda w: {"title": "suunnittelija"},
    ),
    Route(
        "organizations:role_create",
        WRITE_M1,
        WRITE_M1,
        kwargs=lambda w: {"person_pk": w.person.pk},
        data=lambda w: {"kind": "coordinator", "organization": w.m1.pk, "theme": w.theme.pk},
    ),
    Route(
        "organizations:role_edit",
        WRITE_M1,
        WRITE_M1,
        kwargs=pk("role"),
        data=lambda w: {"description": "Muutettu"},
    ),
    Route("organizations:role_delete", WRITE_M1, WRITE_M1, kwargs=pk("role"), scrape=False),
    Route(
        "organizations:directory",
        {**COUNTY_PAGE, "ngo": frozenset({200, 403, 404})},
        hidden=_people_email,
        hidden_from=("ngo",),
        note="the NGO reads its own organisation only: no people of M1",
    ),
    Route(
        "organizations:counterpart_create",
        {**CREATE_OWN, "ngo": 403},
        {**CREATE_OWN_M1, "ngo": 403},
        data=lambda w: {
            "theme": w.county_theme.pk,
            "municipality": w.m1.pk,
            "county_person": w.county_person.pk,
            "municipality_person": w.person.pk,
        },
    ),
    Route(
        "organizations:counterpart_edit",
        WRITE_M1,
        WRITE_M1,
        kwargs=pk("counterpart"),
        data=lambda w: {"note": "Muutettu"},
    ),
    Route(
        "organizations:counterpart_delete",
        WRITE_M1,
        WRITE_M1,
        kwargs=pk("counterpart"),
        scrape=False,
    ),
    Route("organizations:theme_list", LOGGED_IN),
    Route(
        "organizations:theme_create",
        ADMIN_PAGE,
        ADMIN_PAGE,
        data=lambda w: {"slug": "uusi-teema", "name_fi": "Uusi teema", "order": "0"},
        roles=(*ROLES, "admin"),
    ),
    Route(
        "organizations:theme_edit",
        ADMIN_WRITE_THEME,
        ADMIN_WRITE_THEME,
        kwargs=pk("county_theme"),
        data=lambda w: {"name_sv": "Eget tema"},
        roles=(*ROLES, "admin"),
    ),
    Route("organizations:body_list", LOGGED_IN),
    Route(
        "organizations:body_create",
        STAFF_PAGE,
        CREATE_COUNTY_A,
        data=lambda w: {"organization": w.m1.pk, "kind": "other", "name_fi": "Uusi ryhmä"},
    ),
    Route("organizations:body_detail", COUNTY_RECORD, kwargs=pk("body")),
    Route(
        "organizations:body_edit",
        WRITE_M1,
        WRITE_M1,
        kwargs=pk("body"),
        data=lambda w: {"description": "Muutettu"},
    ),
    Route(
        "organizations:membership_create",
        WRITE_M1,
        WRITE_M1,
        kwargs=lambda w: {"body_pk": w.body.pk},
        data=lambda w: {"person": w.person.pk, "position": "member"},
    ),
    # --- rounds ---------------------------------------------------------------------------
    Route("rounds:round_list", COUNTY_PAGE),
    Route(
        "rounds:round_create",
        STAFF_PAGE,
        STAFF_PAGE,
        data=lambda w: {"title": "Kevät", "slug": "kevat"},
        note="county B's staff create a round of their own county",
    ),
    Route("rounds:round_detail", COUNTY_RECORD, kwargs=pk("round")),
    Route(
        "rounds:round_edit",
        WRITE_COUNTY,
        WRITE_COUNTY,
        kwargs=pk("round"),
        data=lambda w: {"period": "2025"},
    ),
    Route(
        "rounds:round_prepare",
        POST_ONLY,
        WRITE_COUNTY,
        kwargs=pk("round"),
        scrape=False,
        data=lambda w: {"title": "Seuraava", "slug": "seuraava"},
    ),
    Route(
        "rounds:finding_create",
        WRITE_COUNTY,
        WRITE_COUNTY,
        kwargs=lambda w: {"round_pk": w.round.pk},
        data=lambda w: {"kind": "strength", "text": "Uusi havainto", "all_municipalities": "on"},
    ),
    Route(
        "rounds:action_create",
        WRITE_COUNTY,
        WRITE_COUNTY,
        kwargs=lambda w: {"round_pk": w.round.pk},
        data=lambda w: {"text": "Uusi toimenpide", "owner": w.m1.pk},
    ),
    Route("rounds:negotiation_detail", M1_PRIVATE, kwargs=pk("negotiation")),
    Route(
        "rounds:negotiation_edit",
        WRITE_COUNTY_PRIVATE,
        WRITE_COUNTY_PRIVATE,
        kwargs=pk("negotiation"),
        data=lambda w: {"place": "Kunnantalo"},
    ),
    Route("rounds:finding_detail", M1_PRIVATE, kwargs=pk("finding")),
    Route(
        "rounds:finding_edit",
        WRITE_COUNTY_PRIVATE,
        WRITE_COUNTY_PRIVATE,
        kwargs=pk("finding"),
        data=lambda w: {"text": "Muutettu havainto"},
    ),
    Route(
        "rounds:action_board", COUNTY_PAGE, hidden=lambda w: [w.action.text], hidden_from=("ngo",)
    ),
    Route("rounds:action_detail", COUNTY_RECORD, kwargs=pk("action")),
    Route(
        "rounds:action_edit",
        WRITE_COUNTY,
        WRITE_COUNTY,
        kwargs=pk("action"),
        data=lambda w: {"text": "Muutettu toimenpide"},
    ),
    Route(
        "rounds:action_status",
        WRITE_M1,
        WRITE_M1,
        kwargs=pk("action"),
        data=lambda w: {"status": "in_progress", "comment": "Aloitettu"},
    ),
    Route("rounds:my_items", COUNTY_PAGE),
    Route(
        "rounds:request_list", COUNTY_PAGE, hidden=lambda w: [w.request.text], hidden_from=("ngo",)
    ),
    Route(
        "rounds:request_create",
        CREATE_OWN,
        CREATE_OWN_M1,
        data=lambda w: {"municipality": w.m1.pk, "kind": "wish", "text": "Uusi toive"},
    ),
    Route("rounds:request_detail", COUNTY_RECORD, kwargs=pk("request")),
    Route(
        "rounds:request_edit",
        WRITE_M1,
        WRITE_M1,
        kwargs=pk("request"),
        data=lambda w: {"text": "Muutettu toive"},
    ),
    Route(
        "rounds:request_answer",
        WRITE_COUNTY,
        WRITE_COUNTY,
        kwargs=pk("request"),
        data=lambda w: {"status": "answered", "answer": "Vastaus"},
    ),
    Route("rounds:municipality_history", M1_PRIVATE, kwargs=lambda w: {"pk": w.m1.pk}),
    Route(
        "rounds:comment_create",
        POST_ONLY,
        COMMENT,
        kwargs=lambda w: {"kind": "action", "pk": w.action.pk},
        scrape=False,
        data=lambda w: {"text": "Uusi kommentti"},
    ),
    Route(
        "rounds_summary:download",
        COUNTY_RECORD,
        kwargs=lambda w: {"slug": w.round.slug, "fmt": "docx"},
        hidden=lambda w: [w.finding_m2.text],
        hidden_from=("coordinator",),
        note="M1's coordinator gets 404 on M2's finding page: the summary file must agree",
    ),
    Route(
        "rounds_importing:upload",
        WRITE_COUNTY,
        WRITE_COUNTY,
        kwargs=lambda w: {"slug": w.round.slug},
        scrape=False,
        post_ok=400,
        note="the POST sends no file: the owner gets the form error, the others are refused",
    ),
    Route(
        "rounds_importing:template",
        WRITE_COUNTY,
        kwargs=lambda w: {"slug": w.round.slug},
    ),
    Route(
        "rounds_importing:preview",
        {**WRITE_COUNTY, "staff": 404},
        kwargs=lambda w: {"slug": w.round.slug, "token": "0" * 32},
        note="no upload waits in the session: 404 even for the owner",
    ),
    Route("rounds_feeds:subscription", {**COUNTY_PAGE, "ngo": 404}),
    Route(
        "rounds_feeds:regenerate",
        POST_ONLY,
        {**COUNTY_PAGE, "ngo": 404},
        scrape=False,
    ),
    Route(
        "rounds_feeds:calendar_feed",
        PUBLIC,
        kwargs=lambda w: {"token": w.calendar_token.token},
        note="the token is the key (no session): everyone holding it reads the coordinator's feed",
    ),
]

ROUTES += [
    # --- networks -------------------------------------------------------------------------
    Route(
        "networks:network_list",
        COUNTY_PAGE,
        hidden=lambda w: [w.network.name],
        hidden_from=("ngo",),
    ),
    Route(
        "networks:network_create",
        CREATE_OWN,
        CREATE_OWN_M1,
        data=lambda w: {
            "owner": w.m1.pk,
            "name": "Uusi verkosto",
            "purpose": "Uuden verkoston tarkoitus.",
            "themes": [w.theme.pk],
        },
    ),
    Route("networks:network_detail", COUNTY_RECORD, kwargs=pk("network")),
    Route(
        "networks:network_edit",
        WRITE_M1,
        WRITE_M1,
        kwargs=pk("network"),
        data=lambda w: {"purpose": "Muutettu tarkoitus."},
    ),
    Route("networks:network_delete", WRITE_M1, WRITE_M1, kwargs=pk("network"), scrape=False),
    Route(
        "networks:network_members",
        WRITE_M1,
        WRITE_M1,
        kwargs=pk("network"),
        scrape=False,
        data=lambda w: {"kind": "organization", "org-organization": w.ngo.pk, "org-role": "member"},
    ),
    Route(
        "networks:member_remove",
        POST_ONLY,
        WRITE_M1,
        kwargs=lambda w: {"pk": w.network.pk, "kind": "organization", "member_pk": w.member.pk},
        scrape=False,
    ),
    Route("networks:round_list", COUNTY_PAGE),
    Route(
        "networks:round_create",
        STAFF_PAGE,
        STAFF_PAGE,
        data=lambda w: {"name": "Kevät 2025", "due_date": "2025-05-31"},
        note="county B's staff create a collection round of their own county",
    ),
    Route("networks:round_detail", COUNTY_RECORD, kwargs=pk("collection")),
    Route(
        "networks:submission_update",
        POST_ONLY,
        WRITE_M1,
        kwargs=lambda w: {"pk": w.collection.pk, "municipality_pk": w.m1.pk},
        scrape=False,
        data=lambda w: {"status": "in_progress", "note": "Työn alla"},
    ),
    Route("networks:template", COUNTY_PAGE),
    Route("networks:export", COUNTY_PAGE, **NGO_NOT_M1(network="name")),
    Route(
        "networks:upload",
        CREATE_OWN,
        CREATE_OWN_M1,
        scrape=False,
        data=lambda w: {"organization": w.m1.pk},
        post_ok=400,
        note="the POST sends no file: the owner gets the form error, the others are refused",
    ),
    Route("networks:import_preview", COUNTY_RECORD, kwargs=pk("batch")),
    Route(
        "networks:import_confirm",
        POST_ONLY,
        WRITE_M1,
        kwargs=pk("batch"),
        scrape=False,
    ),
    Route(
        "networks:import_discard",
        POST_ONLY,
        WRITE_M1,
        kwargs=pk("batch"),
        scrape=False,
    ),
    Route(
        "networks:overlap_list",
        COUNTY_PAGE,
        hidden=lambda w: [w.network.name],
        hidden_from=("ngo",),
    ),
    Route(
        "networks:overlap_decide",
        POST_ONLY,
        {**WRITE_M1, "outsider": 404, "ngo": 404},
        scrape=False,
        data=lambda w: {
            "a": w.network.pk,
            "b": w.network_twin.pk,
            "decision": "not_overlap",
            "reason": "Eri kohderyhmät",
        },
    ),
    Route(
        "networks:information_flow",
        COUNTY_PAGE,
        hidden=lambda w: [w.network.name],
        hidden_from=("ngo",),
    ),
    # --- indicators -----------------------------------------------------------------------
    Route("indicators:public_list", PUBLIC),
    Route("indicators:public_indicator", PUBLIC, kwargs=pk("indicator")),
    Route("indicators:explorer", LOGGED_IN),
    Route(
        "indicators:explorer_csv",
        {**LOGGED_IN, "outsider": frozenset({200, 400})},
        query=lambda w: {"indicators": w.indicator.pk, "areas": w.area.pk},
    ),
    Route(
        "indicators:explorer_xlsx",
        {**LOGGED_IN, "outsider": frozenset({200, 400})},
        query=lambda w: {"indicators": w.indicator.pk, "areas": w.area.pk},
    ),
    Route("indicators:card_list", COUNTY_PAGE),
    Route("indicators:card", COUNTY_RECORD, kwargs=lambda w: {"pk": w.m1.pk}),
    Route("indicators:card_pdf", COUNTY_RECORD, kwargs=lambda w: {"pk": w.m1.pk}, get_ok=PDF_OK),
    Route("indicators:import_list", STAFF_PAGE),
    Route(
        "indicators:import_file",
        STAFF_PAGE,
        STAFF_PAGE,
        scrape=False,
        get_ok=302,
        post_ok=400,
        note="the POST sends no file: the owner gets the form error, the others are refused",
    ),
    Route(
        "indicators:import_api",
        STAFF_PAGE,
        STAFF_PAGE,
        scrape=False,
        get_ok=302,
        data=lambda w: {
            "indicators": "683",
            "year_from": "2020",
            "year_to": "2023",
            "genders": ["total"],
        },
        note="queues an import (the database task backend): no network in the test",
    ),
    Route(
        "indicators:import_own",
        STAFF_PAGE,
        STAFF_PAGE,
        scrape=False,
        get_ok=302,
        post_ok=400,
        note="the POST sends no file: the owner gets the form error, the others are refused",
    ),
    Route("indicators:import_own_template", STAFF_PAGE),
    Route(
        "indicators:import_detail",
        {**STAFF_PAGE, "outsider": 404},
        kwargs=pk("import_run"),
    ),
    # --- indicators: reporting ------------------------------------------------------------
    Route("indicators_reporting:goal_list", COUNTY_PAGE),
    Route(
        "indicators_reporting:goal_create",
        STAFF_PAGE,
        STAFF_PAGE,
        data=lambda w: {"name_fi": "Uusi tavoite", "order": "0"},
    ),
    Route("indicators_reporting:goal_detail", COUNTY_RECORD, kwargs=pk("goal")),
    Route(
        "indicators_reporting:goal_edit",
        WRITE_COUNTY,
        WRITE_COUNTY,
        kwargs=pk("goal"),
        data=lambda w: {"description": "Muutettu"},
    ),
    Route(
        "indicators_reporting:target_create",
        WRITE_COUNTY,
        WRITE_COUNTY,
        kwargs=pk("goal"),
        data=lambda w: {
            "indicator": w.indicator2.pk,
            "target_value": "7",
            "target_year": "2031",
            "order": "1",
        },
    ),
    Route(
        "indicators_reporting:target_edit",
        WRITE_COUNTY,
        WRITE_COUNTY,
        kwargs=pk("target"),
        data=lambda w: {"note": "Muutettu"},
    ),
    Route(
        "indicators_reporting:target_delete",
        WRITE_COUNTY,
        WRITE_COUNTY,
        kwargs=pk("target"),
        scrape=False,
    ),
    Route("indicators_reporting:template_list", COUNTY_PAGE),
    Route(
        "indicators_reporting:template_create",
        STAFF_PAGE,
        STAFF_PAGE,
        data=lambda w: {"name": "Uusi pohja", "years_shown": "5"},
    ),
    Route("indicators_reporting:template_detail", COUNTY_RECORD, kwargs=pk("template")),
    Route(
        "indicators_reporting:template_edit",
        WRITE_COUNTY,
        WRITE_COUNTY,
        kwargs=pk("template"),
        data=lambda w: {"description": "Muutettu"},
    ),
    Route(
        "indicators_reporting:template_approve",
        WRITE_COUNTY,
        WRITE_COUNTY,
        kwargs=pk("template"),
        data=lambda w: {"approved_at": "2024-05-01", "meeting": "Strateginen kokous"},
    ),
    Route(
        "indicators_reporting:new_version",
        POST_ONLY,
        WRITE_COUNTY,
        kwargs=pk("template"),
        scrape=False,
    ),
    Route(
        "indicators_reporting:section_create",
        WRITE_COUNTY,
        WRITE_COUNTY,
        kwargs=pk("template"),
        data=lambda w: {"title": "Uusi osio", "order": "1", "indicators": [w.indicator.pk]},
    ),
    Route(
        "indicators_reporting:section_edit",
        WRITE_COUNTY,
        WRITE_COUNTY,
        kwargs=pk("section"),
        data=lambda w: {"intro": "Muutettu"},
    ),
    Route(
        "indicators_reporting:section_delete",
        WRITE_COUNTY,
        WRITE_COUNTY,
        kwargs=pk("section"),
        scrape=False,
    ),
    Route(
        "indicators_reporting:commentary_edit",
        WRITE_M1,
        WRITE_M1,
        kwargs=lambda w: {"pk": w.section.pk, "org_pk": w.m1.pk, "year": 2024},
        data=lambda w: {"text": "Muutettu kommentti"},
    ),
    Route(
        "indicators_reporting:report",
        COUNTY_RECORD,
        kwargs=lambda w: {"pk": w.template.pk, "org_pk": w.m1.pk},
    ),
    Route(
        "indicators_reporting:report_pdf",
        COUNTY_RECORD,
        kwargs=lambda w: {"pk": w.template.pk, "org_pk": w.m1.pk},
        get_ok=PDF_OK,
    ),
    Route(
        "indicators_reporting:report_xlsx",
        COUNTY_RECORD,
        kwargs=lambda w: {"pk": w.template.pk, "org_pk": w.m1.pk},
    ),
    Route(
        "indicators_reporting:publish",
        POST_ONLY,
        WRITE_M1,
        kwargs=lambda w: {"pk": w.template.pk, "org_pk": w.m1.pk},
        scrape=False,
        data=lambda w: {"is_public": "0", "year": "2024"},
    ),
    Route(
        "indicators_reporting:public_report",
        PUBLIC,
        kwargs=lambda w: {"slug": w.publication.slug},
    ),
    Route(
        "indicators_reporting:public_pdf",
        PUBLIC,
        kwargs=lambda w: {"slug": w.publication.slug},
        get_ok=PDF_OK,
    ),
    Route(
        "indicators_reporting:public_xlsx", PUBLIC, kwargs=lambda w: {"slug": w.publication.slug}
    ),
    Route("indicators_reporting:trend_review", COUNTY_PAGE),
    Route("indicators_reporting:trend_review_pdf", COUNTY_PAGE),
    Route("indicators_reporting:coefficient", COUNTY_PAGE),
    Route(
        "indicators_reporting:coefficient_add",
        ADMIN_PAGE,
        ADMIN_PAGE,
        data=lambda w: {"indicator": w.indicator2.pk, "group": "Uusi", "order": "1"},
        roles=(*ROLES, "admin"),
    ),
    Route(
        "indicators_reporting:coefficient_delete",
        ADMIN_WRITE,
        ADMIN_WRITE,
        kwargs=pk("coefficient"),
        scrape=False,
        roles=(*ROLES, "admin"),
    ),
    # --- the API --------------------------------------------------------------------------
    Route("api-root", API_COUNTY_LIST, api=True),
    Route("api-schema", API_PUBLIC, api=True, note="the OpenAPI schema is public"),
    Route("organization-list", API_PUBLIC, api=True),
    Route("organization-detail", API_PUBLIC, api=True, kwargs=lambda w: {"pk": w.m1.pk}),
    Route("theme-list", API_PUBLIC, api=True),
    Route("theme-detail", API_PUBLIC, api=True, kwargs=lambda w: {"pk": w.theme.pk}),
    Route(
        "person-list",
        API_COUNTY_LIST,
        API_CREATE_M1,
        api=True,
        post_ok=201,
        data=lambda w: {"first_name": "Uusi", "last_name": "Henkilö", "organization": w.m1.pk},
    ),
    Route(
        "person-detail",
        API_RECORD,
        API_WRITE_M1,
        api=True,
        method="patch",
        post_ok=200,
        kwargs=pk("person"),
        data=lambda w: {"title": "suunnittelija"},
    ),
    Route("round-list", {**API_COUNTY_LIST, "ngo": frozenset({200, 403, 404})}, api=True),
    Route("round-detail", API_RECORD, api=True, kwargs=pk("round")),
    Route("round-finding-list", {**API_COUNTY_LIST, "ngo": frozenset({200, 403, 404})}, api=True),
    Route(
        "round-finding-detail",
        {**API_RECORD, "other_coordinator": 404},
        api=True,
        kwargs=pk("finding"),
    ),
    Route("round-action-list", {**API_COUNTY_LIST, "ngo": frozenset({200, 403, 404})}, api=True),
    Route("round-action-detail", API_RECORD, api=True, kwargs=pk("action")),
    Route(
        "round-action-status",
        {**dict.fromkeys(ROLES, 405), "anonymous": API_ANON},
        API_WRITE_M1,
        api=True,
        post_ok=200,
        kwargs=pk("action"),
        data=lambda w: {"status": "in_progress", "comment": "Aloitettu"},
    ),
    Route("round-request-list", {**API_COUNTY_LIST, "ngo": frozenset({200, 403, 404})}, api=True),
    Route("round-request-detail", API_RECORD, api=True, kwargs=pk("request")),
    Route(
        "network-list",
        {**API_COUNTY_LIST, "ngo": frozenset({200, 403, 404})},
        API_CREATE_M1,
        api=True,
        post_ok=201,
        data=lambda w: {"owner": w.m1.pk, "name": "API-verkosto", "purpose": "Tarkoitus."},
    ),
    Route(
        "network-detail",
        API_RECORD,
        API_WRITE_M1,
        api=True,
        method="patch",
        post_ok=200,
        kwargs=pk("network"),
        data=lambda w: {"purpose": "Muutettu."},
    ),
    Route("network-overlap-list", {**API_COUNTY_LIST, "ngo": frozenset({200, 403, 404})}, api=True),
]

ROUTES += [
    # --- plans ----------------------------------------------------------------------------
    Route("plans:plan_list", COUNTY_PAGE),
    Route(
        "plans:plan_create",
        CREATE_OWN,
        CREATE_OWN_M1,
        data=lambda w: {
            "owner": w.m1.pk,
            "title": "Uusi suunnitelma",
            "slug": "uusi-suunnitelma",
            "kind": "broad",
            "period_start": 2025,
            "period_end": 2028,
            "status": "preparation",
        },
    ),
    Route("plans:plan_detail", COUNTY_RECORD, kwargs=pk("plan")),
    Route(
        "plans:plan_edit",
        WRITE_M1,
        WRITE_M1,
        kwargs=pk("plan"),
        data=lambda w: {"title": "Muutettu suunnitelma"},
    ),
    Route(
        "plans:milestone_create",
        WRITE_M1,
        WRITE_M1,
        kwargs=lambda w: {"plan_pk": w.plan.pk},
        data=lambda w: {"kind": "planning", "title": "Uusi", "due": "1/2024", "status": "planned"},
    ),
    Route(
        "plans:milestone_edit",
        WRITE_M1,
        WRITE_M1,
        kwargs=pk("plan_milestone"),
        data=lambda w: {"title": "Muutettu"},
    ),
    Route(
        "plans:goal_create",
        WRITE_M1,
        WRITE_M1,
        kwargs=lambda w: {"plan_pk": w.plan.pk},
        data=lambda w: {"title": "Uusi tavoite"},
    ),
    Route(
        "plans:goal_edit",
        WRITE_M1,
        WRITE_M1,
        kwargs=pk("plan_goal"),
        data=lambda w: {"title": "Muutettu tavoite"},
    ),
    Route(
        "plans:measure_create",
        WRITE_M1,
        WRITE_M1,
        kwargs=lambda w: {"goal_pk": w.plan_goal.pk},
        data=lambda w: {"title": "Uusi toimenpide", "responsible_organization": w.m1.pk},
    ),
    Route(
        "plans:measure_edit",
        WRITE_M1,
        WRITE_M1,
        kwargs=pk("plan_measure"),
        data=lambda w: {"title": "Muutettu toimenpide"},
    ),
    Route(
        "plans:measure_indicator_create",
        WRITE_M1,
        WRITE_M1,
        kwargs=lambda w: {"measure_pk": w.plan_measure.pk},
        data=lambda w: {"kind": "process", "name": "Uusi mittari"},
    ),
    Route(
        "plans:measure_indicator_edit",
        WRITE_M1,
        WRITE_M1,
        kwargs=pk("plan_indicator"),
        data=lambda w: {"name": "Muutettu mittari"},
    ),
    Route(
        "plans:statement_create",
        WRITE_M1,
        WRITE_M1,
        kwargs=lambda w: {"plan_pk": w.plan.pk},
        data=lambda w: {"body": w.body.pk, "received": "1.3.2025", "text": "Uusi lausunto"},
    ),
    Route(
        "plans:statement_edit",
        WRITE_M1,
        WRITE_M1,
        kwargs=pk("plan_statement"),
        data=lambda w: {"response": "Vastine", "responded_on": "2.3.2025"},
    ),
]

# Cases where today's code disagrees with the policy and another helper of issue 8 is fixing it:
# {(route name, role, "GET" or "POST"): reason}.
XFAILS: dict[tuple[str, str, str], str] = {}
