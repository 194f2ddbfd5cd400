from .agreements import Agreement, AgreementKind, AgreementStatus, ResponsibilityTable
from .annexes import Annex, AnnexRevision, AnnexRow, AnnexStatus, GapFollowUp, RowComment

__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Annex",
    "AnnexRevision",
    "AnnexRow",
    "AnnexStatus",
    "GapFollowUp",
    "ResponsibilityTable",
    "RowComment",
]
