"""Vietnamese: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "vi"
CASES[CODE] = [('Ngày 21/2/2023, Tổng thống Nga Vladimir Putin tuyên bố đình chỉ tham gia Hiệp ước New START.', None, [('suspend', 'new-start', 'russia', '2023-02-21', 'asserted')]), ('Mỹ rút khỏi Hiệp ước INF vào năm 2019.', None, [('withdraw', 'inf', 'usa', '2019', 'asserted')]),
    # a form may end on the first words of a treaty's name ("rời khỏi hiệp ước" + "Hiệp ước INF")
    ('Năm 2019, Mỹ rời khỏi Hiệp ước INF.', None, [('withdraw', 'inf', 'usa', '2019', 'asserted')]),
    ('Mỹ sẽ ngừng các nghĩa vụ theo Hiệp ước INF từ năm 2019.', None, [('suspend', 'inf', 'usa', '2019', 'scheduled')]),
    # negated, hedged
    ('Nga tuyên bố sẽ không rút khỏi Hiệp ước New START.', None, [('withdraw', 'new-start', 'russia', None, 'negated')]),
    ('Mỹ có thể gia hạn Hiệp ước New START.', None, [('extend', 'new-start', 'usa', None, 'possible')]),
    # conditional: no event stated
    ('Nếu Mỹ rút khỏi Hiệp ước New START, Nga sẽ đáp trả.', None, [])]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
