"""sitewatch: cited situation pictures of watched sites from open-source reporting."""

__version__ = "0.1.0"
