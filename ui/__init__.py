"""The desktop interface (PySide6): thin widgets over the core in app/ and exports/."""
