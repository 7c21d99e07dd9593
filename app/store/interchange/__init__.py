"""Exchanging the diary with other programs: lossless JSON, CSV for spreadsheets."""
