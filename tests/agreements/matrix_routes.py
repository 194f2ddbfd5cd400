"""The access matrix's routes of agreements (tests/web/matrix_modules.py collects them).

A coordinator reads only the agreements her municipality is a party to (the other
coordinator gets 404) and comments on their rows; the board reads; county staff write."""

from web.matrix_policy import (
    API_COUNTY_LIST,
    API_RECORD,
    COUNTY_PAGE,
    CREATE_COUNTY_A,
    M1_PRIVATE,
    PDF_OK,
    POST_ONLY,
    STAFF_PAGE,
    WRITE_COUNTY_PRIVATE,
    Route,
    pk,
)

NOT_OTHERS = {"hidden": lambda w: [w.agreement.title], "hidden_from": ("ngo", "other_coordinator")}
COMMENT_M1 = {**M1_PRIVATE, "board": 403}
STAFF_FOLLOW_UP = {**STAFF_PAGE, "outsider": 404}
API_M1_PRIVATE = {**API_RECORD, "other_coordinator": 404}
API_WRITE_STAFF = {**API_M1_PRIVATE, "board": 403, "coordinator": 403}

ROUTES = [
    Route("agreements:agreement_list", COUNTY_PAGE, **NOT_OTHERS),
    Route(
        "agreements:agreement_create",
        STAFF_PAGE,
        CREATE_COUNTY_A,
        data=lambda w: {
            "kind": "partnership",
            "title": "Uusi kumppanuussopimus",
            "parties": [w.m1.pk],
            "status": "in_preparation",
        },
        note="county B's staff are not offered M1 as a party",
    ),
    Route("agreements:agreement_detail", M1_PRIVATE, kwargs=pk("agreement")),
    Route(
        "agreements:agreement_edit",
        WRITE_COUNTY_PRIVATE,
        WRITE_COUNTY_PRIVATE,
        kwargs=pk("agreement"),
        data=lambda w: {"note": "Muutettu huomautus"},
    ),
    Route("agreements:agreement_document", M1_PRIVATE, kwargs=pk("agreement")),
    Route(
        "agreements:annex_create",
        WRITE_COUNTY_PRIVATE,
        WRITE_COUNTY_PRIVATE,
        kwargs=pk("agreement"),
        data=lambda w: {"theme": w.county_theme.pk, "status": "drafting", "due": "alkuvuosi 2024"},
    ),
    Route("agreements:table_export", M1_PRIVATE, kwargs=pk("agreement"), get_ok=PDF_OK),
    Route("agreements:annex_detail", M1_PRIVATE, kwargs=pk("annex")),
    Route(
        "agreements:annex_edit",
        WRITE_COUNTY_PRIVATE,
        WRITE_COUNTY_PRIVATE,
        kwargs=pk("annex"),
        data=lambda w: {"note": "Muutettu", "due": "Q2/2024"},
    ),
    Route(
        "agreements:annex_new_version",
        POST_ONLY,
        WRITE_COUNTY_PRIVATE,
        kwargs=pk("approved_annex"),
        scrape=False,
    ),
    Route(
        "agreements:annex_import",
        WRITE_COUNTY_PRIVATE,
        WRITE_COUNTY_PRIVATE,
        kwargs=pk("annex"),
        scrape=False,
        post_ok=400,
        note="the POST sends no file: staff get the form error, the others are refused",
    ),
    Route("agreements:annex_history", M1_PRIVATE, kwargs=pk("annex")),
    Route("agreements:annex_export", M1_PRIVATE, kwargs=pk("annex"), get_ok=PDF_OK),
    Route(
        "agreements:row_create",
        WRITE_COUNTY_PRIVATE,
        WRITE_COUNTY_PRIVATE,
        kwargs=pk("annex"),
        data=lambda w: {"task": "Uusi tehtävä", "order": 2},
    ),
    Route(
        "agreements:row_edit",
        WRITE_COUNTY_PRIVATE,
        WRITE_COUNTY_PRIVATE,
        kwargs=pk("annex_row"),
        data=lambda w: {"task": "Muutettu tehtävä"},
    ),
    Route(
        "agreements:row_comment",
        POST_ONLY,
        COMMENT_M1,
        kwargs=pk("annex_row"),
        scrape=False,
        data=lambda w: {"text": "Kommentti riviin"},
    ),
    Route("agreements:status_board", COUNTY_PAGE, **NOT_OTHERS),
    Route("agreements:gap_list", COUNTY_PAGE),
    Route(
        "agreements:gap_action",
        POST_ONLY,
        STAFF_FOLLOW_UP,
        scrape=False,
        data=lambda w: {"theme": w.theme.pk, "municipality": w.m1.pk},
    ),
    Route("agreement-list", API_COUNTY_LIST, api=True, **NOT_OTHERS),
    Route("agreement-detail", API_M1_PRIVATE, api=True, kwargs=pk("agreement")),
    Route("agreement-annex-list", API_COUNTY_LIST, api=True),
    Route(
        "agreement-annex-detail",
        API_M1_PRIVATE,
        API_WRITE_STAFF,
        api=True,
        method="patch",
        post_ok=200,
        kwargs=pk("annex"),
        data=lambda w: {"due": "alkuvuosi 2024"},
    ),
    Route("agreement-annex-row-list", API_COUNTY_LIST, api=True),
    Route(
        "agreement-annex-row-detail",
        API_M1_PRIVATE,
        API_WRITE_STAFF,
        api=True,
        method="patch",
        post_ok=200,
        kwargs=pk("annex_row"),
        data=lambda w: {"task": "Muutettu rajapinnasta"},
    ),
]
