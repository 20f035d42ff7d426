"""The command line (see cli.md): thin over the core; loads Qt only for the window."""
