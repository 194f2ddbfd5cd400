import importlib
import pkgutil

from django.db import transaction

from yhdyspinta.networks.services.stored import changes_batched

from . import steps
from .context import DemoContext

DEMO_PASSWORD = "demo1234"
DEMO_LOGINS = [
    ("hva", "county HYTE staff, edits everything"),
    ("joensuu", "HYTE coordinator of Joensuu"),
    ("lieksa", "HYTE coordinator of Lieksa"),
    ("lautakunta", "HYTE board member, read-only"),
    ("jarjesto", "NGO user of Joensuun Seudun Mielenterveysseura ry (grants)"),
]


def step_modules():
    names = sorted(m.name for m in pkgutil.iter_modules(steps.__path__) if m.name.startswith("s"))
    return [importlib.import_module(f"{steps.__name__}.{name}") for name in names]


@transaction.atomic
def load_demo() -> DemoContext:
    ctx = DemoContext()
    # the register's changes are noted once at the end: one overlap computation per county
    # for the worker, not one per network the steps create
    with changes_batched():
        for module in step_modules():
            module.load(ctx)
    return ctx
