/*
 * iCalendar (RFC 5545) files of all-day events, written by the build (the calendar of coming changes, one per
 * certification) and by the planner in the browser (a reader's own plan). Pure and dependency-free.
 */
import { addDays, type Day } from '../catalogue/lifecycle-dates.ts';

/** One all-day event. */
export interface CalendarEvent {
  /** Globally unique and stable across rebuilds, so calendar apps update rather than duplicate an event. */
  uid: string;
  day: Day;
  summary: string;
  description?: string | undefined;
  url?: string | undefined;
}

const PRODUCT_ID = '-//AWS Certification Guide//Certification calendar//EN';

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a multi-byte character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines start with a space, so they hold 74 more.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (day: Day) => day.replace(/-/g, '');

/** A whole calendar as text, CRLF line endings, every line folded. `stamp` is the DTSTAMP day (the build day). */
export function icsCalendar(name: string, events: readonly CalendarEvent[], stamp: Day): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${basicDate(stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${basicDate(event.day)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(event.day, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
