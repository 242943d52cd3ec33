"""The patient's copy in the patient's language: gettext catalogs and locale data."""
