"""Generated service facade: one method table per namespace, one method per operation."""
