from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GrantsConfig(AppConfig):
    name = "yhdyspinta.grants"
    verbose_name = _("NGO grants")

    def ready(self):
        from . import stored  # noqa: F401  registers the renderers of the stored exports
