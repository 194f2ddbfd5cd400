"""The call's eligibility rules, as data, applied at submission."""

import datetime as dt
from decimal import Decimal

import pytest
from factories import NGOFactory, ThemeFactory
from grants.factories import ApplicationFactory

from yhdyspinta.grants.eligibility import eligibility_outcomes, submission_errors
from yhdyspinta.grants.models import ApplicationStatus
from yhdyspinta.grants.services import SubmissionRefused, submit
from yhdyspinta.organizations.models import LegalForm

TODAY = dt.date(2024, 3, 1)


def outcome(application, rule):
    return next(o for o in eligibility_outcomes(application) if o.rule == rule)


def test_an_association_doing_funded_activity_is_eligible(grants):
    outcomes = submit(grants["draft"], TODAY)
    draft = grants["draft"]
    assert draft.status == ApplicationStatus.ELIGIBLE
    assert all(o.passed for o in outcomes)
    assert draft.submitted_at is not None


@pytest.mark.parametrize("legal_form", ["cooperative", "foundation"])
def test_an_excluded_legal_form_is_refused_with_the_reason(grants, world, legal_form):
    org = NGOFactory(legal_form=legal_form, parent_county=world.county, business_id="5678901-2")
    application = ApplicationFactory(
        call=grants["call"], organization=org, themes=[world.theme], municipalities=[world.m1]
    )
    submit(application, TODAY)
    assert application.status == ApplicationStatus.INELIGIBLE
    assert application.ineligible_rule == "legal_form"
    assert str(LegalForm(legal_form).label) in application.ineligible_reason


def test_the_organisation_kind_does_not_matter_only_the_activity(grants, world):
    """An 'other' kind of organisation doing funded activity is eligible; an NGO whose activity
    has no funded theme is not."""
    other_kind = NGOFactory(kind="other", parent_county=world.county, business_id="6789012-4")
    application = ApplicationFactory(
        call=grants["call"],
        organization=other_kind,
        themes=[world.theme],
        municipalities=[world.m1],
    )
    submit(application, TODAY)
    assert application.status == ApplicationStatus.ELIGIBLE
    unfunded = ThemeFactory(slug="unfunded")
    grants["other_draft"].themes.set([unfunded])
    grants["other_ngo"].business_id = "7890123-9"
    grants["other_ngo"].save()
    submit(grants["other_draft"], TODAY)
    assert grants["other_draft"].ineligible_rule == "themes"


def test_a_target_group_the_call_does_not_fund_is_ineligible(grants):
    draft = grants["draft"]
    draft.target_groups = ["immigrants"]
    draft.save()
    assert not outcome(draft, "target_groups").passed
    submit(draft, TODAY)
    assert draft.ineligible_rule == "target_groups"


def test_a_call_without_target_groups_has_no_target_group_rule(grants):
    call = grants["call"]
    call.target_groups = []
    call.save()
    assert {o.rule for o in eligibility_outcomes(grants["draft"])} == {
        "legal_form",
        "themes",
        "municipalities",
    }


def test_activity_in_another_county_is_ineligible(grants, world):
    draft = grants["draft"]
    draft.municipalities.set([world.m3])
    result = outcome(draft, "municipalities")
    assert not result.passed and "Kunta Kolme" in result.reason


def test_the_rules_are_data_on_the_call(grants):
    call = grants["call"]
    call.excluded_legal_forms = []
    call.save()
    coop = ApplicationFactory(call=call, organization=grants["cooperative"])
    assert outcome(coop, "legal_form").passed


def test_a_missing_required_field_names_the_field(grants):
    draft = grants["draft"]
    draft.municipalities.clear()
    draft.activity_description = ""
    draft.save()
    errors = submission_errors(draft, TODAY)
    assert set(errors) == {"municipalities", "activity_description"}
    with pytest.raises(SubmissionRefused):
        submit(draft, TODAY)
    draft.refresh_from_db()
    assert draft.status == ApplicationStatus.DRAFT and draft.submitted_at is None


def test_required_attachments_are_counted(grants):
    call = grants["call"]
    call.required_fields = ["attachments"]
    call.save()
    assert set(submission_errors(grants["draft"], TODAY)) == {"attachments"}


def test_an_amount_over_the_limit_is_refused(grants):
    draft = grants["draft"]
    draft.requested_amount = Decimal("20000.01")
    draft.save()
    assert "requested_amount" in submission_errors(draft, TODAY)
    draft.requested_amount = Decimal("499.99")
    assert "requested_amount" in submission_errors(draft, TODAY)


def test_a_submission_after_the_deadline_is_refused(grants):
    call = grants["call"]
    call.closes = dt.date(2024, 2, 29)
    call.save()
    with pytest.raises(SubmissionRefused) as refused:
        submit(grants["draft"], TODAY)
    assert "29.2.2024" in refused.value.errors[None]
    grants["draft"].refresh_from_db()
    assert grants["draft"].status == ApplicationStatus.DRAFT


def test_the_last_day_is_still_open(grants):
    call = grants["call"]
    call.closes = TODAY
    call.save()
    submit(grants["draft"], TODAY)
    assert grants["draft"].status == ApplicationStatus.ELIGIBLE


def test_a_second_submission_is_refused_and_changes_nothing(grants):
    submit(grants["draft"], TODAY)
    first = grants["draft"].submitted_at
    with pytest.raises(SubmissionRefused) as refused:
        submit(grants["draft"], TODAY)
    assert None in refused.value.errors
    grants["draft"].refresh_from_db()
    assert grants["draft"].submitted_at == first


def test_an_organisation_without_a_business_id_cannot_submit(grants, world):
    world.ngo.business_id = ""
    world.ngo.save()
    assert "business_id" in submission_errors(grants["draft"], TODAY)


def test_the_stored_reason_is_shown_in_the_readers_language(grants, world):
    """The reason is stored as its code and parameters, not as text frozen in one language."""
    from django.utils import translation

    org = NGOFactory(legal_form="foundation", parent_county=world.county, business_id="5678901-2")
    application = ApplicationFactory(
        call=grants["call"], organization=org, themes=[world.theme], municipalities=[world.m1]
    )
    with translation.override("fi"):
        submit(application, TODAY)
    application.refresh_from_db()
    assert application.ineligible_code == "legal_form_excluded"
    assert application.ineligible_params["form"] == "foundation"
    with translation.override("en"):
        english = application.ineligible_reason
    with translation.override("fi"):
        finnish = application.ineligible_reason
    assert "does not fund" in english and "foundation" in english
    assert finnish != english and "säätiö" in finnish.lower()
