"""GUI tests run offscreen (set in tests/conftest.py before Qt is imported)."""
