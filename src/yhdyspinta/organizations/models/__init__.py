from .access import AccessLevel, Account
from .bodies import Body, BodyMembership, CouncilTerm
from .organization import LegalForm, Organization, OrganizationQuerySet
from .people import Counterpart, Person, Role, RoleKind
from .themes import Theme

__all__ = [
    "AccessLevel",
    "Account",
    "Body",
    "BodyMembership",
    "CouncilTerm",
    "Counterpart",
    "LegalForm",
    "Organization",
    "OrganizationQuerySet",
    "Person",
    "Role",
    "RoleKind",
    "Theme",
]
