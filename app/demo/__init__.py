"""Synthetic demo data: realistic applicants, panels and attachment PDFs for trying the app out."""
