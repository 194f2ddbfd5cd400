import datetime as dt

import factory

from yhdyspinta.agreements.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Annex,
    AnnexRow,
    AnnexStatus,
    ResponsibilityTable,
)

# The smallest PDF that the validator accepts: header, one page, xref table, trailer.
MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
)
MINIMAL_PDF += (
    b"xref\n0 4\n0000000000 65535 f \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n"
    + str(len(MINIMAL_PDF)).encode()
    + b"\n%%EOF\n"
)


class AgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agreement
        skip_postgeneration_save = True

    kind = AgreementKind.FRAMEWORK
    title = factory.Sequence(lambda n: f"Puitesopimus {n}")
    status = AgreementStatus.SIGNED
    signed_on = dt.date(2023, 3, 31)

    @factory.post_generation
    def parties(self, create, extracted, **kwargs):
        if create and extracted:
            self.parties.set(extracted)


class TableFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ResponsibilityTable

    agreement = factory.SubFactory(AgreementFactory)


class AnnexFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Annex

    status = AnnexStatus.DRAFTING


class AnnexRowFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AnnexRow

    task = factory.Sequence(lambda n: f"Tehtävä {n}")
    county_duty = "HVA vastaa palvelusta."
    municipality_duty = "Kunta nimeää yhteyshenkilön."
    joint_duty = "Yhteinen työryhmä."
    legal_basis = "612/2021"
