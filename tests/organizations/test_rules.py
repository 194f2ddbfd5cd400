import pytest
from factories import PersonFactory

from yhdyspinta.organizations.rules import can_read_owned, can_write_owned

READ = {
    # role: (own county record, own municipality record, other municipality, other county)
    "admin": (True, True, True, False),
    "staff": (True, True, True, False),
    "coordinator": (True, True, True, False),
    "board": (True, True, True, False),
    "ngo": (False, False, False, False),
    "outsider": (False, False, False, True),
}
WRITE = {
    "admin": (True, True, True, False),
    "staff": (True, True, True, False),
    "coordinator": (False, True, False, False),
    "board": (False, False, False, False),
    "ngo": (False, False, False, False),
    "outsider": (False, False, False, True),
}


@pytest.mark.parametrize("role", READ)
def test_read_and_write_follow_the_owner_organisation(world, role):
    user = world.user(role)
    owners = (world.county, world.m1, world.m2, world.m3)
    assert tuple(can_read_owned(user, o) for o in owners) == READ[role]
    assert tuple(can_write_owned(user, o) for o in owners) == WRITE[role]


def test_an_ngo_user_reads_and_writes_its_own_organisation_only(world):
    assert can_read_owned(world.ngo_user, world.ngo)
    assert can_write_owned(world.ngo_user, world.ngo)
    assert not can_read_owned(world.ngo_user, world.m1)


def test_anonymous_users_have_no_rights(world):
    from django.contrib.auth.models import AnonymousUser

    assert not can_read_owned(AnonymousUser(), world.m1)
    assert not can_write_owned(AnonymousUser(), world.m1)


def test_object_permissions_use_the_rules(world):
    person_m1 = PersonFactory(organization=world.m1)
    person_m2 = PersonFactory(organization=world.m2)
    assert world.coordinator.has_perm("organizations.change_person", person_m1)
    assert not world.coordinator.has_perm("organizations.change_person", person_m2)
    assert world.coordinator.has_perm("organizations.view_person", person_m2)
    assert not world.board.has_perm("organizations.change_person", person_m1)
    assert not world.outsider.has_perm("organizations.view_person", person_m1)
    assert world.admin.has_perm("organizations.change_theme", None)
    assert not world.staff.has_perm("organizations.change_theme", None)
