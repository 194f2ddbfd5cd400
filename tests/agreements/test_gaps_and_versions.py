"""Counterpart gaps and their follow-up action; versions kept, compared and started anew."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from factories import RoleFactory
from rounds.factories import RoundFactory

from yhdyspinta.agreements.models import Agreement, AnnexRevision, AnnexStatus, GapFollowUp
from yhdyspinta.agreements.services.gaps import gaps
from yhdyspinta.organizations.models import RoleKind
from yhdyspinta.rounds.models import Action


def test_a_theme_without_a_county_responsible_person_is_a_gap(deal, world):
    (gap,) = gaps(Agreement.objects.all())
    assert (gap.theme, gap.municipality) == (world.theme, world.m1)
    assert gap.has_counterpart and not gap.has_responsible


def test_naming_the_responsible_person_closes_the_gap(deal, world):
    RoleFactory(person=world.county.people.first(), kind=RoleKind.RESPONSIBLE, theme=world.theme)
    assert gaps(Agreement.objects.all()) == []


def test_an_annex_without_counterparts_is_a_gap_for_each_party(deal, world):
    from agreements.factories import AnnexFactory

    deal["agreement"].parties.add(world.m2)
    AnnexFactory(table=deal["table"], theme=deal["theme2"])
    found = {
        (g.theme.slug, g.municipality.code, tuple(g.missing)) for g in gaps(Agreement.objects.all())
    }
    assert ("integration", "422", ("HVA:n vastuuhenkilö", "vastinpari")) in found
    assert ("employment", "422", ("HVA:n vastuuhenkilö", "vastinpari")) in found


def test_the_follow_up_link_creates_one_action_in_the_latest_round(deal, world, client_for):
    RoundFactory(county=world.county)
    client = client_for(world.staff)
    data = {"theme": world.theme.pk, "municipality": world.m1.pk}
    response = client.post(reverse("agreements:gap_action"), data)
    action = Action.objects.get()
    assert response["Location"] == action.get_absolute_url()
    assert action.theme == world.theme and action.owner == world.county
    assert "Kunta Yksi" in action.text
    client.post(reverse("agreements:gap_action"), data)
    assert Action.objects.count() == 1 and GapFollowUp.objects.count() == 1
    page = client.get(reverse("agreements:gap_list"))
    assert action.get_absolute_url().encode() in page.content


def test_without_a_round_the_follow_up_is_refused_with_a_message(deal, world, client_for):
    response = client_for(world.staff).post(
        reverse("agreements:gap_action"), {"theme": world.theme.pk, "municipality": world.m1.pk}
    )
    assert response.status_code == 302 and not Action.objects.exists()


def test_every_change_is_kept_and_two_versions_are_shown_side_by_side(deal, world, client_for):
    client = client_for(world.staff)
    annex_url = reverse("agreements:annex_edit", args=[deal["annex"].pk])
    client.post(annex_url, {"theme": world.theme.pk, "status": "drafting", "due": "alkuvuosi 2024"})
    row_url = reverse("agreements:row_edit", args=[deal["row"].pk])
    row = deal["row"]
    client.post(
        row_url,
        {
            "task": "Työllisyyden yhdyspinta ja yhteyshenkilö",
            "order": 1,
            "county_duty": row.county_duty,
            "municipality_duty": row.municipality_duty,
            "joint_duty": row.joint_duty,
            "legal_basis": row.legal_basis,
            "counterparts": [deal["pair"].pk],
        },
    )
    assert AnnexRevision.objects.filter(annex=deal["annex"]).count() == 2
    page = client.get(reverse("agreements:annex_history", args=[deal["annex"].pk]))
    sections = page.context["sections"]
    changed = [
        (s["title"], line.left, line.right) for s in sections for line in s["lines"] if line.changed
    ]
    assert changed == [
        ("Rivi 1", "Työllisyyden yhdyspinta", "Työllisyyden yhdyspinta ja yhteyshenkilö")
    ]


def test_a_change_after_approval_starts_a_new_version(deal, world, client_for):
    client = client_for(world.staff)
    annex = deal["annex"]
    client.post(
        reverse("agreements:annex_edit", args=[annex.pk]),
        {
            "theme": world.theme.pk,
            "status": "approved",
            "approved_by": deal["board"].pk,
            "approved_on": "15.1.2024",
        },
    )
    annex.refresh_from_db()
    assert annex.status == AnnexStatus.APPROVED and annex.version == 1
    client.post(reverse("agreements:annex_new_version", args=[annex.pk]))
    annex.refresh_from_db()
    assert (annex.version, annex.status, annex.approved_by) == (2, AnnexStatus.DRAFTING, None)
    versions = list(AnnexRevision.objects.filter(annex=annex).order_by("pk"))
    assert [(v.version, v.data["status"]) for v in versions] == [
        (1, "hyväksytty"),
        (2, "työstetään"),
    ]
    # a drafting annex cannot start another version
    client.post(reverse("agreements:annex_new_version", args=[annex.pk]))
    annex.refresh_from_db()
    assert annex.version == 2


def test_the_pages_use_a_bounded_number_of_queries(deal, world, client_for):
    from agreements.factories import AgreementFactory, AnnexFactory, AnnexRowFactory, TableFactory

    client = client_for(world.staff)
    urls = [
        reverse("agreements:agreement_list"),
        reverse("agreements:status_board"),
        reverse("agreements:gap_list"),
        reverse("agreements:annex_detail", args=[deal["annex"].pk]),
    ]

    def counts():
        result = []
        for url in urls:
            with CaptureQueriesContext(connection) as ctx:
                assert client.get(url).status_code == 200
            result.append(len(ctx))
        return result

    before = counts()
    for n in range(5):
        agreement = AgreementFactory(county=world.county, parties=[world.m1, world.m2])
        table = TableFactory(agreement=agreement)
        annex = AnnexFactory(table=table, theme=deal["theme2"])
        AnnexRowFactory(annex=annex, order=n)
        AnnexRowFactory(annex=deal["annex"], order=10 + n).counterparts.set([deal["pair"]])
    assert counts() == before
