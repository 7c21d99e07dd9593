"""Dosebook."""
