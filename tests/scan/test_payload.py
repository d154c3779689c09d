"""Payload resolution: what a scanner read -> the codes to look up; never a crash."""

from hypothesis import given, settings, strategies as st

from kiosk.scan.payload import read_payload


def test_bare_code_with_whitespace():
    assert read_payload("  752327237937711035001\r\n").codes == ["752327237937711035001"]


def test_tito_luma_eventbrite_urls():
    tito = read_payload("https://ti.to/tickets/ti_pX9tJEguENQbdPOdhq66Vtw")
    assert tito.codes[0] == "ti_pX9tJEguENQbdPOdhq66Vtw" and tito.platform == "tito"
    luma = read_payload("https://luma.com/check-in/evt-AbC?pk=g-XyZ123")
    assert luma.codes[0] == "g-XyZ123" and luma.platform == "luma"
    eb = read_payload("https://www.eventbriteapi.com/qrcode/929081958915352852869001/?sig=abc")
    assert eb.codes[0] == "929081958915352852869001"


def test_indico_json_ticket():
    payload = read_payload('{"i":[2,"indico.example.org","3q2-7wAAAAAAAAAAAAAAAA"]}')
    assert payload.codes[0] == "deadbeef-0000-0000-0000-000000000000"


def test_things_that_are_not_tickets():
    for text in ("WIFI:S:venue;T:WPA;P:x;;", "BEGIN:VCARD\nFN:A\nEND:VCARD", "mailto:a@b.c", "", "   "):
        assert read_payload(text).ticket_like is False, text


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=300), st.text(max_size=300)))
def test_arbitrary_input_never_crashes(data):
    payload = read_payload(data)
    assert isinstance(payload.codes, list)
    assert all(isinstance(c, str) and c == c.strip() and c for c in payload.codes)
