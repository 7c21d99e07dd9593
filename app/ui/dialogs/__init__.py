"""Dialogs: create, unlock, about."""
