"""The command-line options that several commands share, defined once (click decorators)."""
from __future__ import annotations

import click

rules_option = click.option("--rules", "rules_dir", type=click.Path(file_okay=False), default=None,
                            help="Rules directory (default: the rules shipped with sbu_redact).")
model_option = click.option("--model", default=None,
                            help="spaCy model for NER (default: the best installed en_core_web_* model).")
partner_option = click.option("--partner", default=None, help="Partner country code for the partner level, e.g. GBR.")
