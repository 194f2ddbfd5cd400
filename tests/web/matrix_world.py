"""One object of each kind, for the access matrix and the bad-value suite.

Built on the `world` of tests/conftest.py (counties A and B; A has municipalities M1 and M2 and an
NGO) and the apps' factories. The records the matrix reads and writes belong to M1 (the
coordinator's municipality), to county A (written by county staff only) or to the NGO."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field

import lxml.html
from django.apps import apps as django_apps
from django.conf import settings
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client, override_settings
from factories import (
    AccessLevel,
    BodyFactory,
    CounterpartFactory,
    RoleFactory,
    ThemeFactory,
    make_user,
)
from indicators.factories import AreaFactory, IndicatorFactory, ObservationFactory
from networks.factories import NetworkFactory, NetworkMemberFactory
from rounds.factories import (
    ActionFactory,
    FindingFactory,
    NegotiationFactory,
    RequestFactory,
    RoundFactory,
)
from web.matrix_modules import record_modules

from yhdyspinta.indicators.models import (
    GoalTarget,
    HyteCoefficientIndicator,
    ImportRun,
    ReportCommentary,
    ReportPublication,
    ReportSection,
    ReportTemplate,
    SectionIndicator,
    SharedGoal,
)
from yhdyspinta.networks.models import (
    CollectionRound,
    ImportBatch,
    MemberRole,
    NetworkPerson,
    Submission,
)
from yhdyspinta.organizations.models import BodyMembership
from yhdyspinta.rounds.models import CalendarToken, Comment

YEAR = 2024


@dataclass
class MatrixWorld:
    """The `world` of tests/conftest.py with a record of every kind; `obj` holds them by name."""

    base: object
    other_coordinator: object
    obj: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.obj[name]
        except KeyError:
            return getattr(self.base, name)

    def user(self, role: str):
        if role == "other_coordinator":
            return self.other_coordinator
        return self.base.user(role)


def build_matrix_world(world) -> MatrixWorld:
    w = world
    other = make_user(AccessLevel.COORDINATOR, w.m2, "coordinator2")
    o: dict = {}
    # organizations
    o["person"] = w.m1.people.first()
    o["county_person"] = w.county.people.first()
    o["ngo_person"] = w.ngo.people.first()
    o["person_b"] = w.m3.people.first()
    o["county_theme"] = ThemeFactory(county=w.county, slug="own-theme", name_fi="Oma teema")
    o["role"] = RoleFactory(person=o["person"], theme=w.theme)
    o["counterpart"] = CounterpartFactory(
        theme=w.theme,
        municipality=w.m1,
        county_person=o["county_person"],
        municipality_person=o["person"],
    )
    o["body"] = BodyFactory(organization=w.m1, name_fi="Kunnan hyte-työryhmä")
    o["county_body"] = BodyFactory(organization=w.county)
    o["membership"] = BodyMembership.objects.create(body=o["body"], person=o["person"])
    # rounds
    o["round"] = RoundFactory(county=w.county, slug="syksy", title="Syksy")
    o["negotiation"] = NegotiationFactory(round=o["round"], municipality=w.m1)
    o["negotiation_m2"] = NegotiationFactory(round=o["round"], municipality=w.m2)
    o["finding"] = FindingFactory(round=o["round"], text="Vain Yksi", all_municipalities=False)
    o["finding"].municipalities.set([w.m1])
    o["finding_m2"] = FindingFactory(round=o["round"], text="Vain Kaksi", all_municipalities=False)
    o["finding_m2"].municipalities.set([w.m2])
    o["finding_all"] = FindingFactory(round=o["round"], text="Kaikkia koskeva")
    o["action"] = ActionFactory(round=o["round"], owner=w.m1, text="Yhden toimenpide")
    o["county_action"] = ActionFactory(round=o["round"], owner=w.county, text="Alueen")
    o["request"] = RequestFactory(municipality=w.m1, round=o["round"], text="Toive")
    o["comment"] = Comment.objects.create(
        action=o["action"], author=w.coordinator, author_organization=w.m1, text="Kommentti"
    )
    o["calendar_token"] = CalendarToken.objects.create(user=w.coordinator)
    # networks
    o["network"] = NetworkFactory(owner=w.m1, name="Päihdetyöryhmä", purpose="EPT-työ nuorille.")
    o["network"].themes.set([w.theme])
    o["network_twin"] = NetworkFactory(owner=w.m1, name="EPT-ryhmä", purpose="EPT-työ nuorille.")
    o["network_twin"].themes.set([w.theme])
    o["county_network"] = NetworkFactory(owner=w.county, name="Alueen verkosto")
    o["network_b"] = NetworkFactory(owner=w.m3, name="Toisen alueen verkosto")
    o["member"] = NetworkMemberFactory(
        network=o["network"], organization=w.m1, role=MemberRole.COORDINATOR
    )
    o["network_person"] = NetworkPerson.objects.create(
        network=o["network"], person=o["person"], role=MemberRole.MEMBER
    )
    o["collection"] = CollectionRound.objects.create(
        county=w.county, name="Syksy 2023", due_date=dt.date(2023, 10, 31)
    )
    o["submission"] = Submission.objects.create(round=o["collection"], municipality=w.m1)
    o["batch"] = ImportBatch.objects.create(
        organization=w.m1,
        created_by=w.coordinator,
        filename="verkostot.xlsx",
        payload={"organization": w.m1.pk, "rows": [], "new_organisations": []},
    )
    # indicators
    o["indicator"] = IndicatorFactory(sotkanet_id=683)
    o["indicator2"] = IndicatorFactory(sotkanet_id=2358)
    o["area"] = AreaFactory(organization=w.m1, code=w.m1.code, name_fi=w.m1.name_fi)
    o["county_area"] = AreaFactory(
        organization=w.county, code=w.county.code, category="HYVINVOINTIALUE"
    )
    for year in range(2019, YEAR + 1):
        ObservationFactory(indicator=o["indicator"], area=o["area"], year=year, value=10 + year % 3)
    o["import_run"] = ImportRun.objects.create(
        county=w.county, source=ImportRun.Source.SOTKANET_FILE, started_by=w.staff
    )
    o["goal"] = SharedGoal.objects.create(county=w.county, name_fi="Ylipaino vähenee")
    o["target"] = GoalTarget.objects.create(
        goal=o["goal"], indicator=o["indicator"], target_value=8.0, target_year=2030
    )
    o["template"] = ReportTemplate.objects.create(county=w.county, name="Raportti", years_shown=5)
    o["section"] = ReportSection.objects.create(template=o["template"], title="Ylipaino", order=0)
    SectionIndicator.objects.create(section=o["section"], indicator=o["indicator"], order=0)
    o["commentary"] = ReportCommentary.objects.create(
        section=o["section"], organization=w.m1, year=YEAR, text="Kommentti"
    )
    o["publication"] = ReportPublication.objects.create(
        slug="kunta-yksi-2024", template=o["template"], organization=w.m1, year=YEAR
    )
    o["coefficient"] = HyteCoefficientIndicator.objects.create(
        county=w.county, indicator=o["indicator"], group="Liikunta", valid_from_year=2023
    )
    for module in record_modules():  # tests/<app>/matrix_records.py
        o.update(module.records(w, o))
    return MatrixWorld(base=w, other_coordinator=other, obj=o)


# --- the module-scoped world and the requests -----------------------------------------------


@contextlib.contextmanager
def module_world(django_db_blocker):
    """Build the world once for a test module inside a transaction rolled back at its end; each
    test runs in a savepoint of it (pytest-django's `db`), so writes never leak between tests."""
    from conftest import build_world

    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHERS):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield build_matrix_world(build_world())
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
UNTRACKED_APPS = {"sessions", "contenttypes", "admin", "auth"}


def snapshot() -> dict:
    """Every row of every table the apps write (sessions and Django's own tables aside)."""
    return {
        model._meta.label: list(model._base_manager.order_by("pk").values_list())
        for model in django_apps.get_models()
        if model._meta.app_label not in UNTRACKED_APPS and model._meta.managed
    }


def changed_tables(before: dict, after: dict) -> list[str]:
    return sorted(label for label in before if before[label] != after[label])


def client_for(user) -> tuple[Client, str]:
    """A client that enforces CSRF, logged in as `user`, and the token of its csrftoken cookie
    (a fresh secret, as CsrfViewMiddleware sets it on the first page with a form)."""
    client = Client(enforce_csrf_checks=True)
    token = _get_new_csrf_string()
    client.cookies[settings.CSRF_COOKIE_NAME] = token
    if user is not None:
        client.force_login(user)
    return client, token


def csrf_failure(request, reason=""):
    """Installed as CSRF_FAILURE_VIEW by the suites: a CSRF refusal must not pass for a
    permission refusal (both would be 403)."""
    return HttpResponse(f"CSRF failure: {reason}", status=CSRF_FAILED)


CSRF_FAILED = 419


def form_values(html: bytes, path: str) -> dict[str, list[str]]:
    """The values a browser would send with the page's POST form (the one posting to `path`)."""
    document = lxml.html.fromstring(html)
    for form in document.forms:
        action = form.get("action") or path
        if form.method.lower() == "post" and action.split("?")[0] == path:
            values: dict[str, list[str]] = {}
            for name, value in form.form_values():
                values.setdefault(name, []).append(value)
            values.pop("csrfmiddlewaretoken", None)
            return values
    raise AssertionError(f"no POST form for {path} on the page")


_scraped: dict[str, dict] = {}


def owner_of_route(route) -> str:
    """Who writes the route's record: the county admin where only admins write, else staff."""
    return "admin" if "admin" in route.roles else "staff"


def valid_payload(mw, route, url: str) -> dict:
    """A valid POST: the form as the owner sees it (when the route says `scrape`), with the
    route's `data` on top. The scraped form is the same for every test of the module: the
    world is rolled back after each test."""
    data: dict = {}
    if route.scrape and not route.api:
        if route.name not in _scraped:
            client, _token = client_for(mw.user(owner_of_route(route)))
            response = client.get(url, route.query(mw))
            assert response.status_code == 200, (route.name, response.status_code)
            _scraped[route.name] = form_values(response.content, url)
        data.update(_scraped[route.name])
    data.update(route.data(mw))
    return data


def readable_bytes(response) -> bytes:
    """The response's bytes, with the members of a zip (docx, pptx, xlsx) unpacked."""
    content = response.content if not response.streaming else b"".join(response.streaming_content)
    if not content.startswith(b"PK"):
        return content
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return b"".join(archive.read(name) for name in archive.namelist())
