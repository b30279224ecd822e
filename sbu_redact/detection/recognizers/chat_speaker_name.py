"""PERSON: the speakers of a chat printed with no time stamps (fixnames38): three lines or more in a
row that each open with a label of one or two words and a colon (`hamisi: boss the container is at
berth 11`, `hasan b: who`, `Davo: mate`), where two labels or more take turns and one comes back, or
two lines or more whose labels, two or more, are in lower case (the text a recognizer is given may
open inside a message, after a sentence's end).
Such a run is a conversation, and its labels are people: each is kept when its words are a known
given name or surname, a word no English list uses much (`davo`, `kipara`), or an initial after the
first word (`hasan b`); a label in lower case opens with a known given name (fixnames40: not a
log-in name, `lsaumaki:`) or is @-mentioned in the text (fixnames41: `@bepi hai visto`, and
the mention is the speaker too). Not ALL-CAPS labels (form and header fields: `SUBJECT:`, `TAGS:`), not a
label of the form's words (`note`, `answer`, `name`: `not_labels`), nor a title, a stop word, a
place or a marking word, so `From:`/`To:`/`Subject:` blocks and `Q:`/`A:` interviews stay out.
Its names may be in lower case (`lower_case_names`). (fixnames49) A label in lower case that no list knows is a
speaker when another line's message of the run names it (`tuppy: ok` / `wezza: thanks tuppy`): a log-in name is no
word of the talk. (fixnames51) So is a label that is a short or pet form of a given name (`gaz:`, `bev:`, `mo:`:
`Lexicon.is_short_given_name`, the package nicknames and rules/entities_short_given_names.txt)."""
from __future__ import annotations

import re

from ...folding import name_fold as fold
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

# a line opening with a label of one or two words and a colon, then the message
_LABELLED_LINE = re.compile(r"^[ \t]*(?P<label>[A-Za-z][a-z'\u2019\-]+(?:[ \t][A-Za-z][a-z'\u2019\-]*)?)[ \t]*:[ \t]+\S[^\n]*$",
                            re.MULTILINE)
CHAT_SPEAKER = "a speaker of a chat printed with no time stamps"
_MESSAGE_WORD = re.compile(r"(?<![\w@.'\u2019\-])[a-z][a-z'\u2019\-]+(?![\w@.\-])")
# a mention of a chat's member, `@` and a word (`@bepi hai visto`), not inside an e-mail address
_MENTION = re.compile(r"(?<![\w@.])@(?P<word>[^\W\d_][^\W_]*)(?![\w@.\-])")


@register("chat_speaker_name")
class ChatSpeakerNameRecognizer(CableRecognizer):
    lower_case_names = True  # its names are in lower case; post-processing keeps them

    class Spec(RecognizerSpec):
        # labels of forms, notes and interviews, never a speaker (note, answer, name)
        not_labels: list[str] = []
        # lines in a row that make a conversation
        min_lines: int = 3

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.not_labels = frozenset(w.lower() for w in spec.not_labels)

    def _runs(self, text: str):
        """The runs of consecutive labelled lines, each a list of matches."""
        run: list[re.Match[str]] = []
        for m in _LABELLED_LINE.finditer(text):
            if run and text[run[-1].end():m.start()] != "\n":
                yield run
                run = []
            run.append(m)
        if run:
            yield run

    def _speaker_word(self, word: str, first: bool, mentioned: frozenset[str] = frozenset()) -> bool:
        lex = self.lexicon
        if not first and len(word) == 1:
            return True  # (hasan b: an initial)
        folded = fold(word)
        if first and word.lower() not in self.not_labels and lex.is_short_given_name(word) \
                and word.upper() not in lex.keep_upper and not lex.is_place(word):
            return True  # (fixnames51: a short or pet form of a given name, gaz:, bev:, mo:, in the speaker's slot)
        if len(word) < 3 or word.lower() in self.not_labels or folded in lex.stop_words or folded in lex.title_words \
                or word.upper() in lex.keep_upper or lex.never_a_name(word) or lex.is_people(word) \
                or word.lower() in lex.person_nouns:
            return False
        if lex.is_given_name(word) or lex.is_word_given_name(word):
            return True
        if first and word.islower() and word not in mentioned:
            return False  # (fixnames40: a log-in name, lsaumaki, mbirdwell: in lower case a first word is a given name)
        if lex.is_surname(word):
            return True
        return not lex.is_place(word) and not lex.is_common(word, lex.settings.names.caps_continue_below_zipf)

    def find(self, text):
        results = []
        mentions = list(_MENTION.finditer(text))
        mentioned = frozenset(m.group("word").lower() for m in mentions)
        for run in self._runs(text):
            labels = [m.group("label").lower() for m in run]
            # (the text given may open inside a message: two lines in lower case taking turns are a chat too)
            lower_turns = len(run) >= 2 and all(m.group("label").islower() for m in run) and len(set(labels)) >= 2
            if not lower_turns and (len(run) < self.spec.min_lines or len(set(labels)) < 2
                                    or len(set(labels)) == len(labels)):
                continue  # (no conversation: From:/To:/Subject: name each label once)
            # (fixnames49) a label in lower case that another line's message names (`ama: ok` / `kofi: ama did you
            # call`) is a person too: a log-in name (lsaumaki) is no word of the talk
            addressed = frozenset(w.lower() for i, m in enumerate(run) for w in _MESSAGE_WORD.findall(text, m.end("label") + 1, m.end())
                                  if w.lower() not in (labels[i],))
            found = []
            for m in run:
                words = m.group("label").split()
                if len(words) == 2 and words[0].lower().replace("\u2019", "'") in self.lexicon.kin_titles:
                    # (fixnames51) an honorific or kin title before the speaker's name (`tannie marta:`, `didi rina:`)
                    if self._speaker_word(words[1], True, mentioned | addressed) or self.lexicon.is_given_name(words[1]):
                        results.append(self.result(m.end("label") - len(words[1]), m.end("label"), CHAT_SPEAKER))
                    continue
                if all(self._speaker_word(w, i == 0, mentioned | addressed) for i, w in enumerate(words)):
                    found.append(m)
            # (fixnames51) a one-word label in lower case that speaks on two lines or more, taking turns with a label
            # found a speaker (`meena:` / `raj:` / `meena:`), is a speaker too when it has no log-in name's shape
            # (`jholloway`, `kbeasley`) and is a name word by `_speaker_word` as a second word (no common word)
            if found:
                known = {m.group("label").lower() for m in found}
                for m in run:
                    label = m.group("label")
                    if m not in found and label.islower() and label.isalpha() and labels.count(label) >= 2 \
                            and any(k != label for k in known) and self._speaker_word(label, False) \
                            and not self._login_shape(label):
                        found.append(m)
            results += [self.result(m.start("label"), m.end("label"), CHAT_SPEAKER) for m in found]
        results += self._irc_nicks(text)
        # (fixnames41: a speaker @-mentioned in a message is the same person: `@bepi hai visto`)
        speakers = {text[r.start:r.end].lower() for r in results}
        results += [self.result(m.start("word"), m.end("word"), CHAT_SPEAKER)
                    for m in mentions if m.group("word").lower() in speakers]
        return results

    def _irc_nicks(self, text: str) -> list:
        """(fixnames50) The display names of a chat log written `<opal> hi` (an IRC-style log): two such lines or more
        in a row with two nicks or more, each of letters only (not a log of log-in names: `<wendell_77>`,
        `<t.reeve.acs>`); a nick that is a name word by `_speaker_word` (as a second word: no list need know it) and
        no initial glued to a known surname (`jholloway`), and the same nick as a line's label (`opal: the truck is
        gone`) in the same text."""
        lines = list(_IRC_LINE.finditer(text))
        runs: list[list[re.Match[str]]] = []
        for m in lines:
            if runs and text[runs[-1][-1].end():m.start()].strip() == "":
                runs[-1].append(m)
            else:
                runs.append([m])
        nicks = set()
        out = []
        for run in runs:
            if len(run) < 2 or len({m.group("nick").lower() for m in run}) < 2 \
                    or any(not m.group("nick").isalpha() for m in run):
                continue  # (<kbutcher_48fss>, <t.reeve.acs>: a log of log-in names, <abiswal> among them)
            for m in run:
                nick = m.group("nick")
                if self._speaker_word(nick, False) and not self._login_shape(nick):
                    nicks.add(nick.lower())
                    out.append(self.result(m.start("nick"), m.end("nick"), CHAT_SPEAKER))
        if nicks:
            for m in _LABEL_AT_LINE_START.finditer(text):
                if m.group("label").lower() in nicks:
                    out.append(self.result(m.start("label"), m.end("label"), CHAT_SPEAKER))
        return out

    def _login_shape(self, nick: str) -> bool:
        """An initial or two glued to a known surname (`jholloway`), or two consonants no English word opens with
        (`sroy`, `kbeasley`): a log-in name's shape."""
        low = nick.lower()
        if len(low) >= 2 and low[0] not in _VOWELS and low[1] not in _VOWELS and low[:2] not in _ONSETS:
            return True
        return any(len(nick) - i >= 4 and self.lexicon.is_surname(nick[i:]) for i in (1, 2))


_VOWELS = frozenset("aeiouy")
# two consonants that open English words and names (a nick opening with others is an initial and a surname)
_ONSETS = frozenset("bl br ch cl cr dr dw fl fr gl gn gr gw kh kl kn kr ph pl pr ps sc sh sk sl sm sn sp sq st sv sw "
                    "th tr ts tw wh wr zh".split())
# (fixnames50) a line of an IRC-style log: a stamp maybe, then `<nick>` and the message
_IRC_LINE = re.compile(r"^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?<(?P<nick>[A-Za-z][\w'\u2019\-]{0,30})>[ \t]+\S[^\n]*$", re.MULTILINE)
_LABEL_AT_LINE_START = re.compile(r"^[ \t]*(?P<label>[A-Za-z][A-Za-z'\u2019\-]{1,30}):[ \t]", re.MULTILINE)


__all__ = ["ChatSpeakerNameRecognizer", "CHAT_SPEAKER"]
