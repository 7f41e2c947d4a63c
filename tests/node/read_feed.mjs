// Reads an iCalendar feed with Mozilla's ical.js (the parser of Thunderbird's calendar) and prints what it
// found as JSON, for tests/e2e/node_readers.py to compare with python-icalendar's reading and the feed's rules.
// Usage: node read_feed.mjs FILE.ics
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const calendar = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], "utf8")));
const day = (property) => {
  const value = property && property.getFirstValue();
  return value ? { date: value.toString().slice(0, 10), all_day: value.isDate } : null;
};
const items = calendar.getAllSubcomponents().map((item) => ({
  type: item.name.toUpperCase(),
  uid: item.getFirstPropertyValue("uid"),
  summary: item.getFirstPropertyValue("summary"),
  start: day(item.getFirstProperty("dtstart")),
  end: day(item.getFirstProperty("dtend")),
  due: day(item.getFirstProperty("due")),
  status: item.getFirstPropertyValue("status"),
}));
console.log(JSON.stringify({
  version: calendar.getFirstPropertyValue("version"),
  method: calendar.getFirstPropertyValue("method"),
  items,
}));
