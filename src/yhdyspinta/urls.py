import importlib.util

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

urlpatterns = [
    path("", include("yhdyspinta.web.urls")),
    path("login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/v1/", include("yhdyspinta.api.urls")),
]

# Each capability app mounts its own urls.py under its own prefix.
APP_PREFIXES = {
    "organizations": "",
    "rounds": "rounds/",
    "networks": "networks/",
    "indicators": "indicators/",
}
for _app, _prefix in APP_PREFIXES.items():
    _module = f"yhdyspinta.{_app}.urls"
    if f"yhdyspinta.{_app}" in settings.INSTALLED_APPS and importlib.util.find_spec(_module):
        urlpatterns.append(path(_prefix, include(_module)))
