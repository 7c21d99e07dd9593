"""Benchmarks: run on demand with `uv run python -m tests.benchmarks`; they print their figures."""
