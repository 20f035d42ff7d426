"""minutetaker: live minute-taking for formal governance meetings."""

__version__ = "0.1.0"
