from django.conf import settings

from .registry import nav_items


def shell(request):
    items = nav_items(request) if request.user.is_authenticated else []
    # the most specific matching prefix wins (/indicators/cards/ over /indicators/)
    matching = [
        item for item in items if item.active_prefix and request.path.startswith(item.active_prefix)
    ]
    current = max(matching, key=lambda item: len(item.active_prefix)) if matching else None
    return {
        "nav_items": items,
        "nav_current": current.url if current else None,
        "demo_mode": settings.DEMO_MODE,
    }
