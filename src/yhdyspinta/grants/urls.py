from django.urls import path

from .views import applications, calls, exports, staff

app_name = "grants"

urlpatterns = [
    path("", calls.call_list, name="call_list"),
    path("<int:pk>/", calls.call_detail, name="call_detail"),
    path("<int:pk>/decisions/", calls.decision_list, name="decision_list"),
    path("<int:pk>/decisions.docx", exports.decision_list_docx, name="decision_list_docx"),
    path("<int:pk>/decisions.xlsx", exports.decision_list_xlsx, name="decision_list_xlsx"),
    path("<int:call_pk>/apply/", applications.application_create, name="application_create"),
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
    path("reservations.docx", exports.reservations_docx, name="reservations_docx"),
]
