"""PERSON: a login or clearance tag that runs a person's initials into the surname (fixnames34):
`NEA/IPA:RKerrigan-Salas`, `DPO:MEHawthorne`, `PD:M.Farraj-Cohen`, `cc JTOkafor`.

One or two capital initials, a full stop maybe after them, then a surname written as a name
(a capital, then lower case; a second part after a hyphen), with no space between: a shape that
English words do not take. One part of the surname at least is no word English uses much
(`names.caps_continue_below_zipf`: not `USAid`, `PDFormat`, `BBCWorld`; `JWPellegrini-Ross`),
and none is a people's, title or organisation's word; a town's name may be a surname too
(`MEHawthorne`).
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
            parts = m.group("surname").split("-")
            if all(self._name_part(p) for p in parts) and any(self._rare_part(p) for p in parts):
                out.append(self.result(m.start(), m.end(), "initials run into a surname: a login or a clearance tag"))
        return out

    def _name_part(self, word: str) -> bool:
        lex = self.lexicon
        upper = word.upper()
        return not (upper in lex.stop_words or upper in lex.title_words or upper in lex.keep_upper
                    or upper in lex.organization_words or lex.never_a_name(word) or lex.is_people(word))

    def _rare_part(self, word: str) -> bool:
        return not self.lexicon.is_common(word, self.lexicon.settings.names.caps_continue_below_zipf)
