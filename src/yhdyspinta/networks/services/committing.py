"""Write a stored preview: all rows or nothing, in bulk (a 5,000-row sheet in seconds)."""

from __future__ import annotations

from django.apps import apps
from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from yhdyspinta.documents.spreadsheets import ImportProblem, ImportProblems
from yhdyspinta.documents.spreadsheets.errors import lazy_message
from yhdyspinta.organizations.models import LegalForm, Organization, Theme

from ..models import ImportBatch, MemberRole, Network, NetworkMember, join_target_groups
from .stored import changes_batched, note_change

SCALAR_FIELDS = ("purpose", "county_participates", "meeting_frequency", "status")


class StalePreview(ImportProblems):
    pass


def _stale(row) -> StalePreview:
    problem = ImportProblem(
        file="",
        sheet=None,
        row=row["row"],
        column=None,
        reason_code="stale",
        message=lazy_message(
            _("'%(name)s' was changed in the register after the preview; upload the file again."),
            {"name": row["name"]},
        ),
    )
    return StalePreview([problem])


def _apply(network: Network, row: dict) -> None:
    state, fields = row["state"], set(row["fields"]) if row["action"] == "changed" else None
    for field in SCALAR_FIELDS:
        if fields is None or field in fields:
            setattr(network, field, state[field])
    if fields is None or "target_groups" in fields:
        network.target_groups = join_target_groups(state["target_groups"])
    if fields is None or "reports_to" in fields:
        kind, *rest = state["reports_to"]
        network.reports_to_body_id = rest[0] if kind == "body" else None
        network.reports_to_network_id = rest[0] if kind == "network" else None
        network.reports_to_text = rest[0] if kind == "text" else ""
    if fields is None or "contact" in fields:
        kind, *rest = state["contact"]
        network.contact_person_id = rest[0] if kind == "person" else None
        network.contact_name = rest[0] if kind == "text" else ""
        network.contact_email = rest[1] if kind == "text" else ""
    if not network.county_participates:
        network.county_participation = ""


def commit_preview(preview: dict, *, user=None, end_missing: bool = False) -> dict:
    """Write the preview; returns counts. Raises StalePreview when a network changed since."""
    rows = [row for row in preview["rows"] if row["action"] in ("new", "changed")]
    organization = Organization.objects.get(pk=preview["organization"])
    # One overlap computation for the whole sheet, queued with the commit (services/stored.py).
    with changes_batched(), transaction.atomic():
        note_change(organization.county_id)
        new_orgs = _create_organisations(preview["new_organisations"], organization)
        themes = dict(Theme.objects.values_list("slug", "pk"))
        changed_ids = [row["network"] for row in rows if row["action"] == "changed"]
        current = Network.objects.select_for_update().in_bulk(changed_ids)
        created, updated = [], []
        for row in rows:
            if row["action"] == "new":
                network = Network(owner_id=row["owner"], name=row["name"])
                _apply(network, {**row, "action": "new"})
                created.append((network, row))
            else:
                network = current.get(row["network"])
                if network is None or network.updated_at.isoformat() != row["updated_at"]:
                    raise _stale(row)
                _apply(network, row)
                network.updated_at = timezone.now()
                updated.append((network, row))
        for network, _row in created + updated:
            # Field checks only: owners, bodies and people were resolved from the register.
            network.clean_fields(exclude=["owner", "reports_to_body", "reports_to_network",
                                          "contact_person"])  # fmt: skip
        bulk_create_with_history([n for n, _r in created], Network, default_user=user)
        # Primary keys after bulk_create: SQLite and PostgreSQL both return them.
        if created and created[0][0].pk is None:
            by_name = {
                (n.owner_id, n.name): n.pk
                for n in Network.objects.filter(owner_id__in={n.owner_id for n, _r in created})
            }
            for network, _row in created:
                network.pk = by_name[(network.owner_id, network.name)]
        if updated:
            fields = ["purpose", "county_participates", "county_participation",
                      "meeting_frequency", "status", "target_groups", "reports_to_body",
                      "reports_to_network", "reports_to_text", "contact_person", "contact_name",
                      "contact_email", "updated_at"]  # fmt: skip
            bulk_update_with_history([n for n, _r in updated], Network, fields, default_user=user)
        new_members = _write_relations(created, updated, themes, new_orgs)
        ended = 0
        missing = []
        if end_missing and preview["missing"]:
            ids = [item["id"] for item in preview["missing"]]
            missing = list(Network.objects.filter(pk__in=ids).exclude(status="ended"))
            for network in missing:
                network.status = "ended"
            bulk_update_with_history(missing, Network, ["status"], default_user=user)
            ended = len(missing)
        touched = [n.pk for n, _r in created + updated] + [n.pk for n in missing]
        _write_relation_history(touched, new_members, user)
    return {
        "created": len(created),
        "updated": len(updated),
        "organisations": len(new_orgs),
        "ended": ended,
    }


def _create_organisations(names: list[str], organization: Organization) -> dict[str, int]:
    if not names:
        return {}
    county_id = organization.county_id
    orgs = [
        Organization(
            kind=Organization.Kind.OTHER,
            name_fi=name[:200],
            legal_form=LegalForm.OTHER,
            parent_county_id=county_id,
        )
        for name in names
    ]
    bulk_create_with_history(orgs, Organization)
    found = dict(
        Organization.objects.filter(parent_county_id=county_id, name_fi__in=names).values_list(
            "name_fi", "pk"
        )
    )
    return {f"new:{name}": found[name[:200]] for name in names}


def _insert_rows(model, columns: list[str], rows: list[tuple]) -> None:
    """Plain INSERTs in one executemany: for link rows (20,000 for a 5,000-row sheet) Django's
    bulk_create spends most of its time building model instances and SQL per value."""
    if not rows:
        return
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    names = ", ".join(quote(model._meta.get_field(c).column) for c in columns)
    marks = ", ".join(["%s"] * len(columns))
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


def _write_relations(created, updated, themes: dict, new_orgs: dict) -> None:
    through = Network.themes.through
    theme_rows, member_rows = [], []
    rewrite_themes, rewrite_members = [], []
    for network, row in created + updated:
        fields = set(row["fields"]) if row["action"] == "changed" else None
        state = row["state"]
        if fields is None or "themes" in fields:
            rewrite_themes.append(network.pk)
            theme_rows += [(network.pk, themes[s]) for s in state["themes"]]
        if fields is None or {"members", "coordinator"} & fields:
            rewrite_members.append(network.pk)
            coordinator = state["coordinator"]
            ids = [new_orgs.get(m, m) for m in state["members"]]
            for org_id in dict.fromkeys(ids):
                member_rows.append((network.pk, org_id, MemberRole.MEMBER.value))
            if coordinator is not None:
                member_rows.append(
                    (
                        network.pk,
                        new_orgs.get(coordinator, coordinator),
                        MemberRole.COORDINATOR.value,
                    )
                )
    through.objects.filter(network_id__in=rewrite_themes).delete()
    _insert_rows(through, ["network", "theme"], theme_rows)
    NetworkMember.objects.filter(network_id__in=rewrite_members).delete()
    _insert_rows(NetworkMember, ["network", "organization", "role"], member_rows)
    return rewrite_members


def _chunks(ids: list[int], size: int = 900):
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _write_relation_history(network_ids: list[int], member_network_ids: list[int], user) -> None:
    """History for what the plain INSERTs wrote: the themes of every historical record this
    import created (as a manual save records them, so the next edit shows only its own
    change), and an "added" record for every member organisation written."""
    themes_history = apps.get_model("networks", "HistoricalNetwork_themes")
    through = Network.themes.through
    rows = []
    for ids in _chunks(network_ids):
        latest = dict(
            Network.history.filter(id__in=ids)
            .values("id")
            .annotate(last=Max("history_id"))
            .values_list("id", "last")
        )
        for row_id, network_id, theme_id in through.objects.filter(network_id__in=ids).values_list(
            "id", "network_id", "theme_id"
        ):
            rows.append((row_id, latest[network_id], theme_id, network_id))
    _insert_rows(themes_history, ["id", "history", "theme", "network"], rows)
    for ids in _chunks(member_network_ids):
        members = list(NetworkMember.objects.filter(network_id__in=ids))
        NetworkMember.history.bulk_history_create(members, default_user=user)


def commit_batch(batch: ImportBatch, *, user=None, end_missing: bool = False) -> dict:
    with transaction.atomic():
        batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
        if batch.state != ImportBatch.State.PREVIEW:
            raise ValueError("this import was already committed or discarded")
        counts = commit_preview(batch.payload, user=user, end_missing=end_missing)
        batch.state = ImportBatch.State.COMMITTED
        batch.committed_at = timezone.now()
        batch.save(update_fields=["state", "committed_at"])
    return counts
