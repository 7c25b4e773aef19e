"""The normalized OpenAPI documents (after overlays), for the sandbox and tools."""
