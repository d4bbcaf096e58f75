"""unionkit: clean and extract Chinese trade-union news pages."""

__version__ = "0.1.0"
