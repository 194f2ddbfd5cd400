from django.urls import path

from .views import agreements, annexes, board, exports

app_name = "agreements"

urlpatterns = [
    path("", agreements.agreement_list, name="agreement_list"),
    path("new/", agreements.agreement_create, name="agreement_create"),
    path("<int:pk>/", agreements.agreement_detail, name="agreement_detail"),
    path("<int:pk>/edit/", agreements.agreement_edit, name="agreement_edit"),
    path("<int:pk>/document/", agreements.agreement_document, name="agreement_document"),
    path("<int:pk>/annexes/new/", annexes.annex_create, name="annex_create"),
    path("<int:pk>/export/", exports.table_export, name="table_export"),
    path("annexes/<int:pk>/", annexes.annex_detail, name="annex_detail"),
    path("annexes/<int:pk>/edit/", annexes.annex_edit, name="annex_edit"),
    path("annexes/<int:pk>/new-version/", annexes.annex_new_version, name="annex_new_version"),
    path("annexes/<int:pk>/history/", annexes.annex_history, name="annex_history"),
    path("annexes/<int:pk>/export/", exports.annex_export, name="annex_export"),
    path("annexes/<int:pk>/import/", exports.annex_import, name="annex_import"),
    path("annexes/<int:pk>/rows/new/", annexes.row_create, name="row_create"),
    path("rows/<int:pk>/edit/", annexes.row_edit, name="row_edit"),
    path("rows/<int:pk>/comment/", annexes.row_comment, name="row_comment"),
    path("status/", board.status_board, name="status_board"),
    path("gaps/", board.gap_list, name="gap_list"),
    path("gaps/follow-up/", board.gap_action, name="gap_action"),
]
