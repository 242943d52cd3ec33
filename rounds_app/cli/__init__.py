"""The `rounds-app` command line: headless jobs on a database."""
