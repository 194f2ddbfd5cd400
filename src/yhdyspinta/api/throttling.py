"""API rate limits, per client address for anonymous requests and per user otherwise. The
counts live in Django's cache (CACHES; Redis when several app servers share the limits), the
rates come from the API_THROTTLE_ANON and API_THROTTLE_USER settings. A refused request gets
429 with Retry-After."""

from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class _RateFromSettings:
    """DRF reads the rates once, at import; these read them on every request, so a changed
    setting (and a test's override) takes effect."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES[self.scope]


class AnonThrottle(_RateFromSettings, AnonRateThrottle):
    pass


class UserThrottle(_RateFromSettings, UserRateThrottle):
    pass
