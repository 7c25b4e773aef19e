"""Typed Caliper 1.2 vocabulary and Timeback-profile event models (pydantic v2)."""
