"""The access matrix's routes of indicators (tests/web/access_matrix.py collects them)."""

from web.matrix_policy import (
    API_PUBLIC,
    COUNTY_PAGE,
    COUNTY_RECORD,
    LOGGED_IN,
    PDF_OK,
    PUBLIC,
    STAFF_PAGE,
    Route,
    pk,
)

ROUTES = [
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
    # The indicator API is public, as the public indicator pages are (CC BY 4.0 data).
    Route("indicator-list", API_PUBLIC, api=True),
    Route("indicator-detail", API_PUBLIC, api=True, kwargs=pk("indicator")),
    Route("indicator-area-list", API_PUBLIC, api=True, query=lambda w: {"kind": "KUNTA"}),
    Route("indicator-area-detail", API_PUBLIC, api=True, kwargs=pk("area")),
    Route(
        "observation-list",
        API_PUBLIC,
        api=True,
        query=lambda w: {"indicator": w.obj["indicator"].pk, "year_from": 2015},
    ),
    Route(
        "observation-statistics-list",
        API_PUBLIC,
        api=True,
        query=lambda w: {"area": w.obj["area"].pk, "gender": "total"},
    ),
]
