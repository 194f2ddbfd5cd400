from django.urls import path

from . import views

app_name = "rounds_feeds"
urlpatterns = [
    path("calendar/", views.subscription, name="subscription"),
    path("calendar/regenerate/", views.subscription_regenerate, name="regenerate"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
