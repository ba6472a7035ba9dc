"""Vietnamese: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, _events, check_examples, check_sentence

CODE = "vi"
CASES[CODE] = [
    ('Ngày 21/2/2023, Tổng thống Nga Vladimir Putin tuyên bố đình chỉ tham gia Hiệp ước New START.', None,
     [('suspend', 'new-start', 'russia', '2023-02-21', 'asserted')]),
    ('Mỹ rút khỏi Hiệp ước INF vào năm 2019.', None, [('withdraw', 'inf', 'usa', '2019', 'asserted')]),
    # a form may end on the first words of a treaty's name ("rời khỏi hiệp ước" + "Hiệp ước INF")
    ('Năm 2019, Mỹ rời khỏi Hiệp ước INF.', None, [('withdraw', 'inf', 'usa', '2019', 'asserted')]),
    ('Mỹ sẽ ngừng các nghĩa vụ theo Hiệp ước INF từ năm 2019.', None, [('suspend', 'inf', 'usa', '2019', 'scheduled')]),
    # negated, hedged
    ('Nga tuyên bố sẽ không rút khỏi Hiệp ước New START.', None,
     [('withdraw', 'new-start', 'russia', None, 'negated')]),
    ('Mỹ có thể gia hạn Hiệp ước New START.', None, [('extend', 'new-start', 'usa', None, 'possible')]),
    # conditional: no event stated
    ('Nếu Mỹ rút khỏi Hiệp ước New START, Nga sẽ đáp trả.', None, []),
    # a negation stops at "khi" (when): the clause after it states its own act
    ('Mỹ không hài lòng khi Nga đình chỉ tham gia Hiệp ước New START.', None,
     [('suspend', 'new-start', 'russia', None, 'asserted')]),
    # only mentioned or intended: not done
    ('Nga mới chỉ đề cập đến việc hủy phê chuẩn Hiệp ước CTBT.', None,
     [('deratify', 'ctbt', 'russia', None, 'possible')]),
    ('Chính phủ Mỹ có ý định rút khỏi Hiệp ước Bầu trời mở.', None,
     [('withdraw', 'open-skies', 'usa', None, 'possible')]),
    # the state taken out stands between "rút" and "khỏi"; the state followed ("tiếp bước Mỹ") is no subject
    ('Năm 2018, Tổng thống Trump rút Washington khỏi thỏa thuận JCPOA.', None,
     [('withdraw', 'jcpoa', 'usa', '2018', 'asserted')]),
    ('Nga sẽ tiếp bước Mỹ và rút khỏi Hiệp ước Bầu trời mở.', None,
     [('withdraw', 'open-skies', 'russia', None, 'scheduled')]),
    # a number in words counts back ("ba năm trước")
    ('Ba năm trước, Mỹ rút khỏi Hiệp ước Bầu trời mở.', '2023-05-22',
     [('withdraw', 'open-skies', 'usa', '2020', 'asserted')]),
    # in force for a span is a state, not an entry into force
    ('Hiệp ước New START đã có hiệu lực trong nhiều năm.', None, [])]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# Scope cues (issue 9), sentences of our own: a negation stops at "nhưng"; a counterfactual ("lẽ ra", "nếu
# không") is no denial; a description ("cáo buộc", "cấm") is no event; a weekday dates its own verb; a cue
# inside a treaty's name ("Cấm" in "Hiệp ước Cấm vũ khí hạt nhân") is part of the name.
CASES[CODE] += [
    ("Nga đình chỉ tham gia Hiệp ước New START nhưng không rút khỏi hiệp ước này.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Lẽ ra Hiệp ước New START đã hết hạn vào tháng 2/2021 nếu không có thỏa thuận gia hạn.", None,
     [("expire", "new-start", None, "2021-02", "possible")]),
    # published Thursday 2023-02-23: "hôm thứ Ba" is the 21st, "hôm thứ Sáu" (the saying) the 17th
    ("Mỹ hôm thứ Sáu cho biết Nga đã đình chỉ tham gia Hiệp ước New START hôm thứ Ba.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Hiệp ước của Liên hợp quốc cấm vũ khí hạt nhân bắt đầu có hiệu lực vào ngày 22/1/2021.", None,
     [("enter_into_force", "tpnw", None, "2021-01-22", "asserted")]),
]


@pytest.mark.parametrize("text, kinds", [
    ("Mỹ cáo buộc Nga triển khai tên lửa vi phạm Hiệp ước INF.", {"deploy"}),
    ("Nga phê chuẩn CTBT, một hiệp ước cấm các vụ thử hạt nhân.", {"test"}),
    ("Các nước ký kết Hiệp ước Cấm vũ khí hạt nhân kêu gọi Mỹ tham gia.", {"sign"}),
    ("Lẽ ra Hiệp ước New START đã hết hạn vào tháng 2/2021 nếu không có thỏa thuận gia hạn.", {"expire"}),
])
def test_no_event_is_stated(text: str, kinds: set[str]) -> None:
    stated = ("asserted", "scheduled")
    assert not {e for e in _events(CODE, text, None) if e[0] in kinds and e[4] in stated}


# Fresh-article mechanisms (sentences of our own): bare "ký" (its other words are not_events), "Anh" with its
# capital, "vốn" opening a relative clause, purpose "để", "ủng hộ" offering, "cơ hội" hedging, "nhiệm kỳ đầu"
# marking an earlier happening, "rời bỏ" withdrawing
CASES[CODE] += [
    ("Mỹ và Liên Xô ký Hiệp ước INF vào năm 1987.", None,
     [("sign", "inf", "usa", "1987", "asserted"), ("sign", "inf", "ussr", "1987", "asserted")]),
    ("Năm 2015, Iran, Anh và Pháp đã ký thỏa thuận JCPOA.", None,
     [("sign", "jcpoa", "uk", "2015", "asserted"), ("sign", "jcpoa", "iran", "2015", "asserted")]),
    ("Hai bên có thể sớm đàm phán, trong khi Hiệp ước New START, vốn sẽ hết hạn vào tháng 2/2026, vẫn còn hiệu lực.",
     None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Các bên ấn định cuối tháng 9 là thời hạn để ký thỏa thuận hạt nhân mới với Iran.", None, []),
    ("Ngoại trưởng Nga cho biết Nga ủng hộ việc gia hạn Hiệp ước New START.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Mỹ đã bỏ lỡ cơ hội gia hạn Hiệp ước New START.", None,
     [("extend", "new-start", "usa", None, "possible")]),
    ("Trong nhiệm kỳ đầu, ông Trump đã rút Mỹ khỏi thỏa thuận hạt nhân Iran.", "2025-06-01",
     [("withdraw", "jcpoa", "usa", None, "asserted")]),
    ("Chính quyền Mỹ quyết định rời bỏ Hiệp ước Bầu trời mở.", None,
     [("withdraw", "open-skies", "usa", None, "asserted")]),
    ("Phái đoàn Nga đăng ký tham dự hội nghị về Hiệp ước New START.", None, []),
]


# "năm sau khi" is "the year after [something]", not next year; "vài năm sau" a few years later (not_dates phrases)
@pytest.mark.parametrize("text", [
    "Một năm sau khi Mỹ rút khỏi Hiệp ước INF, Nga bắt đầu sản xuất tên lửa tầm trung.",
    "Vài năm sau, Nga rút khỏi Hiệp ước CFE.",
])
def test_the_year_after_is_not_next_year(text: str) -> None:
    dates = {e[3] for e in _events(CODE, text, "2020-08-02")}
    assert "2021" not in dates, dates
    assert dates, "the act is still read"

# "một bên ký" (a signatory) names a party, not a signing; "sau khi" gives its act no date from before the cue
CASES[CODE] += [
    ("Nga rút phê chuẩn CTBT, nhưng vẫn là một bên ký Hiệp ước cấm thử hạt nhân toàn diện.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    ("Hồi tháng 9/2025, Putin nói Nga sẵn sàng tuân thủ giới hạn thêm một năm sau khi Hiệp ước New START hết hạn.",
     "2026-02-05", [("expire", "new-start", None, None, "possible")]),
]


def test_a_signatory_is_no_signing() -> None:
    text = "Nga rút phê chuẩn CTBT, nhưng vẫn là một bên ký Hiệp ước cấm thử hạt nhân toàn diện."
    assert not {e for e in _events(CODE, text, None) if e[0] == "sign"}

# a passive participle after its noun opens a relative clause: its date is the signing's, not the withdrawal's
CASES[CODE] += [
    ("Ngày 8/5/2018, Mỹ rút khỏi thỏa thuận JCPOA được ký kết giữa Iran và 6 cường quốc hồi năm 2015.", None,
     [("withdraw", "jcpoa", "usa", "2018-05-08", "asserted")]),
]


def test_the_participle_s_year_is_not_the_withdrawal_s() -> None:
    text = "Tổng thống Trump tuyên bố rút Mỹ khỏi thỏa thuận JCPOA được ký kết giữa Iran và 6 cường quốc hồi năm 2015."
    assert ("withdraw", "jcpoa", "usa", "2015", "asserted") not in _events(CODE, text, "2018-05-09")

# a nuclear test ordered ("ra lệnh … thử nghiệm vũ khí hạt nhân") is still ahead
CASES[CODE] += [
    ("Tổng thống Trump ra lệnh khôi phục các cuộc thử nghiệm vũ khí hạt nhân.", "2025-10-30",
     [("test", None, "usa", "2025-10-30", "scheduled")]),
]
