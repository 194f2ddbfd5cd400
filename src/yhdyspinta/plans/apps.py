from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "yhdyspinta.plans"
    verbose_name = _("Welfare reports and plans")

    def ready(self):
        from .document import (
            annual,  # noqa: F401  registers the annual report's PDF renderer
            stored,  # noqa: F401  registers the plan's PDF renderer
        )
