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
from dataclasses import dataclass, field

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


# The reasons, by code; an outcome stores the code and its parameters (legal form codes, names)
# and the text is rendered when shown, in the reader's language.
REASONS = {
    "legal_form_excluded": gettext_lazy(
        "The call does not fund organisations whose legal form is %(form)s "
        "(excluded: %(excluded)s)."
    ),
    "legal_form_ok": gettext_lazy("The legal form is not excluded."),
    "themes_funded": gettext_lazy("Funded themes: %(names)s."),
    "themes_none": gettext_lazy("None of the activity's themes is funded by the call."),
    "target_groups_ok": gettext_lazy("The activity reaches a funded target group."),
    "target_groups_none": gettext_lazy("The activity reaches none of the funded target groups."),
    "municipalities_outside": gettext_lazy("Activity outside the county: %(names)s."),
    "municipalities_none": gettext_lazy(
        "The application names no municipality where the activity happens."
    ),
    "municipalities_ok": gettext_lazy("Activity in: %(names)s."),
}


def _form_label(code: str) -> str:
    return str(LegalForm(code).label) if code in LegalForm.values else code


def reason_text(code: str, params: dict | None = None) -> str:
    """The reason of an outcome in the active language ("" for an unknown code)."""
    template = REASONS.get(code)
    if template is None:
        return ""
    params = dict(params or {})
    if "form" in params:
        params["form"] = _form_label(params["form"])
    if "excluded" in params:
        params["excluded"] = ", ".join(_form_label(v) for v in params["excluded"])
    if "names" in params:
        params["names"] = ", ".join(params["names"])
    try:
        return str(template) % params
    except (KeyError, TypeError, ValueError):
        return str(template)


@dataclass(frozen=True)
class Outcome:
    rule: str
    passed: bool
    code: str
    params: dict = field(default_factory=dict)

    @property
    def label(self) -> str:
        return str(RULE_LABELS[self.rule])

    @property
    def reason(self) -> str:
        return reason_text(self.code, self.params)


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
        params = {"form": org.legal_form, "excluded": list(call.excluded_legal_forms)}
        outcomes.append(Outcome("legal_form", False, "legal_form_excluded", params))
    else:
        outcomes.append(Outcome("legal_form", True, "legal_form_ok"))
    call_theme_ids = {t.pk for t in call.themes.all()}
    own = [t for t in application.themes.all() if t.pk in call_theme_ids]
    outcomes.append(
        Outcome("themes", True, "themes_funded", {"names": _names(own)})
        if own
        else Outcome("themes", False, "themes_none")
    )
    if call.target_groups:
        groups = [g for g in application.target_groups if g in call.target_groups]
        outcomes.append(
            Outcome("target_groups", True, "target_groups_ok")
            if groups
            else Outcome("target_groups", False, "target_groups_none")
        )
    places = list(application.municipalities.all())
    outside = [str(m.name) for m in places if m.parent_county_id != call.county_id]
    if outside:
        outcomes.append(
            Outcome("municipalities", False, "municipalities_outside", {"names": outside})
        )
    elif not places:
        outcomes.append(Outcome("municipalities", False, "municipalities_none"))
    else:
        outcomes.append(
            Outcome("municipalities", True, "municipalities_ok", {"names": _names(places)})
        )
    return outcomes


def _names(objects) -> list[str]:
    return [str(o.name) for o in objects]


def judge(application: Application) -> list[Outcome]:
    """Record the judgement on a submitted application: eligible, or ineligible with the first
    rule not met, its reason code and parameters (the text is rendered when shown). Returns
    every outcome."""
    outcomes = eligibility_outcomes(application)
    failed = next((o for o in outcomes if not o.passed), None)
    if failed is None:
        application.status = ApplicationStatus.ELIGIBLE
        application.ineligible_rule = application.ineligible_code = ""
        application.ineligible_params = {}
    else:
        application.status = ApplicationStatus.INELIGIBLE
        application.ineligible_rule = failed.rule
        application.ineligible_code = failed.code
        application.ineligible_params = failed.params
    return outcomes
