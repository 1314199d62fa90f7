"""Benchmarks: the figures a linguist feels, each next to its floor (``python -m benchmarks``)."""
