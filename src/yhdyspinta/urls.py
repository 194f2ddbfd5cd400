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

# Each capability app mounts its own URL modules under its own prefix. An app may have more than
# one URL module (a part built separately, with its own namespace), listed here.
APP_URLS = {
    "": ["yhdyspinta.organizations.urls"],
    "rounds/": [
        "yhdyspinta.rounds.urls",
        "yhdyspinta.rounds.summary.urls",
        "yhdyspinta.rounds.importing.urls",
        "yhdyspinta.rounds.feeds.urls",
    ],
    "networks/": ["yhdyspinta.networks.urls"],
    "indicators/": ["yhdyspinta.indicators.urls", "yhdyspinta.indicators.reporting.urls"],
    "plans/": ["yhdyspinta.plans.urls"],
    "agreements/": ["yhdyspinta.agreements.urls"],
    "grants/": ["yhdyspinta.grants.urls"],
}
for _prefix, _modules in APP_URLS.items():
    for _module in _modules:
        _package = _module.rsplit(".", 1)[0]
        _app = ".".join(_module.split(".")[:2])
        if (
            _app in settings.INSTALLED_APPS
            and importlib.util.find_spec(_package) is not None
            and importlib.util.find_spec(_module) is not None
        ):
            urlpatterns.append(path(_prefix, include(_module)))
