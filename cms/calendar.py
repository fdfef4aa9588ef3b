"""The "add to calendar" file of an event (RFC 5545, through icalendar)."""
from icalendar import Calendar, Event

PRODID = "-//OCOP Market//Sự kiện OCOP//VI"


def event_ics(page, request) -> bytes:
    url = page.get_full_url(request)
    event = Event()
    event.add("uid", f"event-{page.pk}@{request.get_host().split(':')[0]}")
    event.add("summary", page.title)
    event.add("dtstart", page.start)
    event.add("dtend", page.end)
    event.add("dtstamp", page.last_published_at or page.start)
    event.add("location", page.place or page.stream_url)
    event.add("description", "\n\n".join(part for part in (page.intro, url) if part))
    event.add("url", url)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add_component(event)
    return calendar.to_ical()
