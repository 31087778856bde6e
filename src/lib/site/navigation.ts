import { routes } from './routes.ts';

/** The site's primary sections, in header order. */
export const primarySections = [
  { label: 'Certifications', href: routes.catalogue },
  { label: 'Compare', href: routes.compare },
  { label: 'Path finder', href: routes.pathFinder },
  { label: 'Roles', href: routes.roles },
  { label: 'Roadmap', href: routes.roadmap },
  { label: 'Guides', href: routes.guides },
] as const;

/** The header links, with the section that contains `pathname` marked current. */
export function primaryNavigation(pathname: string): { label: string; href: string; current: boolean }[] {
  return primarySections.map((section) => ({ ...section, current: pathname.startsWith(section.href) }));
}

/** The accessible name of the link beside a heading ("Section titled “Retakes”"), its text with spaces collapsed. */
export const sectionLinkLabel = (headingText: string): string =>
  `Section titled “${headingText.replace(/\s+/g, ' ').trim()}”`;
