"""``python -m timeback_gen.sandbox``."""

from .cli import main

raise SystemExit(main())
