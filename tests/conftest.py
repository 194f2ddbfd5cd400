"""Shared fixtures: a small world of two counties and a user of every access level.

County A has municipalities M1 and M2 and an NGO; county B has municipality M3. The users:
admin (county admin, A), staff (county staff, A), coordinator (M1), board (board member, A),
ngo (NGO user of A's NGO), outsider (county staff of B)."""

import os
from dataclasses import dataclass

import pytest
from factories import (
    AccessLevel,
    CountyFactory,
    MunicipalityFactory,
    NGOFactory,
    PersonFactory,
    ThemeFactory,
    make_user,
)
from hypothesis import settings as hypothesis_settings


@pytest.fixture(scope="session", autouse=True)
def _media_in_a_temporary_folder(tmp_path_factory):
    """Uploaded and stored files of every test go to a temporary folder, never to var/."""
    from django.test import override_settings

    with override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))):
        yield


@dataclass
class World:
    county: object
    m1: object
    m2: object
    ngo: object
    county_b: object
    m3: object
    theme: object
    admin: object
    staff: object
    coordinator: object
    board: object
    ngo_user: object
    outsider: object

    def user(self, role: str):
        return {
            "anonymous": None,
            "admin": self.admin,
            "staff": self.staff,
            "coordinator": self.coordinator,
            "board": self.board,
            "ngo": self.ngo_user,
            "outsider": self.outsider,
        }[role]


# CI explores the same examples on every run, so a red CI always means a change broke something;
# local runs keep exploring new examples (and store failures in .hypothesis/).
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Argon2 is the production hasher (tested in test_security); tests hash fast."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(db):
    return build_world()


def build_world() -> World:
    """The world's records (for fixtures of other scopes, e.g. the access matrix's module)."""
    county = CountyFactory(name_fi="Alueen A hyvinvointialue", code="14", sotkanet_id=972)
    m1 = MunicipalityFactory(name_fi="Kunta Yksi", code="167", parent_county=county)
    m2 = MunicipalityFactory(name_fi="Kunta Kaksi", code="422", parent_county=county)
    ngo = NGOFactory(name_fi="Yhdistys ry", parent_county=county)
    county_b = CountyFactory(name_fi="Alueen B hyvinvointialue", code="15")
    m3 = MunicipalityFactory(name_fi="Kunta Kolme", code="091", parent_county=county_b)
    theme = ThemeFactory(slug="employment", name_fi="Työllisyys", name_en="Employment")
    for org in (county, m1, m2, county_b, m3, ngo):
        PersonFactory(organization=org)
    return World(
        county=county,
        m1=m1,
        m2=m2,
        ngo=ngo,
        county_b=county_b,
        m3=m3,
        theme=theme,
        admin=make_user(AccessLevel.COUNTY_ADMIN, county, "admin"),
        staff=make_user(AccessLevel.COUNTY_STAFF, county, "staff"),
        coordinator=make_user(AccessLevel.COORDINATOR, m1, "coordinator"),
        board=make_user(AccessLevel.BOARD_MEMBER, county, "board"),
        ngo_user=make_user(AccessLevel.NGO, ngo, "ngo"),
        outsider=make_user(AccessLevel.COUNTY_STAFF, county_b, "outsider"),
    )


@pytest.fixture
def client_for(client):
    """`client_for(user)` logs the test client in as that user (None stays anonymous)."""

    def login(user):
        if user is not None:
            client.force_login(user)
        return client

    return login


@pytest.fixture(scope="session", autouse=True)
def _cache_of_this_worker(worker_id):
    """Each pytest-xdist worker (of each run) has its own key prefix, so that workers sharing
    one Redis (CACHE_URL in CI) never see, nor clear, each other's keys."""
    import copy

    from django.conf import settings
    from django.test import override_settings

    caches = copy.deepcopy(settings.CACHES)
    for alias, config in caches.items():
        if config["BACKEND"].endswith("FileBasedCache"):
            # The default files under var/ are the demo's, and clearing them would clear
            # every worker's: tests keep their own in memory.
            caches[alias] = config = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
        config["KEY_PREFIX"] = f"test-{worker_id}-{os.getpid()}"
    with override_settings(CACHES=caches):
        yield
        clear_cache()  # leave nothing behind in a shared Redis


def clear_cache(alias: str = "default") -> None:
    """Empty the cache of this worker's keys only (a shared Redis keeps the others').
    ``caches[alias]``, the backend itself: ``django.core.cache.cache`` is only a proxy."""
    from django.core.cache import caches
    from django.core.cache.backends.redis import RedisCache

    cache = caches[alias]
    if isinstance(cache, RedisCache):
        client = cache._cache.get_client(write=True)
        keys = list(client.scan_iter(match=cache.make_key("*"), count=1000))
        if keys:
            client.delete(*keys)
    else:
        cache.clear()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: the API's rate-limit counts and drawn charts do
    not carry over."""
    clear_cache()
