"""The one column list of the network sheet: the export, the template and the import use it.

Headers are English msgids translated to the canonical Finnish headers of the shared Excel
(Verkoston nimi, Tarkoitus, ...); the Finnish, Swedish and English names are also listed as
aliases so that a sheet is recognised whatever the UI language.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from yhdyspinta.documents.spreadsheets import Choice, Column, ColumnKind
from yhdyspinta.organizations.models import Theme

from ..models import MeetingFrequency, NetworkStatus, TargetGroup

TARGET_ALIASES = {
    TargetGroup.CHILDREN_FAMILIES: ("lapset ja perheet", "lapsiperheet", "barn och familjer"),
    TargetGroup.YOUNG_PEOPLE: ("nuoret", "unga"),
    TargetGroup.WORKING_AGE: ("työikäiset", "personer i arbetsför ålder"),
    TargetGroup.OLDER_PEOPLE: ("ikäihmiset", "ikääntyneet", "äldre"),
    TargetGroup.EVERYONE: ("kaikki", "koko väestö", "alla"),
}
FREQUENCY_ALIASES = {
    MeetingFrequency.WEEKLY: ("viikoittain", "kerran viikossa", "varje vecka"),
    MeetingFrequency.BIWEEKLY: ("joka toinen viikko", "kahden viikon välein", "varannan vecka"),
    MeetingFrequency.MONTHLY: ("kuukausittain", "kerran kuussa", "varje månad"),
    MeetingFrequency.BIMONTHLY: ("joka toinen kuukausi", "varannan månad"),
    MeetingFrequency.QUARTERLY: ("4 kertaa vuodessa", "neljännesvuosittain", "fyra gånger om året"),
    MeetingFrequency.TWICE_A_YEAR: ("2 kertaa vuodessa", "kaksi kertaa vuodessa", "två gånger"),
    MeetingFrequency.YEARLY: ("kerran vuodessa", "vuosittain", "en gång om året"),
    MeetingFrequency.AS_NEEDED: ("tarvittaessa", "vid behov"),
}
STATUS_ALIASES = {
    NetworkStatus.ACTIVE: ("toiminnassa", "aktiivinen", "aktiv"),
    NetworkStatus.ENDING: ("päättymässä", "upphör"),
    NetworkStatus.ENDED: ("päättynyt", "lakannut", "avslutad"),
}


def theme_choices(county_id: int | None) -> list[Choice]:
    from django.db.models import Q

    themes = Theme.objects.filter(Q(county__isnull=True) | Q(county_id=county_id))
    return [
        Choice(theme.slug, theme.name_fi, aliases=(theme.name_sv, theme.name_en))
        for theme in themes.order_by("order", "name_fi")
    ]


def _choices(enum, aliases) -> list[Choice]:
    return [Choice(value, label, aliases=aliases.get(value, ())) for value, label in enum.choices]


def network_columns(county_id: int | None, *, themes: list[Choice] | None = None) -> list[Column]:
    """The sheet's columns. ``themes`` may be given to avoid a query per call."""
    theme_list = themes if themes is not None else theme_choices(county_id)
    return [
        Column("name", _("Network name"), required=True, max_length=200, width=40,
               aliases=("Verkoston nimi", "Verkosto", "Nätverkets namn", "Nätverk"),
               accessor=lambda row: row["name"],
               help_text=_("The network's name as its members use it.")),
        Column("purpose", _("Purpose"), aliases=("Tarkoitus", "Syfte", "Tavoite"),
               max_length=5000, width=50, accessor=lambda row: row["purpose"]),
        Column("themes", _("Themes"), multiple=True, choices=lambda: theme_list,
               aliases=("Teemat", "Teema", "Teman", "Tema"), accessor=lambda row: row["themes"]),
        Column("target_groups", _("Target groups"), multiple=True,
               choices=_choices(TargetGroup, TARGET_ALIASES),
               aliases=("Kohderyhmät", "Kohderyhmä", "Målgrupper"),
               accessor=lambda row: row["target_groups"]),
        Column("members", _("Member organisations"), max_length=5000, width=50,
               aliases=("Jäsenorganisaatiot", "Jäsenet", "Medlemsorganisationer", "Members"),
               accessor=lambda row: row["members"],
               help_text=_("Separate organisations with semicolons or line breaks.")),
        Column("coordinator", _("Coordinating organisation"), max_length=200,
               aliases=("Koordinoiva organisaatio", "Koordinaattori", "Samordnande organisation"),
               accessor=lambda row: row["coordinator"]),
        Column("county_participates", _("County takes part (yes/no)"), kind=ColumnKind.BOOLEAN,
               aliases=("Hyvinvointialue mukana (kyllä/ei)", "Hyvinvointialue mukana",
                        "HVA mukana", "Välfärdsområdet deltar (ja/nej)", "County takes part"),
               accessor=lambda row: row["county_participates"]),
        Column("meeting_frequency", _("Meeting frequency"),
               choices=_choices(MeetingFrequency, FREQUENCY_ALIASES),
               aliases=("Kokoontumistiheys", "Kokoontuu", "Mötesfrekvens"),
               accessor=lambda row: row["meeting_frequency"] or None),
        Column("reports_to", _("Reports to"), max_length=200,
               aliases=("Raportoi", "Raportoi kenelle", "Rapporterar till"),
               accessor=lambda row: row["reports_to"],
               help_text=_("A body (e.g. the HYTE board), another network, or free text.")),
        Column("contact", _("Contact person"), max_length=200,
               aliases=("Yhteyshenkilö", "Kontaktperson"), accessor=lambda row: row["contact"]),
        Column("email", _("E-mail"), kind=ColumnKind.EMAIL,
               aliases=("Sähköposti", "E-post", "Email", "Sähköpostiosoite"),
               accessor=lambda row: row["email"] or None),
        Column("owner", _("Owner organisation"), max_length=200,
               aliases=("Kunta", "Omistaja", "Organisaatio", "Kommun", "Ägare", "Owner"),
               accessor=lambda row: row["owner"],
               help_text=_("The municipality (or the county) whose network this is. "
                           "Leave empty to use the organisation you import for.")),
        Column("status", _("Status"), choices=_choices(NetworkStatus, STATUS_ALIASES),
               aliases=("Tila", "Status"), accessor=lambda row: row["status"]),
    ]  # fmt: skip


INSTRUCTIONS = [
    _("One row per cooperation network. The first sheet is read; a title above the header "
      "row, extra columns and empty rows are allowed."),
    _("Themes, target groups, meeting frequency and yes/no come from the drop-down lists; "
      "several themes or target groups go in one cell separated by semicolons."),
    _("Member organisations are matched to the register by name; a name that is not found "
      "becomes a new organisation, shown in the preview before anything is saved."),
    _("After uploading you see what would be added, changed and left out. Nothing is saved "
      "until you confirm."),
]  # fmt: skip
