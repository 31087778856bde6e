import { experienceLevel } from './experience.ts';
import { readableQuery, routes } from './routes.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The result page for the path-finder form: /path-finder/<goal>/<level>/?years=…&held=…&role=…&hours=… */
export function pathFinderUrl(form: URLSearchParams): string {
  const goal = form.get('goal') ?? '';
  const years = Number(form.get('years') ?? 0);
  const level = experienceLevel(years);
  const query = new URLSearchParams();
  query.set('years', String(Number.isFinite(years) && years >= 0 ? years : 0));
  const role = form.get('role');
  if (role && slugPattern.test(role)) query.set('role', role);
  const hours = form.get('hours');
  if (hours && Number(hours) > 0) query.set('hours', String(Number(hours)));
  const held = form.getAll('held').filter((s) => slugPattern.test(s));
  if (held.length > 0) query.set('held', held.join(','));
  const path = slugPattern.test(goal) ? routes.pathFinderResult(goal, level) : routes.pathFinder;
  return `${path}?${readableQuery(query)}`;
}

/** Reads the personal part of a result page's query: years, held certifications, current role, hours. */
export function readPathQuery(search: string): {
  years: number | undefined;
  held: string[];
  role: string | undefined;
  hours: number | undefined;
} {
  const params = new URLSearchParams(search);
  const years = Number(params.get('years'));
  const hours = Number(params.get('hours'));
  return {
    years: params.has('years') && Number.isFinite(years) && years >= 0 ? years : undefined,
    held: (params.get('held') ?? '')
      .split(',')
      .filter((s) => slugPattern.test(s))
      .slice(0, 20),
    role: slugPattern.test(params.get('role') ?? '') ? (params.get('role') ?? undefined) : undefined,
    hours: Number.isFinite(hours) && hours > 0 ? hours : undefined,
  };
}
