# SPDX-License-Identifier: MIT
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jiaogao.core.checks.figures_common import last_of

pytestmark = pytest.mark.core

BREAKS = '，。；;：:、（）()“”"\n！？!?'


ALPHABET = st.sampled_from([*BREAKS, "中", "a", "1", "]", "^", "-", "\\"])


@given(st.text(alphabet=ALPHABET, max_size=60), st.data())
def test_last_of_is_the_last_break_in_the_window(s, data):
    lo = data.draw(st.integers(0, len(s)))
    hi = data.draw(st.integers(lo, len(s)))
    for chars in (BREAKS, "。；;\n", "]^-\\"):
        assert last_of(s, chars, lo, hi) == max(s.rfind(c, lo, hi) for c in chars)
        assert last_of(s, chars) == max(s.rfind(c) for c in chars)
