from django.urls import path

from .views import actions, dialogue, requests, rounds

app_name = "rounds"
urlpatterns = [
    path("", rounds.round_list, name="round_list"),
    path("new/", rounds.round_create, name="round_create"),
    path("<int:pk>/", rounds.round_detail, name="round_detail"),
    path("<int:pk>/edit/", rounds.round_edit, name="round_edit"),
    path("<int:pk>/prepare/", rounds.round_prepare, name="round_prepare"),
    path("<int:round_pk>/findings/new/", rounds.finding_create, name="finding_create"),
    path("<int:round_pk>/actions/new/", actions.action_create, name="action_create"),
    path("negotiations/<int:pk>/", rounds.negotiation_detail, name="negotiation_detail"),
    path("negotiations/<int:pk>/edit/", rounds.negotiation_edit, name="negotiation_edit"),
    path("findings/<int:pk>/", rounds.finding_detail, name="finding_detail"),
    path("findings/<int:pk>/edit/", rounds.finding_edit, name="finding_edit"),
    path("actions/", actions.action_board, name="action_board"),
    path("actions/<int:pk>/", actions.action_detail, name="action_detail"),
    path("actions/<int:pk>/edit/", actions.action_edit, name="action_edit"),
    path("actions/<int:pk>/status/", actions.action_status, name="action_status"),
    path("mine/", actions.my_items, name="my_items"),
    path("requests/", requests.request_list, name="request_list"),
    path("requests/new/", requests.request_create, name="request_create"),
    path("requests/<int:pk>/", requests.request_detail, name="request_detail"),
    path("requests/<int:pk>/edit/", requests.request_edit, name="request_edit"),
    path("requests/<int:pk>/answer/", requests.request_answer, name="request_answer"),
    path("municipalities/<int:pk>/", rounds.municipality_history, name="municipality_history"),
    path("<str:kind>/<int:pk>/comments/", dialogue.comment_create, name="comment_create"),
]
