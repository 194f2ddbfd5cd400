"""The welfare report and plan as a document: one content model (``blocks``) built from the
plan (``content``), written as Word (``word``) and as PDF through HTML (``html``)."""
