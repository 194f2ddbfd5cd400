"""Changes that make a county's stored overlap pairs stale (services/stored.py)."""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver

from yhdyspinta.organizations.models import Organization
from yhdyspinta.organizations.restoring import is_restoring

from .models import Network, NetworkMember, NetworkPerson, OverlapDecision
from .services.stored import note_change


def _county_of_owner(owner_id) -> int | None:
    if is_restoring():  # the backup holds the stored pairs and their computation records
        return None
    row = Organization.objects.filter(pk=owner_id).values_list("kind", "parent_county_id").first()
    if row is None:
        return None
    kind, parent = row
    return owner_id if kind == Organization.Kind.COUNTY else parent


def _county_of_network(network_id) -> int | None:
    if is_restoring():
        return None
    owner_id = Network.objects.filter(pk=network_id).values_list("owner_id", flat=True).first()
    return _county_of_owner(owner_id) if owner_id else None


@receiver(pre_save, sender=Network)
def network_saving(sender, instance, raw=False, **kwargs):
    """Remember the owner before the save: a network moved to an owner of another county makes
    the old county's stored pairs stale too."""
    if instance.pk and not raw:
        instance._owner_before_save = (
            Network.objects.filter(pk=instance.pk).values_list("owner_id", flat=True).first()
        )


@receiver([post_save, post_delete], sender=Network)
def network_changed(sender, instance, **kwargs):
    county = _county_of_owner(instance.owner_id)
    note_change(county)
    before = getattr(instance, "_owner_before_save", None)
    if before is not None and before != instance.owner_id:
        old_county = _county_of_owner(before)
        if old_county != county:
            note_change(old_county)


@receiver(m2m_changed, sender=Network.themes.through)
def network_themes_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, Network):
        note_change(_county_of_owner(instance.owner_id))


@receiver([post_save, post_delete], sender=NetworkMember)
@receiver([post_save, post_delete], sender=NetworkPerson)
def member_changed(sender, instance, **kwargs):
    note_change(_county_of_network(instance.network_id))


@receiver([post_save, post_delete], sender=OverlapDecision)
def decision_changed(sender, instance, **kwargs):
    note_change(_county_of_network(instance.network_a_id))
