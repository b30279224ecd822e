"""`python -m sbu_redact` runs the command line."""
from .cli import main

main()
