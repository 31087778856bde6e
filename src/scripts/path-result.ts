import type { Cert } from '../lib/catalogue/catalogue';
import { certsFromDocument, type CertificationsDocument } from '../lib/catalogue/open-data';
import { pathStepsData, pathSummary, recommendPath, yearsInWords } from '../lib/tools/path-finder';
import { renderPathStepItems } from '../views/path-steps';
import type { readPathQuery } from '../lib/tools/path-finder-url';
import type { PathFinderRules } from '../schemas/path-finder';
import type { Role } from '../schemas/role';
import { routes } from '../lib/site/routes';

/** Recomputes the path for the reader's own answers and redraws the list, summary and planner link. */
export async function personalise(
  root: HTMLElement,
  goal: string,
  personal: ReturnType<typeof readPathQuery>,
): Promise<void> {
  const list = root.querySelector('.path-steps');
  const summary = root.querySelector('.summary');
  const planner = root.querySelector<HTMLAnchorElement>('.planner-link');
  if (!list || !summary || !planner) return;
  let certs: Cert[];
  let roles: Role[];
  let rules: PathFinderRules;
  try {
    const [certDoc, roleDoc] = await Promise.all([
      fetch(routes.data('certifications.json')).then((r) => r.json() as Promise<CertificationsDocument>),
      fetch(routes.data('roles.json')).then((r) => r.json() as Promise<{ roles: Role[]; pathFinder: PathFinderRules }>),
    ]);
    certs = certsFromDocument(certDoc);
    roles = roleDoc.roles;
    rules = roleDoc.pathFinder;
  } catch {
    // A pre-rendered path stays: the same advice without the personal details. A /yours/ page says where that is.
    root.querySelector<HTMLElement>('.load-failed')?.removeAttribute('hidden');
    return;
  }
  // Without years in the address, the years the page's level stands for (a /yours/ page renders them), else none.
  const years = personal.years ?? (Number(root.dataset['representativeYears']) || 0);
  const result = recommendPath({ goal, years, held: personal.held }, certs, roles, rules);
  if (!result) return;
  const names = personal.held.flatMap((slug) => certs.find((c) => c.slug === slug)?.shortName ?? []);
  summary.textContent = pathSummary(result.role.name, yearsInWords(years), names);
  // The same item template as the pre-rendered pages; everything in it is escaped (src/views/html.ts).
  list.innerHTML = renderPathStepItems(pathStepsData(result.steps)).value;
  const query = new URLSearchParams({ c: result.steps.map((s) => s.cert.slug).join(',') });
  if (personal.held.length) query.set('held', personal.held.join(','));
  planner.href = routes.plannerWith(query);
}
