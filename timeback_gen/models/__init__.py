"""The generated models under public names, loaded on first use.

>>> from timeback_gen.models.oneroster import User
>>> from timeback_gen.models.events import TimebackTimeSpentEvent   # Timeback event profile
>>> from timeback_gen.models.caliper_vocabulary import AssessmentEvent
"""
