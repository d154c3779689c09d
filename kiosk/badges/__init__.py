"""Badges: stock catalogue, templates, per-script fonts and fitting, ReportLab drawing."""
