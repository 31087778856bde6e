import type { Cert } from './catalogue.ts';
import { eventKindLabels, type TimelineEvent } from './timeline.ts';
import { latestDay } from './lifecycle-dates.ts';
import { routes } from './routes.ts';

/** Most items the site-wide feed carries; feed readers keep what they have already fetched. */
export const FEED_LIMIT = 50;

/**
 * Timeline events as RSS items, each linking to its entry in the changes log (`pageOf` says which page of the log
 * holds it; page 1 when omitted).
 */
export function feedItems(
  events: readonly TimelineEvent[],
  names: ReadonlyMap<string, Pick<Cert, 'shortName'>>,
  pageOf: (id: string) => number = () => 1,
) {
  return events.map((event) => ({
    title: `${names.get(event.certification)?.shortName ?? event.certification}: ${eventKindLabels[event.kind].toLowerCase()}${event.code ? ` (${event.code})` : ''}`,
    description: event.unverified ? `${event.summary} (Date unverified.)` : event.summary,
    // A feed needs a full day: the latest reading of a partial date or range, the day the log sorts it by.
    pubDate: new Date(`${latestDay(event.date)}T00:00:00Z`),
    link: routes.change(event.id, pageOf(event.id)),
  }));
}
