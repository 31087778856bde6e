import type { Cert } from '../catalogue/catalogue.ts';
import { eventDay, eventDayCaveat, eventKindLabels, type TimelineEvent } from './timeline.ts';
import { routes } from '../site/routes.ts';

/** Most items the site-wide feed carries; feed readers keep what they have already fetched. */
export const FEED_LIMIT = 50;

/**
 * Timeline events as RSS items, newest first, each linking to its entry in the changes log (`pageOf` says which page of the log
 * holds it; page 1 when omitted).
 */
export function feedItems(
  events: readonly TimelineEvent[],
  names: ReadonlyMap<string, Pick<Cert, 'shortName'>>,
  pageOf: (id: string) => number = () => 1,
) {
  const items = events.map((event) => ({
    title: `${names.get(event.certification)?.shortName ?? event.certification}: ${eventKindLabels[event.kind].toLowerCase()}${event.code ? ` (${event.code})` : ''}`,
    description: `${event.summary}${eventDayCaveat(event.date)}${event.unverified ? ' (Date unverified.)' : ''}`,
    // A feed needs one full day: the same day the calendars give the event.
    pubDate: new Date(`${eventDay(event)}T00:00:00Z`),
    link: routes.change(event.id, pageOf(event.id)),
  }));
  // Newest first by the day each item carries (a range sorts by its earliest reading here, by its latest in the log).
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}
