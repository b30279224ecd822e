"""Our recognizers, one per module, each registered under a kind (`@register`, see
sbu_redact/detection/registry.py) and turned on by its entry under `recognizers:` in
rules/entities.yaml. Content recognizers are Presidio `EntityRecognizer`s run on each span
of text; field recognizers find names in the header fields the reader located."""
