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

from .views import follow  # noqa: E402  (the annual follow-up)

urlpatterns += [
    path("<int:pk>/follow-up/<int:year>/", follow.follow_up, name="follow_up"),
    path("measures/<int:measure_pk>/review/<int:year>/", follow.entry_edit, name="entry_edit"),
    path("<int:pk>/follow-up/<int:year>/report.docx", follow.review_docx, name="review_docx"),
    path("<int:pk>/follow-up/<int:year>/report.pdf", follow.review_pdf, name="review_pdf"),
    path("<int:pk>/our-measures/", follow.our_measures, name="our_measures"),
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
