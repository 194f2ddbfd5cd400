from django.urls import path

from . import views

app_name = "rounds_summary"
urlpatterns = [
    path("<slug:slug>/summary.<str:fmt>", views.download, name="download"),
]
