"""Dosebook's command line: the GUI by default, and subcommands for scripts and checks."""

from app.cli.main import main, main_gui

__all__ = ["main", "main_gui"]
