"""The gazetteer's fast scanner must find exactly what the Aho-Corasick automaton finds, in order."""

import random

from aiwatch.analyze.gazetteer import Gazetteer, load_gazetteer


def test_scanner_matches_automaton_on_default_gazetteer():
    gazetteer = load_gazetteer()
    automaton = gazetteer.automaton()
    keys = list(automaton.keys())
    rnd = random.Random(7)
    for _ in range(300):
        text = "".join(rnd.choice([*keys, "的", "，", "科技"]) for _ in range(rnd.randint(0, 40)))
        assert gazetteer._scanner.iter(text) == list(automaton.iter(text)), text


def test_scanner_handles_one_character_and_regex_special_names():
    # A user file may hold any surface: 中, C-V2X, c]d; and a key may end right at the text's end.
    gazetteer = Gazetteer()
    names = ["中", "a-b", "c]d", "^e", "\\f", "[g", "C-V2X", "商汤", "商汤科技", "汤科"]
    for name in names:
        gazetteer.add(name, "ORG", [name.lower()])
    automaton = gazetteer.automaton()
    rnd = random.Random(3)
    for _ in range(500):
        text = "".join(rnd.choice([*names, "的", "-", "]", "X"]) for _ in range(rnd.randint(0, 20)))
        assert gazetteer._scanner.iter(text) == list(automaton.iter(text)), text
    assert [m.name for m in gazetteer.find("商汤科技")] == ["商汤", "汤科", "商汤科技"]


def test_fold_lowers_ascii_capitals_only_whatever_the_length():
    # Long texts go through a regex, short ones through str.translate: both must agree.
    from aiwatch.analyze.gazetteer import _ASCII_LOWER, fold

    rnd = random.Random(5)
    alphabet = "ABCXYZabc019商汤科技İıẞß ,.-"
    for _ in range(2000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 200)))
        assert fold(text) == text.translate(_ASCII_LOWER)
    assert fold("NVIDIA英伟达" * 10) == "nvidia英伟达" * 10
    assert fold("İ" * 70) == "İ" * 70  # not ASCII: untouched (str.lower would change its length)
