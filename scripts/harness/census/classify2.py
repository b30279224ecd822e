"""Root-cause classes of the census (out.jsonl + highs.jsonl) -> census_classes.json and a summary table.
One class per missing phrase; a document goes to the class of most of its missing phrases."""
import json, re, glob, collections

recs = {json.loads(l)['id']: json.loads(l) for l in open('/tmp/census47/out.jsonl')}
H = {json.loads(l)['id']: json.loads(l) for l in open('/tmp/census47/highs.jsonl')}
TEXT = {}


def text(i):
    if i not in TEXT:
        TEXT[i] = open(glob.glob(f'/tmp/m47/tests/corpus/*/{i}.txt')[0], encoding='utf-8', newline='').read()
    return TEXT[i]


def group(i):
    m = re.match(r'adv\d+-\d+-(a|b|trap)-', i)
    return m.group(1) if m else 'old'


MARK_IN_LINE = re.compile(r'\((?:U|SBU|U//[A-Z-]+|C|S|TS|CUI|C//[A-Z ,/-]+|S//[A-Z ,/-]+)\)|\\pmark\{|\b(?:mark|classification|class)="?[USC]\b|"(?:U|SBU)"|,(?:U|S|C|SBU)\s*$|\s(?:U|S|C)\s{2,}')
DECLARED_UNREAD = re.compile(r'(?im)^.{0,80}\((?:UNCLASSIFIED|CONFIDENTIAL|SECRET)[^)]*\)\s*$|^\s*#?\s*(?:UNCLASSIFIED|CONFIDENTIAL|SECRET)\s+-\s|'
                             r'(?:classification|sensitivity|banner|marking|classif)\w*"?\s*[:=]\s*"?(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|U|S|C)\b|'
                             r'\\classification\{|<title>\s*(?:UNCLASSIFIED|CONFIDENTIAL|SECRET)|^\S*\s{3,}(?:UNCLASSIFIED|CONFIDENTIAL|SECRET)\s{3,}|Topic[^:]*:\s*(?:UNCLASSIFIED|CONFIDENTIAL|SECRET)')
SYMBOLISH = re.compile(r'^\((?:C|S|s|c|TS|R|Secret|E)\)$')
STRUCTURED = re.compile(r'^\s*(?:[{\[<]|\\documentclass|[\w.-]+\s*=)')


def line_of(i, span):
    t = text(i); a, b = span
    ls = t.rfind('\n', 0, a) + 1
    le = t.find('\n', b)
    return t[ls:a], t[ls:le if le >= 0 else len(t)]


def cls(i, r, ph):
    ps = [p for p in ph['portions'] if p['withheld']]
    fr = ph['raiser'] or {}
    stage, initial = fr.get('stage'), fr.get('initial')
    if not ps:
        return 'R: redaction side / not reproduced (' + ('LeakError at another level' if not ph.get('actions') else 'action') + ')'
    p = ps[0]
    codes = {x['code'] for x in ph['problems']}
    prefix, line = line_of(i, ph['span'])
    if p['rule'] == 'usg.withhold_controls':
        return 'N: document caption (NODIS) withheld on (U) portions [policy]'
    if stage and not initial:
        if stage == 'backstop':
            return 'A: level word in a portion\'s text raises it (backstop, MARKING_IN_TEXT)'
        if stage == 'unresolved_statements':
            msgs = [x['msg'] for x in ph['problems'] if x['code'] in ('GOVERNED_PORTION', 'GOVERNING_SCOPE_UNRESOLVED')] or \
                   [x['msg'] for q in r['missing'] for x in q['problems'] if x['code'] in ('GOVERNED_PORTION', 'GOVERNING_SCOPE_UNRESOLVED')]
            st = re.match(r"'(.*?)' \(offset \d+\) states", msgs[0]) if msgs else None
            sent = st.group(1) if st else (msgs[0][:100] if msgs else '')
            if sent.lstrip()[:1] in '{"<' or 'classification":' in sent:
                return 'B1: a structured record or quoted line read as a statement for other text (scope.unresolved_statements)'
            if re.search(r"\b(not|no|never|n't|nid|mhuwiex|nicht|pas|não|nie|non|không|bukan|tidak|ei)\b", sent, re.I):
                return 'B1: a negated statement ("is not confidential", foreign-language "not secret") read as stating the level; no target, every candidate raised (scope.unresolved_statements)'
            if re.search(r'(levels?|marking|marked|mark|such as|e\.g\.|example|banners?|means|stands for|training|course)', sent, re.I):
                return 'B1: a level named in prose about markings (training, statistics, "marked SECRET") read as a statement for other text (scope.unresolved_statements)'
            return 'B2: a claim for other text that names no placeable target (notes naming paragraphs by ordinal/foreign words, "belongs on JWICS"): every candidate raised (scope.unresolved_statements) [fail-closed; partly lead decision fix45g]'
        if stage == 'govern':
            return 'C: governing statement / foreign stamp raises the text after it (governing.govern)'
        if stage == 'raise_unsure_wraps':
            return 'E2: (U) line that may wrap into unmarked text (unsure_wraps.raise_unsure_wraps)'
        return 'O: remark/claim raising passes (raise_*: %s)' % stage
    if p['explicit']:
        mark = (p['mark'] or '').strip()
        if not p['valid']:
            return 'D: a non-mark prefix (timestamp, date/CSV column, speaker) read as the portion mark -> UNREADABLE'
        if 'CONTINUED_PORTION' in codes and re.fullmatch(r'\(U[^)]*\)', mark):
            return 'E: (U) line read as continuing the higher portion above (evidence._keep_above, CONTINUED_PORTION)'
        if re.fullmatch(r'\(U[^)]*\)', mark) and 'EMBEDDED_MARK' in codes:
            return 'F: letter/word in parentheses read as a classification mark ((C) copyright/Celsius, (S) size, (TS) storm...)'
        if SYMBOLISH.match(mark) and group(i) == 'trap':
            return 'F: letter/word in parentheses read as a classification mark ((C) copyright/Celsius, (S) size, (TS) storm...)'
        if STRUCTURED.match(text(i)):
            return 'H: structured export: a record/element classification applied beyond its own text (xml/csv/json readers)'
        return 'P: other explicit mark read above U (' + mark[:20] + ')'
    # unmarked portion
    if MARK_IN_LINE.search(prefix) or re.search(r'\\pmark\{U', line):
        return 'I: a portion mark the reader does not see (after a timestamp/speaker/row prefix, inside CSV/JSON/logfmt values, LaTeX \\pmark)'
    if p['rule'] == 'usg.unmarked':
        if DECLARED_UNREAD.search(text(i)[:3000]):
            return 'J: the document states its classification in a form not read as a banner (title "(UNCLASSIFIED)", key=value, Sensitivity:, \\classification{}, report header)'
        if r.get('banner') not in (None,):
            return 'K2: banner present but unreadable/garbled: unmarked text has no valid overall marking'
        return 'K: unmarked text in a document with no banner: no valid overall marking, withheld (usg.unmarked) [policy]'
    b = r.get('banner') or ''
    if b.startswith('UNCLASSIFIED'):
        h = H.get(i, {})
        if any(x['explicit'] for x in h.get('highs', [])):
            return 'F: letter/word in parentheses read as a classification mark ((C) copyright/Celsius, (S) size, (TS) storm...)' \
                if group(i) == 'trap' else 'L2: a higher explicit portion raises the roll-up over the U banner; unmarked text takes it'
        return 'L: level words in prose raise the overall marking of a U-bannered document; unmarked text takes it (evidence/inherit)'
    return 'M: unmarked text under a classified banner takes the banner [reasonable]'


rows = []
for i, r in recs.items():
    cs = [cls(i, r, ph) for ph in r['missing']] or ['R: redaction side / not reproduced (no phrase missing in a usg-only run)']
    top = collections.Counter(cs).most_common(1)[0][0]
    rows.append({'id': i, 'group': group(i), 'class': top, 'phrase_classes': cs})
json.dump(rows, open('/tmp/census47/census_classes.json', 'w'), indent=0)
by = collections.defaultdict(list)
for x in rows:
    by[x['class']].append(x)
for c, xs in sorted(by.items(), key=lambda kv: -len(kv[1])):
    g = collections.Counter(x['group'] for x in xs)
    print(len(xs), dict(g), c, [x['id'] for x in xs][:3])
