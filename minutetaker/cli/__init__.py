"""The command line (listed in the README; `minutetaker --help`): thin over the core,
loading Qt only to open the window."""
