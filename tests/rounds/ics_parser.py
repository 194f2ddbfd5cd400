"""A strict RFC 5545 reader for the tests: it fails on what a calendar application would choke on.

It checks CRLF line endings and the 75-octet limit, unfolds continuation lines, splits each
content line into name, parameters and value, unescapes TEXT values, and returns the calendar's
properties and its VEVENTs as lists of (name, params, value)."""

import re
from dataclasses import dataclass, field

NAME = re.compile(r"^[A-Z0-9-]+$")


@dataclass
class Component:
    name: str
    properties: list = field(default_factory=list)
    children: list = field(default_factory=list)

    def get(self, name):
        found = [p for p in self.properties if p[0] == name]
        assert len(found) == 1, f"{self.name} has {len(found)} {name} properties"
        return found[0]

    def value(self, name):
        return self.get(name)[2]

    def has(self, name):
        return any(p[0] == name for p in self.properties)


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        char = value[i]
        if char == "\\":
            nxt = value[i + 1]
            assert nxt in "\\;,nN", f"bad escape \\{nxt} in {value!r}"
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        assert char not in ";,", f"unescaped {char!r} in TEXT value {value!r}"
        out.append(char)
        i += 1
    return "".join(out)


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n"), "the calendar must end with CRLF"
    lines = data[:-2].split(b"\r\n")
    for line in lines:
        assert b"\n" not in line and b"\r" not in line, f"bare line break in {line!r}"
        assert len(line) <= 75, f"line of {len(line)} octets: {line!r}"
        line.decode("utf-8")  # no line ends inside a UTF-8 sequence
    return lines


def unfold(data: bytes) -> list[str]:
    logical: list[bytes] = []
    for line in physical_lines(data):
        if line.startswith((b" ", b"\t")):
            assert logical, "continuation line at the start"
            logical[-1] += line[1:]
        else:
            logical.append(line)
    return [line.decode("utf-8") for line in logical]


TEXT_PROPERTIES = {"SUMMARY", "DESCRIPTION", "LOCATION", "X-WR-CALNAME", "UID"}


def split_line(line: str):
    head, sep, value = line.partition(":")
    assert sep, f"no colon in {line!r}"
    name, *raw_params = head.split(";")
    assert NAME.match(name), f"bad property name {name!r}"
    params = dict(p.split("=", 1) for p in raw_params)
    if name in TEXT_PROPERTIES:
        value = unescape(value)
    elif name == "CATEGORIES":
        value = [unescape(v) for v in re.split(r"(?<!\\),", value)]
    return name, params, value


def parse(data: bytes) -> Component:
    stack: list[Component] = []
    root = None
    for line in unfold(data):
        name, params, value = split_line(line)
        if name == "BEGIN":
            component = Component(value)
            if stack:
                stack[-1].children.append(component)
            else:
                assert root is None, "more than one top-level component"
                root = component
            stack.append(component)
        elif name == "END":
            assert stack and stack[-1].name == value, f"END:{value} does not match"
            stack.pop()
        else:
            assert stack, f"property {name} outside a component"
            stack[-1].properties.append((name, params, value))
    assert not stack, "unterminated component"
    assert root is not None and root.name == "VCALENDAR"
    return root


def events(data: bytes) -> list[Component]:
    calendar = parse(data)
    assert calendar.value("VERSION") == "2.0"
    assert calendar.has("PRODID")
    found = [c for c in calendar.children if c.name == "VEVENT"]
    for event in found:
        for required in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            assert event.has(required), f"VEVENT without {required}"
        assert re.fullmatch(r"\d{8}T\d{6}Z", event.value("DTSTAMP"))
    return found
