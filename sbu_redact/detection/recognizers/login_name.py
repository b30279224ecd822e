"""PERSON: a login or clearance tag that runs a person's initials into the surname (fixnames34):
`NEA/IPA:RKerrigan-Salas`, `DPO:MEHawthorne`, `PD:M.Farraj-Cohen`, `cc JTOkafor`.

One or two capital initials, a full stop maybe after them, then a surname written as a name
(a capital, then lower case; a second part after a hyphen), with no space between: a shape that
English words do not take. The surname's parts are each no word English uses much
(`names.caps_continue_below_zipf`: not `USAid`, `PDFormat`, `BBCWorld`), and no people's,
title or organisation's word; a town's name may be a surname too (`MEHawthorne`).
A word of the token inside an e-mail address, a URL or a path is left to those recognizers."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_LOGIN = re.compile(r"(?<![\w@./\\\-'\u2019])(?P<initials>[A-Z]{1,2}\.?)(?P<surname>[A-Z][a-z\u00DF-\u00FF]{2,}(?:-[A-Z][a-z\u00DF-\u00FF]{2,})?)"
                    r"(?![\w@/\\\-'\u2019]|\.\w)")


@register("login_name")
class LoginNameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        pass

    def find(self, text):
        out = []
        for m in _LOGIN.finditer(text):
            if all(self._surname_part(p) for p in m.group("surname").split("-")):
                out.append(self.result(m.start(), m.end(), "initials run into a surname: a login or a clearance tag"))
        return out

    def _surname_part(self, word: str) -> bool:
        lex = self.lexicon
        names = lex.settings.names
        upper = word.upper()
        if upper in lex.stop_words or upper in lex.title_words or upper in lex.keep_upper \
                or upper in lex.organization_words or lex.never_a_name(word) or lex.is_people(word):
            return False
        return not lex.is_common(word, names.caps_continue_below_zipf)
