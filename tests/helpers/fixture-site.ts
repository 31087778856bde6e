/* The small fixture sites of tests/fixtures/sites, copied with the project's code so a test can change and build them. */
import path from 'node:path';
import { copySite } from '../../tools/site-copy.ts';

/** The content folder of the fixture site `name`. */
export const fixtureContent = (name: string): string => path.resolve('tests/fixtures/sites', name, 'content');

/** A throwaway copy of the fixture site `name` (its content, the project's src/, public/ and config). */
export const copyFixtureSite = (name: string, prefix = `aws-guide-${name}-`): string =>
  copySite(fixtureContent(name), prefix);
