import type { Cert } from './catalog.ts';
import { eventKindLabels, type TimelineEvent } from './timeline.ts';
import { earliestDay, latestDay } from './lifecycle-dates.ts';
import { routes } from './routes.ts';

/** Timeline events as RSS items, each linking to its entry on /changes/. */
export function feedItems(events: readonly TimelineEvent[], names: ReadonlyMap<string, Pick<Cert, 'shortName'>>) {
  return events.map((event) => ({
    title: `${names.get(event.certification)?.shortName ?? event.certification}: ${eventKindLabels[event.kind].toLowerCase()}${event.code ? ` (${event.code})` : ''}`,
    description: event.unverified ? `${event.summary} (Date unverified.)` : event.summary,
    // A feed needs a full date: a month or year counts from its first day, a range from its latest reading.
    pubDate: new Date(`${typeof event.date === 'string' ? earliestDay(event.date) : latestDay(event.date)}T00:00:00Z`),
    link: routes.change(event.id),
  }));
}
