"""The JSON API at /api/v1/. Each capability app adds its endpoints in its own `api.py`
with a function `register(router)`; this module only collects them."""

import importlib
import importlib.util

from django.apps import apps
from django.urls import path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

router = DefaultRouter()
for _config in apps.get_app_configs():
    if _config.name.startswith("yhdyspinta.") and _config.name != "yhdyspinta.api":
        _name = f"{_config.name}.api"
        if importlib.util.find_spec(_name) is not None:
            importlib.import_module(_name).register(router)

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    *router.urls,
]
