"""Beyond the access matrix: what a coordinator sees and may do, and the board."""

from django.urls import reverse

from yhdyspinta.agreements.models import RowComment


def test_a_coordinator_comments_on_her_municipalitys_rows_but_does_not_edit(
    deal, world, client_for
):
    client = client_for(world.coordinator)
    page = client.get(reverse("agreements:annex_detail", args=[deal["annex"].pk]))
    assert page.status_code == 200
    assert "Kommentoi riviä" in page.content.decode()
    assert reverse("agreements:annex_edit", args=[deal["annex"].pk]).encode() not in page.content
    url = reverse("agreements:row_comment", args=[deal["row"].pk])
    assert client.post(url, {"text": "Meillä yhteyshenkilö on nimetty."}).status_code == 302
    comment = RowComment.objects.get()
    assert comment.author_organization == world.m1
    assert client.post(url, {"text": "   "}).status_code == 400
    assert RowComment.objects.count() == 1
    edit = reverse("agreements:row_edit", args=[deal["row"].pk])
    assert client.post(edit, {"task": "Muutettu", "order": 1}).status_code == 403


def test_the_region_list_shows_a_coordinator_only_her_own_agreements(deal, world, client_for):
    from agreements.factories import AgreementFactory

    AgreementFactory(county=world.county, title="Kunta Kahden sopimus", parties=[world.m2])
    page = client_for(world.coordinator).get(reverse("agreements:agreement_list"))
    assert b"Puitesopimus Yksi" in page.content and b"Kunta Kahden" not in page.content
    page = client_for(world.board).get(reverse("agreements:agreement_list"))
    assert b"Puitesopimus Yksi" in page.content and b"Kunta Kahden" in page.content
    page = client_for(world.board).get(
        reverse("agreements:agreement_list"), {"municipality": world.m2.pk}
    )
    assert b"Puitesopimus Yksi" not in page.content and b"Kunta Kahden" in page.content


def test_the_board_reads_and_cannot_write(deal, world, client_for):
    client = client_for(world.board)
    assert (
        client.get(reverse("agreements:annex_detail", args=[deal["annex"].pk])).status_code == 200
    )
    url = reverse("agreements:row_comment", args=[deal["row"].pk])
    assert client.post(url, {"text": "Lautakunta"}).status_code == 403
    assert not RowComment.objects.exists()


def test_another_county_gets_404(deal, world, client_for):
    client = client_for(world.outsider)
    for name, obj in (("agreement_detail", "agreement"), ("annex_detail", "annex")):
        assert client.get(reverse(f"agreements:{name}", args=[deal[obj].pk])).status_code == 404
    page = client.get(reverse("agreements:status_board"))
    assert b"Puitesopimus Yksi" not in page.content
