"""Small builders for the feed and digest tests (rounds records with the fields they need)."""

from datetime import date

from yhdyspinta.organizations.vaguedate import parse_vague_date
from yhdyspinta.rounds.models import Action, Finding, FindingKind, Negotiation, Request, Round

REFERENCE = date(2023, 9, 1)


def make_round(county, slug="autumn-2023", title="Kuntakierros syksy 2023"):
    return Round.objects.create(county=county, slug=slug, title=title, starts=REFERENCE)


def make_negotiation(round_, municipality, day=None, **fields):
    return Negotiation.objects.create(round=round_, municipality=municipality, date=day, **fields)


def make_action(round_, owner, text="Päivitetään hyvinvointisuunnitelma", due="31.10.2023",
                **fields):  # fmt: skip
    action = Action(round=round_, owner=owner, text=text, **fields)
    action.set_due(parse_vague_date(due, reference=REFERENCE) if due else None)
    action.full_clean()
    action.save()
    return action


def make_finding(round_, text="Yhteistyö toimii", kind=FindingKind.STRENGTH, municipalities=()):
    finding = Finding.objects.create(
        round=round_, text=text, kind=kind, all_municipalities=not municipalities
    )
    finding.municipalities.set(municipalities)
    return finding


def make_request(municipality, text="Toive asiantuntijatuesta", **fields):
    return Request.objects.create(municipality=municipality, text=text, **fields)
