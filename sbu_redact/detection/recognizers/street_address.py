"""STREET_ADDRESS: a street address, the way our documents write them:

- a house number, a street name and a street-type word after it (`1187 MISSION VISTA DRIVE`,
  `B-14 Westend Colony`), or before it (`12 Rechov HaKablan`);
- a street-type word, a street name and a house number (`ul. Tverskaya 13`, `vul. Yaroslavska 22`,
  `bul. Vitosha 48`, `Rua Haddock Lobo 1307`, `Carrera 7 No. 71-21`);

followed by its flat, floor or building parts (`kv. 14`, `apto. 82`, `et. 3`, `Suite 200`) and by
the town it is in when a known place (or a postcode, or a US state and ZIP code, or Dhaka's
`R/A`) says so (`, Sofia 1000`, `, OCEANSIDE, CA 92057`, `, DHANMONDI R/A`). An address may run
over one line break. Also: one-word street names by their ending (`Torstraße 118`), building
names after the street (`, EDIFICIO ILLIMANI, DPTO. 7B`), floors written `3rd floor`, post office
boxes (`P.O. Box 1184`) and plot numbers before their neighbourhood (`Stand 4418, Mabelreign`); after
an address's label or verb (`ADDRESS:`, `lives at`: `cues`), a street's name and a house number
without a street word (`VINOHRADSKA 1842/54`, `Kneza Milosa 27, stan 9`). The words
are in rules/entities.yaml; places come from the lexicon (GeoNames)."""
from __future__ import annotations

import re

from ..registry import register
from ..lexicon import CAPITALS
from .base import CableRecognizer, RecognizerSpec, alternatives

_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # spaces, or one line break
# (Road 4/A; a Dutch floor in Roman numerals: GALENSTRAAT 214-II; a Viennese house, stair and door:
# Favoritenstraße 88/2/14)
# (a French and Malagasy BIS or TER after the number: LOT IVG 204 BIS)
_NUMBER = r"(?:[A-Z]-?)?\d{1,5}[A-Za-z]?(?:[/-](?:\d{1,4}[A-Za-z]?|[A-Z](?![\w])|(?:I{1,3}|IV|VI{0,3})(?![\w])))?(?:/\d{1,4}[A-Za-z]?){0,2}(?:[ \t]+(?:BIS|TER|bis|ter)(?![\w]))?"
# (Latin capitals with their accents, Cyrillic ones: str. Ștefan cel Mare 204, ул. Кирова, д. 27)
_CAPITAL = "[" + CAPITALS + "\u0400-\u042F]"
_WORD = r"(?:[a-z]{1,3}-)?" + _CAPITAL + r"[\w'\u2019.\-]*"  # (Sharia el-Gomhoreya)
_YEAR_THEN_ARTICLE = re.compile(r"(?:19|20)\d\d[ \t]+(?:THE|The|the|A|An|an|a)[ \t]")
_TOWN_WORD = _CAPITAL + r"[\w'\u2019\-]*(?!/)"  # no dot: a sentence's full stop is no part of a town


@register("street_address")
class StreetAddressRecognizer(CableRecognizer):
    ENTITY = "STREET_ADDRESS"

    class Spec(RecognizerSpec):
        # street-type words written after the street's name (Drive, Street, Prospekt)
        types_after: list[str]
        # street-type words written before it (ul., vul., Rua, Calle); a trailing dot is optional
        types_before: list[str]
        # lower-case words inside a street's name (Calle de Alcala)
        connectors: list[str] = []
        # flat, floor and building words after the house number (kv. 14, apto. 82)
        units: list[str] = []
        # endings of one-word street names (Torstraße 118, Keizersgracht 12)
        compound_endings: list[str] = []
        # building words whose name follows the street (, EDIFICIO ILLIMANI, DPTO. 7B)
        buildings: list[str] = []
        # post office boxes and bags (P.O. Box 1184, Private Bag 7, Casilla 4411)
        boxes: list[str] = []
        # plot words after which the neighbourhood, not a street, follows (Stand 4418, Mabelreign)
        plots: list[str] = []
        # an address's label or verb, after which a street's name and a number need no street word
        # (ADDRESS: VINOHRADSKA 1842/54, lives at Kneza Milosa 27)
        cues: list[str] = []
        # words for "number" before a house number (no. 112, nr. 53, N 22, nº 4)
        number_words: list[str] = ["no"]
        # endings of a hyphenated street name written after the house number (88 Apgujeong-ro,
        # 22 Gyeonghui-gung-gil): Korean road names
        hyphen_endings: list[str] = []
        # endings of a hyphenated district name after the street (, Gangnam-gu, , Jongno-gu)
        district_endings: list[str] = []
        # words before a cross street or two (Calle Marta Abreu 112, e/ Maximo Gomez y Villuendas)
        cross_streets: list[str] = []
        # street words written before the name that are English words or surnames too (Via, Kaya):
        # only as written (and in capitals), with a house number after the name, the name no place
        types_before_cased: list[str] = []
        # fixnames42: a kilometre marker's word and the road words after its number (KM 18 VIA
        # RIOHACHA-MAICAO, Km. 4,5 carretera a Tena): a rural address
        km_words: list[str] = []
        km_roads: list[str] = []
        # fixnames42: words joining a street to its corner street (Calle 10 con carrera 45; 8-15 Y JUAN MONTALVO)
        corners: list[str] = []
        # compound endings of four letters or fewer that end English words in capitals (MONITORING 12)
        caps_ambiguous_endings: list[str] = []
        # fixnames43: a floor without a number after the street (BAIXOS, bajo, entresuelo)
        floor_words: list[str] = []
        # fixnames43: a local address as parts between commas, without a street word: area words before
        # a place's name (Village Tongpal, Distt. Sukma, barrio Lia), words before a number (Ward No. 6,
        # casa 17) and landmarks (near Gandhi Chowk, frente a la escuela)
        areas: list[str] = []
        numbered: list[str] = []
        landmarks: list[str] = []
        # fixnames45: landmarks that follow a street and its comma only (No. 14 Ekenwan Road, off Sapele Road;
        # NO. 7 OKUMAGBA AVENUE, BY THE ESSO FILLING STATION): words that elsewhere open no address part
        landmarks_after_street: list[str] = []

    def __init__(self, lexicon, spec: "StreetAddressRecognizer.Spec"):
        super().__init__(lexicon, spec)
        connectors = alternatives(spec.connectors) if spec.connectors else "(?!)"
        # (a numbered street: 62 ST, W 84TH ST, NW 2nd Ave)
        # (fixnames42: an ordinal inside the name, GANDHIPURAM 2ND STREET)
        name = rf"(?:{_WORD}|\d{{1,3}}(?:[A-Z]|(?i:st|nd|rd|th)|\.(?=[ \t]+{_CAPITAL}))?)(?:{_GAP}(?:(?:{connectors}){_GAP}){{0,2}}(?:{_WORD}|\d{{1,3}}(?i:st|nd|rd|th)(?![\w]))){{0,3}}"
        # after a street word, a name may open with a connector (Rue des Jardins, Bóthar an Chnoic)
        named = rf"(?:(?:{connectors}){_GAP}){{0,2}}{name}"
        after = alternatives(spec.types_after)
        before = alternatives(spec.types_before)
        units = alternatives(spec.units) if spec.units else "(?!)"
        floor_words = alternatives(spec.floor_words) if spec.floor_words else "(?!)"
        # HOUSE NO. 418 (the number word may follow a line end); 3RD FLOOR
        # (a flat's letter is apart from its word: OFFICER is no OFFICE R)
        numbers = "|".join(re.escape(w) for w in sorted(spec.number_words, key=len, reverse=True)) or "(?!)"
        unit = (rf"(?:(?i:{units})\.?(?:{_GAP}(?i:{numbers})\.)?[ \t]*(?:\d{{1,5}}[A-Za-z]?(?:[/-](?:\d{{1,4}}|[A-Z](?![\w])))?|[A-Z]-\d{{1,4}}|(?<=[.\s])[A-Z])(?![\w])"
               rf"|\d{{1,2}}(?i:st|nd|rd|th)[ \t]+(?i:floor|fl)\b"
               # a floor written 2º B (Spanish, Portuguese) or 4F (Korean)
               rf"|\d{{1,2}}\.?[º°ª](?:[ \t]*(?:[A-Z](?![\w])|(?i:esq|dto|dt|dir|izda|izq|izqda|dcha|dcho|der|piso|planta|pis)\.?))?|\d{{1,2}}F(?![\w])"
               # fixnames43: a Catalan floor and door (1r, 2n, 3R 2A) and a floor without a number (BAIXOS)
               rf"|\d{{1,2}}(?i:r|n|t|er)(?:[ \t]+\d{{1,2}}(?i:a|r|n|t))?(?![\w])|(?i:{floor_words})(?![\w])"
               # a Danish floor and side (2. tv, 3.th, st. mf)
               rf"|(?:\d{{1,2}}|(?i:st))\.[ \t]?(?i:tv|th|mf)(?![\w]))")
        hyphen_endings = alternatives(spec.hyphen_endings) if spec.hyphen_endings else "(?!)"
        compound = alternatives(spec.compound_endings) if spec.compound_endings else "(?!)"
        long_compound = alternatives([e for e in spec.compound_endings if len(e) >= 5]) or "(?!)"
        short_compound = alternatives([e for e in spec.compound_endings if len(e) < 5 and e not in spec.caps_ambiguous_endings]) or "(?!)"
        buildings = alternatives(spec.buildings) if spec.buildings else "(?!)"
        boxes = "|".join(re.escape(b).replace(r"\ ", r"[ \t]*").replace(r"\.", r"\.?") for b in spec.boxes) or "(?!)"
        plots = alternatives(spec.plots) if spec.plots else "(?!)"
        km_words = alternatives(spec.km_words) if spec.km_words else "(?!)"
        km_roads = alternatives(spec.km_roads) if spec.km_roads else "(?!)"
        corners = alternatives(spec.corners) if spec.corners else "(?!)"
        quadrant = r"(?:[ \t]+(?:NE|NW|SE|SW|N|S|E|W|NORTH|SOUTH|EAST|WEST|North|South|East|West)(?![\w]))?"  # 4700 Connecticut Ave NW
        lead = r"(?:(?:NE|NW|SE|SW|N|S|E|W)\.?[ \t]+(?=\d))?"  # 2211 NW 62 ST, 6120 W 84TH ST: a quadrant before a numbered street
        self._street = re.compile(
            rf"(?<![\w/.-])(?:{_NUMBER}{_GAP}(?:{lead}{name}{_GAP}(?i:{after})(?![\w]){quadrant}"
            rf"|(?i:{before})\.?{_GAP}{named}(?:{_GAP}{_NUMBER}(?![\w]))?)"
            rf"|{_NUMBER},[ \t]*(?i:{before})\.?{_GAP}{named}"
            rf"|(?i:{before})\.?{_GAP}{named},?{_GAP}(?:(?i:{numbers})[.:]?[ \t]*)?{_NUMBER}(?![\w])"
            # Leninsky prospekt 72; DAR AL-SALAM STREET, HOUSE 17 (a street's name, its type, then a number)
            rf"|{name}{_GAP}(?i:{after})\.?(?:{_GAP}(?:(?i:{numbers})[.:]?[ \t]*)?{_NUMBER}(?![\w])|(?=,?{_GAP}{unit}))"
            # MKR. SAMAL-2, D. 58: a street-type word and a name, then a building or flat number, or a
            # building's name (AV. FRANCISCO DE MIRANDA, EDIFICIO TORRE LUNA)
            rf"|(?i:{before})\.?{_GAP}{named}(?=(?:,{_GAP}{_TOWN_WORD})?,?{_GAP}(?:{unit}|(?i:{buildings})\.?{_GAP}{_TOWN_WORD}))"
            # PLOT 112, OLOITOKTOK ROAD; HOUSE 27, STREET 41: a plot or house number, then the street
            rf"|{unit}(?:,?{_GAP}{unit})*,?{_GAP}(?:{name}{_GAP}(?i:{after})(?![\w])|(?i:{after}|{before})\.?{_GAP}{_NUMBER}(?![\w])|{unit})"
            # Torstraße 118: a one-word street name by its ending, and a number (in capitals, an
            # ending of five letters or more after three: HOVIOIKEUDENPUISTIKKO 14, not SPRING 2007)
            rf"|[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F]+(?:{compound}){_GAP}{_NUMBER}(?![\w])"
            rf"|[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE]{{2,}}(?i:{long_compound}){_GAP}{_NUMBER}(?![\w])"
            rf"|[A-Z\u00C0-\u00DE]{{6,}}(?i:{short_compound}){_GAP}{_NUMBER}(?![\w])"
            # fixnames42: KM 18 VIA RIOHACHA-MAICAO, Km. 4,5 carretera a Tena: a kilometre marker on a road
            rf"|(?i:{km_words})\.?[ \t]*\d{{1,4}}(?:[.,]\d{{1,3}})?{_GAP}(?i:{km_roads})\.?(?:{_GAP}(?i:a|al|de|del|to|para))?{_GAP}{_TOWN_WORD}(?:[ \t]*-[ \t]*{_TOWN_WORD})?"
            # fixnames42: Calle 10 con carrera 45, Av. Sucre y Bolivar: a street at its corner street
            rf"|(?i:{before})\.?{_GAP}{named}{_GAP}(?i:{corners})(?![\w]){_GAP}(?:(?i:{before})\.?{_GAP})?(?:{named}|\d{{1,4}}[A-Za-z]?(?![\w]))"
            # fixnames43: a street word and its name, then a postcode and the town, no house number
            # (CAMÍ DE SA PUNTA, 07860 SANT FRANCESC)
            rf"|(?i:{before})\.?{_GAP}{named}(?=,{_GAP}\d{{5}}[ \t]+{_TOWN_WORD})"
            # P.O. Box 1184, Private Bag 7
            rf"|(?i:{boxes})[ \t]*\n?[ \t]*(?:no\.?[ \t]*)?\d{{1,6}}(?:-\d{{5}})?(?![\w])"
            # Stand 4418, Mabelreign: a plot number, then its neighbourhood
            rf"|(?i:{plots})\.?[ \t]*(?:no\.?[ \t]*)?\d{{1,6}}[A-Za-z]?,[ \t]+(?!(?i:{units})\b){_TOWN_WORD}(?:[ \t]+{_TOWN_WORD})?"
            # 3-12-7 Minami-Azabu: a Japanese block address (three numbers) and its district
            rf"|\d{{1,2}}-\d{{1,3}}-\d{{1,3}}[ \t]+{_TOWN_WORD}"
            # names33: NO. 33, WAY 3617; No. 18, Ln. 42; NO. 42/3, STATION ROAD: a house number after
            # its number word and a dot, then a street by its word (and number) or a named street
            rf"|(?i:{numbers})\.[ \t]*{_NUMBER},?{_GAP}(?:(?i:{after}|{before})\.?{_GAP}{_NUMBER}(?![\w])|{name}{_GAP}(?i:{after})(?![\w])))")
        # names33: a neighbourhood written before the street, after a preposition of place or a dash
        # between spaces (near Qalai Fatullah, Street 4; Owusu, Yaw - East Legon, 14 Lagos Avenue);
        # not after a comma, a colon or a list's dash, where a person's name comes before an address
        # (Contact: Jane Doe, 14 Main St; - Ana Silva-Reis, 7 Bay Road)
        self._neighbourhood_before = re.compile(rf"(?:(?<![\w])(?i:at|in|near)|(?<=[ \t])[\-\u2013])[ \t]*\n?[ \t]*"
                                                rf"(?P<hood>{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}}),[ \t]*\n?[ \t]*\Z")
        # names33: the number word before a house number that opens an address (NO. 9, JALAN SULTAN)
        self._number_word_before = re.compile(rf"(?<![\w])(?i:{numbers})\.[ \t]*\Z")
        # (two forms of their own, tried apart from the pattern above, which is tried at every position:)
        # 218/4 NGUYEN TRAI, PHUONG 8: a house number with a slash or hyphen, a street's name, then a ward or flat
        self._slashed = re.compile(rf"(?<![\w/.-])\d{{1,4}}[/-]\d{{1,4}}[A-Za-z]?{_GAP}{name}(?=,?{_GAP}{unit})")
        # 88 Apgujeong-ro; 4F, 22 GYEONGHUI-GUNG-GIL: a house number and a hyphenated (Korean) road name
        # (looked for only in a text with such an ending)
        self._hyphen_endings = tuple(f"-{e.lower()}" for e in spec.hyphen_endings)
        self._hyphenated = re.compile(rf"(?<![\w/.-])(?:\d{{1,2}}F,[ \t]+)?{_NUMBER}[ \t]+[A-Z][\w\-]*-(?i:{hyphen_endings})"
                                      rf"(?:[ \t]+\d{{1,3}}-(?i:{hyphen_endings}))?(?![\w\-])")
        cased = "|".join(re.escape(w) for w in sorted({v for w in spec.types_before_cased for v in (w, w.upper())},
                                                       key=len, reverse=True)) or "(?!)"
        # Via Deledda 14, VIA MAQUEDA 212, Kaya Grandi 41, Via dei Rossi 27: a street word that is an
        # English word or a surname too, capitalized, then a street's name (no place) and a number
        self._cased = re.compile(rf"(?<![\w/.-])(?:{cased}){_GAP}(?P<street>{named}),?{_GAP}(?:(?i:{numbers})[.:]?[ \t]*)?{_NUMBER}(?![\w])")
        cues = "|".join(re.escape(c).replace(r"\ ", r"[ \t]+") for c in sorted(spec.cues, key=len, reverse=True)) or "(?!)"
        # ADDRESS: VINOHRADSKA 1842/54; lives at Kneza Milosa 27, stan 9: after a cue, one to four
        # capitalized words (no sentence's full stop inside) and a house number
        self._cued = re.compile(rf"(?<![\w])(?i:{cues})[ \t]*:?[ \t]*(?:\n[ \t]*)?(?P<street>{_TOWN_WORD}(?:[ \t]+(?:(?:{connectors})[ \t]+)?"
                                rf"{_TOWN_WORD}){{0,3}},?[ \t]+(?:(?i:{numbers})[.:]?[ \t]*)?{_NUMBER}"
                                # ... or a house number, then the street's name: 117/4 Nguyen Dinh Chieu
                                rf"|\d{{1,5}}(?:/\d{{1,4}})?[A-Za-z]?[ \t]+{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,3}})(?![\w])")
        # after the street: flats, floors, houses, an office written `OF.` (Lima: JR. HUALLAGA 362,
        # OF. 504; the dot is required, `of` alone is a word) and a city sector (Islamabad's F-7/2)
        # (HOVIOIKEUDENPUISTIKKO 14 B 22: a staircase letter and a flat number right after the house number)
        self._staircase = re.compile(r"[ \t]+[A-Z][ \t]+\d{1,4}(?![\w])")
        self._unit_number = re.compile(r"[ \t]*#?\d{1,5}[A-Za-z]?(?![\w])")
        self._unit_words = frozenset(u.lower().rstrip(".") for u in spec.units)
        self._unit = re.compile(rf"\.?,?{_GAP}(?:{unit}|(?i:of)\.[ \t]*\d{{1,5}}(?![\w])|[A-Z]-\d{{1,2}}/\d{{1,2}}(?![\w/])"
                                rf"|(?i:{buildings})\.?{_GAP}{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD})?"
                                # RUE GOURAUD, GEMMAYZEH, BUILDING ABI KHALIL: a neighbourhood before a building or flat
                                rf"|{_TOWN_WORD}(?=,{_GAP}(?:{unit}|(?i:{buildings})\.?{_GAP}{_TOWN_WORD})))")
        cross = "|".join(re.escape(c).replace(r"\ ", r"[ \t]+") for c in sorted(spec.cross_streets, key=len, reverse=True)) or "(?!)"
        # , e/ MAXIMO GOMEZ Y VILLUENDAS: the cross streets after the house
        # (fixnames42: 12-40 Y MODESTO JARAMILLO, 455 con calle 72: a corner word after the house number)
        self._cross = re.compile(rf"(?:,?{_GAP}(?i:{cross})(?<=[\w/.])|(?<=\d)[ \t]+(?i:{corners}))(?![\w]){_GAP}"
                                 rf"(?:(?i:{before})\.?{_GAP}(?:{name}|\d{{1,4}}[A-Za-z]?(?![\w]))|{name})")
        # , 4002 Basel; , B-1340 OTTIGNIES; , 9760-114 PRAIA DA VITORIA: a postcode, then the town
        # (, PC 112 Ruwi; , C.P. 11560 Mexico: a postcode after its abbreviation)
        self._code_town = re.compile(rf",{_GAP}(?:(?:PC|P\.C\.|CP|C\.P\.)[ \t]*\d{{3,5}}|(?:[A-Z]{{1,2}}-)?(?:\d{{4}}[ \t][A-Z]{{2}}(?![\w])|\d{{4,5}}(?:-\d{{3}})?|\d{{2}}-\d{{3}}|\d{{3}}[ \t]\d{{2}}))[ \t]*\n?[ \t]*(?P<town>(?:(?:sa|es|la|el|les|los|las|le)[ \t]+)?{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,3}})(?![\w])")
        # names25: a street's name and a house number without a street word, then a postcode and a
        # town (Palatínova 41, 945 01 Komárno; Tuinen 14, 8911 KC Leeuwarden): the postcode says address
        self._coded_street = re.compile(rf"(?<![\w/.-])(?P<street>{_TOWN_WORD}(?:[ \t]+(?:(?:{connectors})[ \t]+)?{_TOWN_WORD}){{0,2}})[ \t]+{_NUMBER}"
                                        rf"(?=,{_GAP}(?:[A-Z]{{1,2}}-)?(?!(?:19|20)\d\d(?!\d))(?:\d{{4}}[ \t][A-Z]{{2}}(?![\w])|\d{{2}}-\d{{3}}|\d{{3}}[ \t]\d{{2}}|\d{{4,5}})[ \t]*\n?[ \t]*{_TOWN_WORD})")
        # names25: a postcode and a town before the street (Hungarian: 2146 MOGYORÓD, PETŐFI SÁNDOR UTCA 12)
        self._code_town_before = re.compile(rf"(?<![\w/.-])(?:[A-Z]{{1,2}}-)?\d{{4,5}}[ \t]+{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD})?,[ \t]*\n?[ \t]*\Z")
        self._district_number = re.compile(r"[ \t]+\d{1,2}(?![\w/\-]|[.,]\d)")  # , Jumeirah 3
        districts = alternatives(spec.district_endings) if spec.district_endings else "(?!)"
        self._district = re.compile(rf"[A-Z][\w]*-(?i:{districts})")
        # (, K.K. NAGAR: a neighbourhood after its initials, fixnames42)
        town = rf",{_GAP}(?P<town>(?:(?:ST|St|STE|Ste|MT|Mt|FT|Ft)\.[ \t]+|(?:[A-Z]\.){{2,3}}[ \t]*)?{_TOWN_WORD}(?:{_GAP}{_TOWN_WORD}){{0,3}})"  # (, ST. LOUIS, MO 63116)
        # (fixnames42: an Indian PIN written 3 + 3 digits, MADURAI 625 020)
        code = (rf"(?P<code>{_GAP}\d{{4,6}}(?![ \t.\-/]?\d)|{_GAP}\d{{3}}[ \t]\d{{3}}(?![ \t.\-/]?\d)|[ \t]+[A-Z]{{2}}-?\d{{4,5}}(?![\w])|[ \t]+\d{{3}}[ \t]\d{{2}}(?![ \t.\-/]?\d)|,?[ \t]+[A-Z]{{2}}[ \t]+\d{{5}}(?:-\d{{4}})?|[ \t]+R/A"
                # a Canadian or British postcode (BC V1N 2X1, SW1A 2AA; the Canadian one's zero may read
                # as an O in the view: MOOSE FACTORY ON P0L 1W0)
                rf"|,?[ \t]+(?:[A-Z]{{2}}[ \t]+)?[A-Z][\dO][A-Z][ \t]?\d[A-Z]\d|,?[ \t]+[A-Z]{{1,2}}\d[A-Z\d]?[ \t]\d[A-Z]{{2}})")
        self._town = re.compile(rf"{town}{code}?(?![\w])")
        # ... with its postcode, tried first (MOOSE FACTORY ON P0L 1W0: a town and a code, not a town of four words)
        shortest_town = town.replace("{0,3})", "{0,3}?)")  # (the fewest words that leave a postcode after them)
        self._town_coded = re.compile(rf"{shortest_town}{code}(?![\w])")
        # fixnames43: the parts of a local address between commas (Ward No. 6, near Govt. Senior Secondary
        # School, Village Dhandhan, Tehsil Fatehpur, Distt. Sikar 332301; BARRIO LOS ÁNGELES, DETRÁS DEL
        # MERCADO CENTRAL, MALABO): a numbered part, an area's word and its name, a landmark, or a
        # place's name; a postcode may end a part
        areas = _phrases(spec.areas)
        numbered = _phrases(spec.numbered + spec.units)
        landmarks = _phrases(spec.landmarks)
        pin = r"(?:[ \t]*\n?[ \t]*\d{5,6}(?![\w]))?"
        place = rf"{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,3}}"
        self._part_numbered = re.compile(rf"(?<![\w])(?i:{numbered})\.?{_GAP}(?:(?i:{numbers})\.?[ \t]*)?"
                                         rf"(?:[A-Z]-?)?\d{{1,5}}[A-Za-z]?(?:[/-]\d{{1,4}})?(?![\w])")
        self._part_area = re.compile(rf"(?<![\w])(?i:{areas})\.?{_GAP}(?P<place>{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}}){pin}")
        lm_word = r"(?:[A-Za-z]{1,3}\.|[\w'\u2019]+)"  # (a word, or a short one's abbreviation: St., Rd.; no sentence's full stop)
        self._part_landmark = re.compile(rf"(?<![\w])(?i:{landmarks}){_GAP}(?:[\w'\u2019]+\.?(?:[ \t]+[\w'\u2019]+\.?){{0,5}}(?=,)|{lm_word}(?:[ \t]+{lm_word}){{0,5}}(?=,|[ \t]*(?:[;)\"]|\.[ \t]*(?:\n|\Z|[\"A-Z])|\n|\Z)))")
        # fixnames45: after a street, a landmark or a street it turns off (, off Sapele Road; , BY THE ESSO
        # FILLING STATION; , near the old market), up to a comma or the sentence's end
        after_street = _phrases(spec.landmarks + spec.landmarks_after_street)
        # (fixnames49b: the landmark's words may run over one line end: , above the\nphotocopy shop)
        self._landmark_after = re.compile(rf",?{_GAP}(?<![\w])(?i:{after_street}){_GAP}{lm_word}(?:{_GAP}{lm_word}){{0,5}}"
                                          rf"(?=,|[ \t]*(?:[;)\"]|\.[ \t]*(?:\n|\Z|[\"A-Z])|\n|\Z))")
        # fixnames45: numbered parts, floors and areas with their names before the street (Lot 612, Taman
        # Sri Wangi, Jalan Oya; NO. 8, 1ST FLOOR, BLOCK 3, SIBU JAYA COMMERCIAL CENTRE; 2ND FLOOR, 37 JALAN ...)
        self._parts_before = re.compile(rf"(?<![\w])(?:(?:{unit}|(?i:{numbered}|{numbers})\.?{_GAP}(?:(?i:{numbers})\.?[ \t]*)?"
                                        rf"(?:[A-Z]-?)?\d{{1,5}}[A-Za-z]?(?:[/-]\d{{1,4}})?(?![\w])"
                                        rf"|(?i:{areas})\.?[ \t]+{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}}),[ \t]*\n?[ \t]*){{1,4}}\Z")
        self._part_place = re.compile(rf"(?:\d{{4,6}}[ \t]+)?(?P<place>{place}){pin}")  # (07730 ALAIOR)
        self._part_sep = re.compile(rf",{_GAP}")
        # (an address's label or an area's word and a colon before a leading place: village: Kutul, Post Orchha)
        self._part_label = re.compile(rf"(?<![\w])(?i:{_phrases([c.rstrip(':') for c in spec.cues] + spec.areas)})[ \t]*:[ \t]*\Z")
        self._town_after_code = re.compile(rf"[ \t]+(?:(?:sa|es|la|el|les|los|las|le)[ \t]+)?{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}}(?=[ \t]*(?:[.,;)]|\n|\Z))")

    def find(self, text):
        results = []
        # (IN 2008 THE ROAD WAS CLOSED: a year and a sentence, no house number; after a cue it is one)
        matches = [(m.start(), m.end()) for m in self._street.finditer(text) if _YEAR_THEN_ARTICLE.match(text, m.start()) is None]
        matches += [(m.start(), m.end()) for m in self._slashed.finditer(text)]
        if self._hyphen_endings and any(e in text.lower() for e in self._hyphen_endings):
            matches += [(m.start(), m.end()) for m in self._hyphenated.finditer(text)]
        matches += [(m.start(), m.end()) for m in self._cased.finditer(text) if self._cased_street(text, m)]
        matches += [(m.start("street"), m.end("street")) for m in self._cued.finditer(text)
                    if not self.lexicon.is_place(m.group("street").split()[0].rstrip(","))]  # (via Dubai 3 times)
        matches += [(m.start(), m.end()) for m in self._coded_street.finditer(text) if self._coded_street_words(m)]
        results += [self.result(start, end, "a local address by its parts") for start, end in self._local_parts(text)]
        for start, end in matches:
            before = self._code_town_before.search(text, max(0, start - 40), start)
            if before is not None:
                start = before.start()
            elif text[start:start + 1].isdigit() and (word := self._number_word_before.search(text, max(0, start - 12), start)) is not None:
                start = word.start()
            hood = self._neighbourhood_before.search(text, max(0, start - 60), start)
            if hood is not None and self._neighbourhood_words(hood.group("hood")):
                start = hood.start("hood")
            if text[end - 1:end].isdigit() and (staircase := self._staircase.match(text, end)) is not None:
                end = staircase.end()
            elif (flat := self._unit_number.match(text, end)) is not None \
                    and text[start:end].split()[-1].rstrip(".").lower() in self._unit_words:
                end = flat.end()  # 1450 FLATBUSH AVE APT 3C: a unit's word ended the street, its number follows
            while (unit := self._unit.match(text, end)) is not None:
                end = unit.end()
            if (cross := self._cross.match(text, end)) is not None:
                end = cross.end()
                while (unit := self._unit.match(text, end)) is not None:
                    end = unit.end()  # (1214 Y GARCIA AVILES, PISO 3: the floor after the corner street)
            if re.search(r",[ \t]*\d{5}\Z", text[start:end]) and (town := self._town_after_code.match(text, end)) is not None:
                end = town.end()  # (fixnames43: CAMÍ DE SES VINYES, 07510 SINEU: a postcode read as the house number)
            end = self._with_town(text, self._with_town(text, end))  # (fixnames45: , G.R.A., BENIN CITY: the town after initials)
            while (mark := self._landmark_after.match(text, end)) is not None:
                end = self._with_town(text, _without_full_stop(text, mark.end()))  # (fixnames45: , off Sapele Road, Benin City)
            if (parts := self._parts_before.search(text, max(0, start - 90), start)) is not None:
                start = parts.start()  # (fixnames45: Lot 612, Taman Sri Wangi, Jalan Oya)
            results.append(self.result(start, end, "a street address"))
        return _joined([self._with_named_area_before(text, r) for r in results], self)

    def _with_named_area_before(self, text: str, result):
        """fixnames46b: an area named by its kind's word first, then a comma, right before the address
        (Mohallah Bazar, below the polo ground; Barrio Lia, 14 Calle 3): part of the address."""
        m = _AREA_BEFORE.search(text, max(0, result.start - 50), result.start)
        if m is None or m.group("kind").upper() not in self.lexicon.place_words_before:
            return result
        return self.result(m.start("kind"), result.end, result.analysis_explanation.textual_explanation
                           if result.analysis_explanation is not None else "a street address")

    def _strong_part(self, text: str, pos: int) -> tuple[int, int] | None:
        """A numbered part, an area and its name, or a landmark at `pos` (fixnames43)."""
        for pattern in (self._part_numbered, self._part_area, self._part_landmark):
            m = pattern.match(text, pos)
            if m is None:
                continue
            if pattern is not self._part_area:
                return m.start(), _without_full_stop(text, m.end())
            end = self._plain_end(m)
            if end is not None:
                return m.start(), end
        return None

    def _plain_end(self, m: re.Match[str]) -> int | None:
        """The end of the place's name in `m` (and of its postcode), cut before its first stop word,
        title or marking (DISTT. DANTEWADA ON 10 DECEMBER); None when its first word is one."""
        lex = self.lexicon
        end = m.start("place")
        for w in re.finditer(r"\S+", m.group("place")):
            if w.group().upper() in lex.stop_words or w.group().upper() in lex.title_words or lex.never_a_name(w.group()):
                break
            end = m.start("place") + w.end()
        else:
            return m.end()  # every word a name: the postcode after them too
        return end if end > m.start("place") else None

    def _local_parts(self, text: str) -> list[tuple[int, int]]:
        """fixnames43: a local address without a street word, written as parts between commas: two
        numbered, area or landmark parts (Village Tongpal, Post Tongpal; barrio Lia, junto a la
        panadería Ebang, Bata), or one and a postcode (SECTOR 3, NMDC TOWNSHIP, BACHELI 494553), with
        the places between and after them (and one before them after an address's label or an area's
        word and a colon: village: Kutul, Post Orchha; not CONTACT: a name, then the address); a place's name last only when a place, a postcode or the sentence's end says so."""
        if not (self.spec.areas or self.spec.landmarks):
            return []
        spans: list[tuple[int, int]] = []
        last = 0
        for first in re.finditer(r"(?<![\w])\w", text):
            if first.start() < last:
                continue
            part = self._strong_part(text, first.start())
            labelled = self._part_label.search(text, max(0, first.start() - 40), first.start()) is not None
            if part is None and labelled and (place := self._part_place.match(text, first.start())) is not None \
                    and (end := self._plain_end(place)) == place.end() and text.startswith(",", end):
                part = (place.start(), end)
                parts = [(part, False)]
            elif part is None:
                continue
            else:
                parts = [(part, True)]
            pos = part[1]
            while len(parts) < 8 and (sep := self._part_sep.match(text, pos)) is not None:
                nxt = self._strong_part(text, sep.end())
                if nxt is not None:
                    parts.append((nxt, True))
                    pos = nxt[1]
                    continue
                place = self._part_place.match(text, sep.end())
                end = self._plain_end(place) if place is not None else None
                if place is None or end is None:
                    break
                parts.append(((place.start(), end), False))
                if end < place.end():
                    break  # (a place's name cut short: the sentence goes on)
                pos = end
            while len(parts) > 1 and not parts[-1][1] and not self._town_ends(text, *parts[-1][0]):
                parts.pop()
            coded = any(re.search(r"\d{5,6}\Z", text[a:b]) for (a, b), _ in parts)
            strong_count = sum(1 for _, strong in parts if strong)
            if strong_count >= 2 or (strong_count and coded):
                spans.append((parts[0][0][0], parts[-1][0][1]))
                last = parts[-1][0][1]
        return spans

    def _town_ends(self, text: str, start: int, end: int) -> bool:
        """The place's name that ends a local address: a postcode, a known place, or one to three
        words before the sentence's end (fixnames43)."""
        if re.search(r"\d{5,6}\Z", text[start:end]):
            return True
        words = [w for w in text[start:end].split() if not w.isdigit()]
        if not words or self.lexicon.is_place(" ".join(words)):
            return bool(words)
        return len(words) <= 3 and not self.lexicon.is_given_name(words[0]) \
            and re.match(r"[ \t]*(?:[.;)\"]|\n|\Z|,[ \t]*(?:and|or|y|i|et)?[ \t]*[a-z])", text[end:end + 8]) is not None

    def _coded_street_words(self, m: re.Match[str]) -> bool:
        """A street's name before a house number and a postcode: no stop word, month, title or marking."""
        lex = self.lexicon
        return not any(w.upper() in lex.stop_words or w.upper() in lex.title_words or lex.never_a_name(w)
                       for w in m.group("street").split() if w[:1].isupper())

    def _cased_street(self, text: str, m: re.Match[str]) -> bool:
        """A street word that is an English word or a name too (`Via`, `Kaya`) opens an address
        when the street's name is no place (via Dubai 3 times), no title comes before it (Ms. Kaya
        Ozturk 12 years) and no word in lower case or counted noun follows the number."""
        lex = self.lexicon
        if lex.is_place(m.group("street").split()[0].rstrip(",")):
            return False
        before = re.search(r"([A-Za-z]+)\.?[ \t]*\Z", text[max(0, m.start() - 20):m.start()])
        if before is not None and before.group(1).upper() in lex.one_word_titles:
            return False
        return re.match(r"[ \t]+(?:[a-z]|(?i:years|times|people|men|women|days|months|hours)(?![\w]))", text[m.end():]) is None

    def _with_town(self, text: str, end: int) -> int:
        """`end` moved over the neighbourhood, town and postcode that follow, when a known place
        or a postcode ends them (at most three parts)."""
        if text.startswith(".,", end):  # 14 Main St., Cheticamp: the street word's dot, then the town
            after_dot = self._with_town(text, end + 1)
            return after_dot if after_dot > end + 1 else end
        best, cursor = end, end
        for _ in range(3):
            coded = self._code_town.match(text, cursor)
            if coded is not None and not any(w.upper() in self.lexicon.stop_words for w in coded.group("town").split()):
                return coded.end()  # the postcode before the town ends the address
            town = self._town_coded.match(text, cursor) or self._town.match(text, cursor)
            if town is None:
                break
            words = town.group("town").split()
            if any(w.upper() in self.lexicon.stop_words for w in words):
                break  # , AND HER PHONE IS 9917: a sentence goes on, no town
            cursor_before, cursor = cursor, town.end()
            number = self._district_number.match(text, cursor) if not town.group("code") and len(words) <= 2 else None
            numbered = number is not None
            if number is not None:
                cursor = number.end()  # , Jumeirah 3: a numbered district
            if numbered or town.group("code") or self.lexicon.is_place(town.group("town")) \
                    or self._district.fullmatch(town.group("town")) is not None \
                    or words[0].upper() in self.lexicon.place_words_before:  # , BARRIO LA CIUDADELA
                best = cursor
            elif len(words) == 1 and best == end and self._town_by_itself(text, town):
                best = cursor  # 14 Apenam Street, Sheshatshiu.: a word no English word list knows, then the sentence ends
            elif best == cursor_before and self._town_written_as_one(text, town):
                best = cursor  # 14 Adeola Odeku Street, Victoria Island.; 34 RUE DUFFERIN, STANSTEAD, NEAR
        return best

    def _neighbourhood_words(self, hood: str) -> bool:
        """names33: whether the words before a street and its comma name a neighbourhood: written
        as names, no stop word, title, marking or acronym, and no known given name or surname, even
        one that is a place too (at Linda Keddie, 14 Main St: a person's name before the address)."""
        lex = self.lexicon
        words = hood.split()
        return not any(w.upper() in lex.stop_words or w.upper() in lex.title_words or w.upper() in lex.keep_upper
                       or lex.never_a_name(w) or lex.is_given_name(w) or lex.is_surname(w) for w in words) \
            and not lex.is_organization(hood, 0, len(hood))

    def _town_written_as_one(self, text: str, town: re.Match[str]) -> bool:
        """names33: a neighbourhood or town no place list knows, right after the street or a part
        taken: one to three words written as names, then a comma, a full stop, a semicolon, a
        bracket or the line's end; no stop word, title, marking or acronym, and no given name
        first (12 Main Street, Mary Jones said) unless a saint's abbreviation opens it (ST. MICHAEL)."""
        lex = self.lexicon
        words = town.group("town").split()
        # (a saint's, mount's or fort's abbreviation: names.possessive_place_words_before with its dot)
        saint = words[0].endswith(".") and words[0].rstrip(".").upper() in lex.possessive_place_words_before
        initials = re.fullmatch(r"(?:[A-Z]\.){2,3}", words[0]) is not None  # (K.K. NAGAR, fixnames42)
        named = words[1:] if saint or initials else words
        if not 1 <= len(named) <= 3 or re.match(r"[ \t]*(?:[.,;)]|\n|\Z)", text[town.end():town.end() + 3]) is None:
            return False
        if any(w.upper() in lex.stop_words or w.upper() in lex.title_words or w.upper() in lex.keep_upper
               or lex.never_a_name(w) or not w[:1].isupper() for w in named):
            return False
        return saint or initials or not lex.is_given_name(named[0]) or lex.is_place(named[0])

    def _town_by_itself(self, text: str, town: re.Match[str]) -> bool:
        """A town no place list knows right after the street: one word no English word list knows,
        no name or marking, before the sentence's or line's end."""
        lex = self.lexicon
        word = town.group("town")
        return not lex.is_common(word, lex.settings.names.rare_below_zipf) and not lex.never_a_name(word) \
            and not lex.is_given_name(word) and re.match(r"[ \t]*(?:[.;)]|\n|\Z)", text[town.end():town.end() + 3]) is not None


def _without_full_stop(text: str, end: int) -> int:
    """`end` less a sentence's full stop that a landmark's last word took (near the school.)."""
    return end - 1 if text[end - 1:end] == "." and re.match(r"[ \t]*(?:\n|\Z|[\"A-Z])", text[end:]) else end


def _phrases(words: list[str]) -> str:
    """Words and phrases as alternatives, longest first; a space is any blank, one line break included."""
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]*\n?[ \t]*") for w in sorted(words, key=len, reverse=True)) or "(?!)"


# an area's kind word, its name (one or two words) and a comma right before an address (Mohallah Bazar, )
_AREA_BEFORE = re.compile(rf"(?<![\w'\u2019\-])(?P<kind>{_TOWN_WORD})(?:[ \t]+{_TOWN_WORD}){{1,2}},[ \t]*\n?[ \t]*\Z")


def _joined(results: list, recognizer: StreetAddressRecognizer) -> list:
    """fixnames43: overlapping addresses as one (POLÍGON 7, PARCEL·LA 112 | LA 112, 07730 ALAIOR)."""
    out: list = []
    for r in sorted(results, key=lambda r: (r.start, -r.end)):
        if out and r.start < out[-1].end:
            if r.end > out[-1].end:
                out[-1] = recognizer.result(out[-1].start, r.end, "a street address")
            continue
        out.append(r)
    return out
