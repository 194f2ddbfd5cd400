from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgreementsConfig(AppConfig):
    name = "yhdyspinta.agreements"
    verbose_name = _("Agreements")

    def ready(self):
        from . import stored  # noqa: F401  registers the renderers of the stored exports
