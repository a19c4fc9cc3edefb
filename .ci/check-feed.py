#!/usr/bin/python3
"""Parses the feeds the tests wrote (target/feeds-sample/*.ics) with an independent parser (Debian's
python3-icalendar): each must parse, hold events, carry the Europe/Paris VTIMEZONE, and no floating time."""
import glob
import sys

import icalendar

files = sorted(glob.glob(sys.argv[1] if len(sys.argv) > 1 else "target/feeds-sample/*.ics"))
if not files:
    sys.exit("no feed sample found: did FeedApiTest run?")
for path in files:
    raw = open(path, "rb").read()
    if b"\n" in raw.replace(b"\r\n", b""):
        sys.exit(f"{path}: a line does not end with CRLF")
    if any(len(line) > 75 for line in raw.split(b"\r\n")):
        sys.exit(f"{path}: a line is longer than 75 octets")
    calendar = icalendar.Calendar.from_ical(raw)
    for name in ("PRODID", "VERSION", "CALSCALE", "METHOD", "X-WR-CALNAME"):
        if name not in calendar:
            sys.exit(f"{path}: no {name}")
    zones = [str(zone.get("TZID")) for zone in calendar.walk("VTIMEZONE")]
    if "Europe/Paris" not in zones:
        sys.exit(f"{path}: no VTIMEZONE Europe/Paris")
    events = calendar.walk("VEVENT")
    if not events:
        sys.exit(f"{path}: no VEVENT")
    for event in events:
        for name in ("UID", "DTSTAMP", "DTSTART", "SEQUENCE", "LAST-MODIFIED", "STATUS"):
            if name not in event:
                sys.exit(f"{path}: {event.get('UID')} has no {name}")
        for name in ("DTSTART", "DTEND"):
            moment = event.decoded(name)
            if getattr(moment, "tzinfo", None) is None and "TZID" not in event[name].params:
                sys.exit(f"{path}: {event.get('UID')} has a floating {name}")
    print(f"{path}: {len(events)} events, parsed by icalendar {icalendar.__version__}")
