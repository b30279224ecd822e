"""English word frequency on the zipf scale, imported by what must stay light (`check` reads control words with it and
must load neither pydantic nor the NER stack); wordfreq is imported on first use."""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """English zipf frequency of a word (0 when unknown); wordfreq is imported on first use."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en")
