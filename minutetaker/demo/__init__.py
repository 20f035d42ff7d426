"""A fictional archive to try the program on (Northshire is invented)."""

from minutetaker.demo.generator import fill_demo

__all__ = ["fill_demo"]
