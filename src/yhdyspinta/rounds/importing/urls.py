from django.urls import path

from . import views

app_name = "rounds_importing"
urlpatterns = [
    path("<slug:slug>/import/", views.upload, name="upload"),
    path("<slug:slug>/import/template.xlsx", views.template, name="template"),
    path("<slug:slug>/import/<str:token>/", views.preview, name="preview"),
]
