import { experienceLevel, type LevelBoundary } from './experience.ts';
import { readableQuery, routes } from '../site/routes.ts';
import { isSlug } from '../site/slug.ts';

/**
 * The result page for the path-finder form's answers (goal, years, held). Holding nothing, it is the pre-rendered path
 * of the goal and level, /path-finder/<goal>/<level>/?years=…, which reads the same without JavaScript. Holding
 * certifications, it is /path-finder/<goal>/<level>/yours/?years=…&held=…: a page that lists no step until its script
 * has left out what the reader holds, since without JavaScript nothing can read the address, and a pre-rendered path
 * would recommend the very certification the link says the reader has. The levels are content/path-finder.yaml's,
 * which the form's page hands its script.
 */
export function pathFinderUrl(form: URLSearchParams, levels: readonly LevelBoundary[]): string {
  const goal = form.get('goal') ?? '';
  const years = Number(form.get('years') ?? 0);
  const known = Number.isFinite(years) && years >= 0 ? years : 0;
  const level = experienceLevel(known, levels)?.id;
  const query = new URLSearchParams();
  query.set('years', String(known));
  const held = form.getAll('held').filter(isSlug);
  if (held.length > 0) query.set('held', held.join(','));
  const path =
    !isSlug(goal) || level === undefined
      ? routes.pathFinder
      : held.length > 0
        ? routes.pathFinderYours(goal, level)
        : routes.pathFinderResult(goal, level);
  return `${path}?${readableQuery(query)}`;
}

/** Reads the personal part of a result page's query: years and held certifications (anything else is ignored). */
export function readPathQuery(search: string): { years: number | undefined; held: string[] } {
  const params = new URLSearchParams(search);
  const years = Number(params.get('years'));
  return {
    years: params.has('years') && Number.isFinite(years) && years >= 0 ? years : undefined,
    held: [...new Set((params.get('held') ?? '').split(',').filter(isSlug).slice(0, 20))],
  };
}
