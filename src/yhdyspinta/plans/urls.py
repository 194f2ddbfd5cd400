from django.urls import path

from .views import document, parts, plans

app_name = "plans"

urlpatterns = [
    path("", plans.plan_list, name="plan_list"),
    path("new/", plans.plan_create, name="plan_create"),
    path("<int:pk>/", plans.plan_detail, name="plan_detail"),
    path("<int:pk>/edit/", plans.plan_edit, name="plan_edit"),
    path("<int:pk>/document.pdf", document.plan_pdf, name="plan_pdf"),
    path("<int:plan_pk>/milestones/new/", parts.milestone_create, name="milestone_create"),
    path("milestones/<int:pk>/edit/", parts.milestone_edit, name="milestone_edit"),
    path("<int:plan_pk>/goals/new/", parts.goal_create, name="goal_create"),
    path("goals/<int:pk>/edit/", parts.goal_edit, name="goal_edit"),
    path("goals/<int:goal_pk>/measures/new/", parts.measure_create, name="measure_create"),
    path("measures/<int:pk>/edit/", parts.measure_edit, name="measure_edit"),
    path(
        "measures/<int:measure_pk>/indicators/new/",
        parts.measure_indicator_create,
        name="measure_indicator_create",
    ),
    path(
        "measure-indicators/<int:pk>/edit/",
        parts.measure_indicator_edit,
        name="measure_indicator_edit",
    ),
    path("<int:plan_pk>/statements/new/", parts.statement_create, name="statement_create"),
    path("statements/<int:pk>/edit/", parts.statement_edit, name="statement_edit"),
]

# Publishing, the report part and the indicator set (views/versions.py, public.py, report.py,
# indicator_sets.py).
from .views import indicator_sets, public, report, versions  # noqa: E402

urlpatterns += [
    path("<int:pk>/document.docx", document.plan_docx, name="plan_docx"),
    path("<int:pk>/report/", report.plan_report, name="plan_report"),
    path("<int:pk>/versions/", versions.version_list, name="version_list"),
    path("<int:pk>/versions/new/", versions.version_create, name="version_create"),
    path("<int:pk>/versions/changes/", versions.draft_diff, name="draft_diff"),
    path("versions/<int:pk>/", versions.version_detail, name="version_detail"),
    path("<int:pk>/indicator-set/", indicator_sets.plan_indicator_set, name="plan_indicator_set"),
    path("<int:plan_pk>/omissions/new/", indicator_sets.omission_create, name="omission_create"),
    path("omissions/<int:pk>/edit/", indicator_sets.omission_edit, name="omission_edit"),
    path("public/<slug:slug>/", public.public_list, name="public_list"),
    path("public/<slug:slug>/diff/", public.public_diff, name="public_diff"),
    path("public/<slug:slug>/<int:number>/", public.public_version, name="public_version"),
]
from .views import follow  # noqa: E402  (the annual follow-up)

urlpatterns += [
    path("<int:pk>/follow-up/<int:year>/", follow.follow_up, name="follow_up"),
    path("measures/<int:measure_pk>/review/<int:year>/", follow.entry_edit, name="entry_edit"),
    path("<int:pk>/follow-up/<int:year>/report.docx", follow.review_docx, name="review_docx"),
    path("<int:pk>/follow-up/<int:year>/report.pdf", follow.review_pdf, name="review_pdf"),
    path("<int:pk>/our-measures/", follow.our_measures, name="our_measures"),
]

from .views import review, sets  # noqa: E402  (the year's assessment; the indicator sets)

urlpatterns += [
    path("indicator-sets/", sets.set_list, name="set_list"),
    path("indicator-sets/new/", sets.set_create, name="set_create"),
    path("indicator-sets/<int:pk>/", sets.set_detail, name="indicator_set_detail"),
    path("indicator-sets/<int:pk>/edit/", sets.set_edit, name="set_edit"),
    path("<int:pk>/follow-up/<int:year>/assessment/", review.review_edit, name="review_edit"),
]

from .views import editing  # noqa: E402  (HTMX editing on the plan's page)

urlpatterns += [
    path("<int:plan_pk>/goals/add/", editing.goal_add, name="goal_add"),
    path("goals/<int:goal_pk>/measures/add/", editing.measure_add, name="measure_add"),
    path(
        "measures/<int:measure_pk>/indicators/add/",
        editing.measure_indicator_add,
        name="measure_indicator_add",
    ),
]

from .views import side  # noqa: E402  (the municipalities' plans beside the region's)

urlpatterns += [path("<int:pk>/side-by-side/", side.side_by_side, name="side_by_side")]
