"""The agreements app's records for the access matrix: an agreement of the county with M1 (a
signed PDF stored), its table with a drafting annex and a row with a comment, and an approved
annex (for starting a new version)."""

import datetime as dt

from agreements.factories import (
    MINIMAL_PDF,
    AgreementFactory,
    AnnexFactory,
    AnnexRowFactory,
    TableFactory,
)
from django.core.files.base import ContentFile
from factories import ThemeFactory

from yhdyspinta.agreements.models import RowComment


def records(w, o) -> dict:
    agreement = AgreementFactory(county=w.county, title="Kunta Yhden puitesopimus", parties=[w.m1])
    agreement.document.save("matrix.pdf", ContentFile(MINIMAL_PDF), save=True)
    table = TableFactory(agreement=agreement)
    annex = AnnexFactory(table=table, theme=w.theme)
    annex.set_due(None)
    row = AnnexRowFactory(annex=annex, task="Yhteinen tehtävä")
    theme = ThemeFactory(slug="agreements-approved", name_fi="Hyväksytty teema")
    approved = AnnexFactory(
        table=table,
        theme=theme,
        status="approved",
        approved_by=o["county_body"],
        approved_on=dt.date(2024, 1, 15),
    )
    comment = RowComment.objects.create(row=row, author=w.coordinator, text="Rivikommentti")
    return {
        "agreement": agreement,
        "agreement_table": table,
        "annex": annex,
        "annex_row": row,
        "approved_annex": approved,
        "row_comment": comment,
    }
