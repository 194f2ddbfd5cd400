from django.urls import path

from .views import excel, flow, networks, overlaps, rounds

app_name = "networks"

urlpatterns = [
    path("", networks.network_list, name="network_list"),
    path("new/", networks.network_create, name="network_create"),
    path("<int:pk>/", networks.network_detail, name="network_detail"),
    path("<int:pk>/edit/", networks.network_edit, name="network_edit"),
    path("<int:pk>/delete/", networks.network_delete, name="network_delete"),
    path("<int:pk>/members/", networks.network_members, name="network_members"),
    path(
        "networks/<int:pk>/members/<str:kind>/<int:member_pk>/remove/",
        networks.member_remove,
        name="member_remove",
    ),
    path("collection/", rounds.round_list, name="round_list"),
    path("collection/new/", rounds.round_create, name="round_create"),
    path("collection/<int:pk>/", rounds.round_detail, name="round_detail"),
    path(
        "networks/collection/<int:pk>/municipalities/<int:municipality_pk>/",
        rounds.submission_update,
        name="submission_update",
    ),
    path("excel/template/", excel.template_download, name="template"),
    path("excel/export/", excel.export, name="export"),
    path("excel/upload/", excel.upload, name="upload"),
    path("excel/imports/<int:pk>/", excel.import_preview, name="import_preview"),
    path("excel/imports/<int:pk>/confirm/", excel.import_confirm, name="import_confirm"),
    path("excel/imports/<int:pk>/discard/", excel.import_discard, name="import_discard"),
    path("overlaps/", overlaps.overlap_list, name="overlap_list"),
    path("overlaps/decide/", overlaps.overlap_decide, name="overlap_decide"),
    path("information-flow/", flow.information_flow, name="information_flow"),
]
