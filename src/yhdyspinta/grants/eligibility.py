"""Eligibility: the call's rules, as data, applied to an application.

An application is judged by what it does (its themes, target groups and the municipalities where
the activity happens), never by the kind of organisation. The legal forms the call excludes
(cooperatives and foundations in the North Karelian guideline) are refused with the reason.

Two sorts of rules:

* `submission_errors`: what makes a submission bad input (the deadline, a second submission, a
  required field left empty, an amount outside the limits). The submission is refused with an
  error naming the field and nothing is written.
* `eligibility_outcomes`: the judgement recorded on a submitted application (legal form, themes,
  target groups, where). Each outcome names its rule and is shown to the applicant and reviewers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from yhdyspinta.organizations.models import LegalForm

from .models import REQUIRABLE_FIELDS, Application, ApplicationStatus

RULE_LABELS = {
    "legal_form": gettext_lazy("legal form"),
    "themes": gettext_lazy("themes funded"),
    "target_groups": gettext_lazy("target groups funded"),
    "municipalities": gettext_lazy("activity in the county"),
}


@dataclass(frozen=True)
class Outcome:
    rule: str
    passed: bool
    reason: str

    @property
    def label(self) -> str:
        return str(RULE_LABELS[self.rule])


def _euros(value) -> str:
    return f"{number_format(value, 2, force_grouping=True)} €"


def is_filled(application: Application, name: str, *, attachments: int | None = None) -> bool:
    if name == "attachments":
        count = attachments if attachments is not None else application.attachments.count()
        return count > 0
    if name in ("themes", "municipalities"):
        return application.pk is not None and getattr(application, name).exists()
    return bool(getattr(application, name))


def amount_error(call, amount) -> str | None:
    if amount is None:
        return None
    if amount > call.max_amount:
        return _("The call grants at most %(max)s.") % {"max": _euros(call.max_amount)}
    if amount < call.min_amount:
        return _("The call grants at least %(min)s.") % {"min": _euros(call.min_amount)}
    return None


def submission_errors(application: Application, today: dt.date) -> dict[str | None, str]:
    """{field or None: message} of what prevents the submission; empty when it may go ahead."""
    call = application.call
    if application.status != ApplicationStatus.DRAFT:
        return {None: _("This application has already been submitted.")}
    if today > call.closes:
        return {
            None: _("The call closed on %(date)s; applications are no longer accepted.")
            % {"date": call.closes.strftime("%-d.%-m.%Y")}
        }
    if today < call.opens:
        return {
            None: _("The call opens on %(date)s.") % {"date": call.opens.strftime("%-d.%-m.%Y")}
        }
    errors: dict[str | None, str] = {}
    for name in call.required_fields:
        if not is_filled(application, name):
            errors[name] = _("This call requires %(field)s.") % {"field": REQUIRABLE_FIELDS[name]}
    message = amount_error(call, application.requested_amount)
    if message:
        errors["requested_amount"] = message
    if not application.organization.business_id:
        errors["business_id"] = _("Enter the business ID of your organisation.")
    return errors


def eligibility_outcomes(application: Application) -> list[Outcome]:
    call = application.call
    org = application.organization
    outcomes = []
    if org.legal_form in call.excluded_legal_forms:
        outcomes.append(
            Outcome(
                "legal_form",
                False,
                _(
                    "The call does not fund organisations whose legal form is %(form)s "
                    "(excluded: %(excluded)s)."
                )
                % {
                    "form": LegalForm(org.legal_form).label,
                    "excluded": ", ".join(call.excluded_legal_form_labels()),
                },
            )
        )
    else:
        outcomes.append(Outcome("legal_form", True, _("The legal form is not excluded.")))
    call_theme_ids = {t.pk for t in call.themes.all()}
    own = [t for t in application.themes.all() if t.pk in call_theme_ids]
    outcomes.append(
        Outcome("themes", True, _("Funded themes: %(names)s.") % {"names": _names(own)})
        if own
        else Outcome("themes", False, _("None of the activity's themes is funded by the call."))
    )
    if call.target_groups:
        groups = [g for g in application.target_groups if g in call.target_groups]
        outcomes.append(
            Outcome("target_groups", True, _("The activity reaches a funded target group."))
            if groups
            else Outcome(
                "target_groups", False, _("The activity reaches none of the funded target groups.")
            )
        )
    places = list(application.municipalities.all())
    outside = [m.name for m in places if m.parent_county_id != call.county_id]
    if not places or outside:
        reason = (
            _("Activity outside the county: %(names)s.") % {"names": ", ".join(outside)}
            if outside
            else _("The application names no municipality where the activity happens.")
        )
        outcomes.append(Outcome("municipalities", False, reason))
    else:
        outcomes.append(
            Outcome(
                "municipalities", True, _("Activity in: %(names)s.") % {"names": _names(places)}
            )
        )
    return outcomes


def _names(objects) -> str:
    return ", ".join(str(o.name) for o in objects)


def judge(application: Application) -> list[Outcome]:
    """Record the judgement on a submitted application: eligible, or ineligible with the first
    rule not met and its reason. Returns every outcome."""
    outcomes = eligibility_outcomes(application)
    failed = next((o for o in outcomes if not o.passed), None)
    if failed is None:
        application.status = ApplicationStatus.ELIGIBLE
        application.ineligible_rule = application.ineligible_reason = ""
    else:
        application.status = ApplicationStatus.INELIGIBLE
        application.ineligible_rule = failed.rule
        application.ineligible_reason = failed.reason
    return outcomes
