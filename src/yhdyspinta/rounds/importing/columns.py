"""The columns of the findings-and-actions sheet (Finnish headers in the UI; Finnish, Swedish
and English headers and values are recognised)."""

from __future__ import annotations

from datetime import date, datetime

from django.utils.translation import gettext_lazy as _

from yhdyspinta.documents.spreadsheets import CellError, Choice, Column, parse_text
from yhdyspinta.organizations.models import Organization, Theme
from yhdyspinta.organizations.vaguedate import VagueDate, VagueDateError, parse_vague_date

from ..models import ActionStatus, FindingKind
from ..models.findings import TEXT_MAX_LENGTH

ACTION = "action"
ALL = "*"
MAX_TEXT = TEXT_MAX_LENGTH  # a finding's or an action's text, as in the forms and the API

KIND_CHOICES = [
    Choice(FindingKind.STRENGTH.value, FindingKind.STRENGTH.label, ("vahvuus", "styrka")),
    Choice(FindingKind.CHALLENGE.value, FindingKind.CHALLENGE.label, ("haaste", "utmaning")),
    Choice(
        FindingKind.PROPOSAL.value,
        FindingKind.PROPOSAL.label,
        ("kehitysehdotus", "kehittämisehdotus", "utvecklingsförslag", "proposal"),
    ),
    Choice(FindingKind.STATUS.value, FindingKind.STATUS.label, ("tilanne", "läge", "status")),
    Choice(
        FindingKind.OBSERVATION.value,
        FindingKind.OBSERVATION.label,
        ("havainto", "yleinen havainto", "iakttagelse", "observation"),
    ),
    Choice(ACTION, _("follow-up action"), ("toimenpide", "jatkotoimenpide", "åtgärd", "action")),
]

STATUS_CHOICES = [
    Choice(ActionStatus.OPEN.value, ActionStatus.OPEN.label, ("avoin", "öppen", "auki")),
    Choice(
        ActionStatus.IN_PROGRESS.value,
        ActionStatus.IN_PROGRESS.label,
        ("käynnissä", "työn alla", "pågår", "kesken"),
    ),
    Choice(ActionStatus.DONE.value, ActionStatus.DONE.label, ("tehty", "valmis", "klar", "gjord")),
    Choice(
        ActionStatus.DROPPED.value,
        ActionStatus.DROPPED.label,
        ("luovuttu", "hylätty", "peruttu", "slopad", "struken"),
    ),
]


def _theme_choices(county):
    def choices():
        return [
            Choice(t.pk, t.name, (t.slug, t.name_fi, t.name_sv, t.name_en))
            for t in Theme.objects.for_county(county).order_by("order", "name_fi")
        ]

    return choices


def _municipality_choices(county):
    def choices():
        municipalities = Organization.objects.filter(parent_county=county).municipalities()
        return [
            Choice(ALL, _("all"), ("kaikki", "kaikki kunnat", "alla", "alla kommuner", "all")),
            *(
                Choice(m.pk, m.name, (m.name_fi, m.name_sv, m.code))
                for m in municipalities.order_by("name_fi")
            ),
        ]

    return choices


def _owner_choices(county):
    def choices():
        organisations = Organization.objects.filter(pk=county.pk) | Organization.objects.filter(
            parent_county=county
        )
        return [
            Choice(o.pk, o.name, (o.name_fi, o.name_sv, o.name_en, o.code or o.name_fi))
            for o in organisations.order_by("name_fi")
        ]

    return choices


def due_parser(reference: date):
    """A cell as a ``VagueDate``: a real Excel date, or a phrase such as "lokakuun loppuun"."""

    def parse(value) -> VagueDate:
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, date):
            return VagueDate.day(value)
        text = parse_text(value, max_length=100)
        try:
            return parse_vague_date(text, reference=reference, language="fi")
        except VagueDateError as error:
            raise CellError(
                "bad_due_date",
                _(
                    "'%(value)s' is not a date we can read. Write for example 31.10.2023, "
                    "10/2023, lokakuun loppuun mennessä, kevät 2024 or 2024."
                ),
            ) from error

    return parse


def columns_for(county, *, reference: date) -> list[Column]:
    """The sheet's columns for one county; ``reference`` supplies missing years of dates."""
    return [
        Column("kind", _("Type"), aliases=("Tyyppi", "Typ", "Laji"), required=True,
               choices=KIND_CHOICES, width=18,
               help_text=_("strength, challenge, development proposal, status, observation or "
                           "follow-up action")),
        Column("theme", _("Theme"), aliases=("Teema", "Tema"), choices=_theme_choices(county),
               width=28),
        Column("municipalities", _("Municipality"), aliases=("Kunta", "Kunnat", "Kommun"),
               choices=_municipality_choices(county), multiple=True, width=24,
               help_text=_("'all', or one or more municipalities separated by semicolons. For "
                           "an action, each municipality gets its own share of it.")),
        Column("text", _("Text"), aliases=("Teksti", "Kuvaus"), required=True,
               max_length=MAX_TEXT, width=60),
        Column("subpoints", _("Sub-points"), aliases=("Alakohdat", "Underpunkter"),
               max_length=MAX_TEXT * 4, width=40,
               help_text=_("One sub-point per line (Alt+Enter in Excel).")),
        Column("owner", _("Responsible organisation"),
               aliases=("Vastuutaho", "Vastuuorganisaatio", "Ansvarig organisation"),
               choices=_owner_choices(county), width=30,
               help_text=_("Actions only: the organisation that carries the action out.")),
        Column("owner_person", _("Responsible person"),
               aliases=("Vastuuhenkilö", "Ansvarsperson"), max_length=200, width=24,
               help_text=_("Actions only: first and last name of a person of the responsible "
                           "organisation.")),
        Column("due", _("Due date"), aliases=("Määräaika", "Tidsfrist", "Aikataulu"),
               parser=due_parser(reference), width=24,
               help_text=_("Actions only: 31.10.2023, 10/2023, lokakuun loppuun mennessä, "
                           "alkuvuosi 2024, kevät 2024 ...")),
        Column("status", _("Status"), aliases=("Tila",), choices=STATUS_CHOICES, width=14,
               help_text=_("Actions only: open (the default), in progress, done or dropped.")),
    ]  # fmt: skip
