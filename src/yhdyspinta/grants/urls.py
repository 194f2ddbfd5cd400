from django.urls import path

from .views import applications, calls, exports, manage, registration, registrations, staff

app_name = "grants"

urlpatterns = [
    path("", calls.call_list, name="call_list"),
    path("new/", manage.call_create, name="call_create"),
    path("<int:pk>/", calls.call_detail, name="call_detail"),
    path("<int:pk>/edit/", manage.call_edit, name="call_edit"),
    path("<int:pk>/distribution/", calls.distribution, name="distribution"),
    path("<int:pk>/decisions/", calls.decision_list, name="decision_list"),
    path("<int:pk>/decisions.docx", exports.decision_list_docx, name="decision_list_docx"),
    path("<int:pk>/decisions.xlsx", exports.decision_list_xlsx, name="decision_list_xlsx"),
    path("<int:call_pk>/apply/", applications.application_create, name="application_create"),
    path("register/", registration.register_view, name="register"),
    path("registrations/", registrations.registration_list, name="registration_list"),
    path(
        "registrations/<int:pk>/check/",
        registrations.registration_check,
        name="registration_check",
    ),
    path("register/confirm/<str:token>/", registration.register_confirm, name="register_confirm"),
    path("mine/", applications.my_applications, name="my_applications"),
    path("applications/<int:pk>/", applications.application_detail, name="application_detail"),
    path("applications/<int:pk>/edit/", applications.application_edit, name="application_edit"),
    path(
        "applications/<int:pk>/submit/", applications.application_submit, name="application_submit"
    ),
    path("applications/<int:pk>/attachments/", applications.attachment_add, name="attachment_add"),
    path("attachments/<int:pk>/", applications.attachment_download, name="attachment_download"),
    path("applications/<int:pk>/reviewers/", staff.review_assign, name="review_assign"),
    path("applications/<int:pk>/decision/", staff.decision_edit, name="decision_edit"),
    path("reviews/<int:pk>/", staff.review_edit, name="review_edit"),
    path("reports/<int:pk>/", staff.usage_report_edit, name="usage_report_edit"),
    path("reports/<int:pk>/approve/", staff.usage_report_approve, name="usage_report_approve"),
    path("reservations/", exports.reservation_list, name="reservation_list"),
    path("projects/new/", manage.project_create, name="project_create"),
    path("projects/<int:pk>/edit/", manage.project_edit, name="project_edit"),
    path("projects/<int:pk>/reservations/", manage.reservation_add, name="reservation_add"),
    path("reservations.docx", exports.reservations_docx, name="reservations_docx"),
]
