"""Generated service facade: one class per namespace, one method per operation."""
