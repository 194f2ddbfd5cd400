from django.urls import path

from .views import goals, reports, reviews, templates

app_name = "indicators_reporting"
urlpatterns = [
    path("goals/", goals.goal_list, name="goal_list"),
    path("goals/new/", goals.goal_create, name="goal_create"),
    path("goals/<int:pk>/", goals.goal_detail, name="goal_detail"),
    path("goals/<int:pk>/edit/", goals.goal_edit, name="goal_edit"),
    path("goals/<int:pk>/targets/new/", goals.target_create, name="target_create"),
    path("targets/<int:pk>/edit/", goals.target_edit, name="target_edit"),
    path("targets/<int:pk>/delete/", goals.target_delete, name="target_delete"),
    path("reports/", templates.template_list, name="template_list"),
    path("reports/new/", templates.template_create, name="template_create"),
    path("reports/<int:pk>/", templates.template_detail, name="template_detail"),
    path("reports/<int:pk>/edit/", templates.template_edit, name="template_edit"),
    path("reports/<int:pk>/approve/", templates.template_approve, name="template_approve"),
    path("reports/<int:pk>/new-version/", templates.template_new_version, name="new_version"),
    path("reports/<int:pk>/sections/new/", templates.section_create, name="section_create"),
    path("sections/<int:pk>/edit/", templates.section_edit, name="section_edit"),
    path("sections/<int:pk>/delete/", templates.section_delete, name="section_delete"),
    path(
        "sections/<int:pk>/commentary/<int:org_pk>/<int:year>/",
        reports.commentary_edit,
        name="commentary_edit",
    ),
    path("reports/<int:pk>/for/<int:org_pk>/", reports.report_view, name="report"),
    path("reports/<int:pk>/for/<int:org_pk>/report.pdf", reports.report_pdf, name="report_pdf"),
    path(
        "reports/<int:pk>/for/<int:org_pk>/report.xlsx",
        reports.report_xlsx_view,
        name="report_xlsx",
    ),
    path("reports/<int:pk>/for/<int:org_pk>/publish/", reports.publish, name="publish"),
    path("reports/public/<slug:slug>/", reports.public_report, name="public_report"),
    path("reports/public/<slug:slug>/report.pdf", reports.public_report_pdf, name="public_pdf"),
    path("reports/public/<slug:slug>/report.xlsx", reports.public_report_xlsx, name="public_xlsx"),
    path("trends/", reviews.review, name="trend_review"),
    path("trends/review.pdf", reviews.review_pdf, name="trend_review_pdf"),
    path("hyte-coefficient/", reviews.coefficient, name="coefficient"),
    path("hyte-coefficient/add/", reviews.coefficient_add, name="coefficient_add"),
    path(
        "hyte-coefficient/<int:pk>/delete/",
        reviews.coefficient_delete,
        name="coefficient_delete",
    ),
]
