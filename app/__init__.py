"""craftsman-review: the domain core (data model, storage, formats, CLI) of the 上海工匠 review app."""

__version__ = "0.1.0"
