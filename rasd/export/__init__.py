"""Exports of article records to the formats of event-data tools."""
