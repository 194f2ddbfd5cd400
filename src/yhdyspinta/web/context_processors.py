from django.conf import settings

from .registry import nav_items


def shell(request):
    path = request.path
    items = nav_items(request) if request.user.is_authenticated else []
    return {
        "nav_items": items,
        "nav_current": next(
            (
                item.url
                for item in items
                if item.active_prefix and path.startswith(item.active_prefix)
            ),
            None,
        ),
        "demo_mode": settings.DEMO_MODE,
    }
