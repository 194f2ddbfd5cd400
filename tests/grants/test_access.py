"""One association trying to read or change another's application, and the reviewers' and
coordinators' views of the grants."""

import datetime as dt

import pytest
from django.urls import reverse
from grants.factories import DecisionFactory, ReviewFactory, UsageReportFactory

from yhdyspinta.grants.models import Application, ApplicationStatus


@pytest.fixture
def decided_other(grants):
    other = grants["other_draft"]
    other.status = ApplicationStatus.DECIDED
    other.save()
    decision = DecisionFactory(application=other)
    report = UsageReportFactory(decision=decision, due=dt.date(2025, 3, 31))
    return {"application": other, "decision": decision, "report": report}


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("grants:application_detail", "get"),
        ("grants:application_edit", "get"),
        ("grants:application_edit", "post"),
        ("grants:application_submit", "post"),
        ("grants:attachment_add", "post"),
    ],
)
def test_an_association_cannot_read_or_change_another_associations_application(
    grants, world, client_for, name, method
):
    other = grants["other_draft"]
    client = client_for(world.ngo_user)
    url = reverse(name, args=[other.pk])
    data = {"contact_name": "Kaapattu", "requested_amount": "1000", "business_id": "1234567-1"}
    response = client.get(url) if method == "get" else client.post(url, data)
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.status == ApplicationStatus.DRAFT and other.contact_name == ""


def test_an_association_cannot_write_another_associations_usage_report(
    decided_other, world, client_for
):
    client = client_for(world.ngo_user)
    url = reverse("grants:usage_report_edit", args=[decided_other["report"].pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"report": "Kaapattu", "spent": "1"}).status_code == 404
    decided_other["report"].refresh_from_db()
    assert decided_other["report"].report == ""


def test_an_association_lists_only_its_own_applications(grants, world, client_for):
    client = client_for(world.ngo_user)
    page = client.get(reverse("grants:call_detail", args=[grants["call"].pk])).content.decode()
    assert world.ngo.name_fi in page and "Toinen yhdistys ry" not in page
    mine = client.get(reverse("grants:my_applications")).content.decode()
    assert grants["call"].title in mine


def test_staff_see_every_application_of_the_call(grants, world, client_for):
    page = client_for(world.staff).get(reverse("grants:call_detail", args=[grants["call"].pk]))
    text = page.content.decode()
    assert world.ngo.name_fi in text and "Toinen yhdistys ry" in text


def test_another_county_does_not_see_the_call(grants, world, client_for):
    url = reverse("grants:call_detail", args=[grants["call"].pk])
    assert client_for(world.outsider).get(url).status_code == 404


def test_a_reviewer_sees_what_she_is_assigned_only(grants, world, client_for):
    ReviewFactory(application=grants["draft"], reviewer=world.board)
    client = client_for(world.board)
    assert client.get(grants["draft"].get_absolute_url()).status_code == 200
    assert client.get(grants["other_draft"].get_absolute_url()).status_code == 404
    page = client.get(reverse("grants:call_detail", args=[grants["call"].pk])).content.decode()
    assert world.ngo.name_fi in page and "Toinen yhdistys ry" not in page


def test_a_coordinator_sees_decisions_about_activity_in_her_municipality(
    grants, world, client_for, decided_other
):
    """The other association acts in M2: M1's coordinator does not see its decision; M1's
    activity (the NGO's) decided: she does."""
    draft = grants["draft"]
    draft.status = ApplicationStatus.DECIDED
    draft.save()
    DecisionFactory(application=draft, conditions="Ehto Yksi")
    decided_other["decision"].conditions = "Ehto Kaksi"
    decided_other["decision"].save()
    client = client_for(world.coordinator)
    page = client.get(reverse("grants:decision_list", args=[grants["call"].pk])).content.decode()
    assert "Ehto Yksi" in page and "Ehto Kaksi" not in page
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_only_staff_download_the_decision_list(grants, world, client_for):
    url = reverse("grants:decision_list_docx", args=[grants["call"].pk])
    for user in (world.ngo_user, world.coordinator, world.board):
        assert client_for(user).get(url).status_code == 403
    assert Application.objects.count() == 2
