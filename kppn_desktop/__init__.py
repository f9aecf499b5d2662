"""KPPN Desktop: the stakeholder consultation desk of a KPPN."""

__version__ = "0.1.0"
