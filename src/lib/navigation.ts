/** The site's primary sections, in header order. */
export const primarySections = [
  { label: 'Certifications', href: '/certifications/' },
  { label: 'Compare', href: '/compare/' },
  { label: 'Path finder', href: '/path-finder/' },
  { label: 'Roles', href: '/roles/' },
  { label: 'Roadmap', href: '/roadmap/' },
  { label: 'Guides', href: '/guides/' },
] as const;

/** The header links, with the section that contains `pathname` marked current. */
export function primaryNavigation(pathname: string): { label: string; href: string; current: boolean }[] {
  return primarySections.map((section) => ({ ...section, current: pathname.startsWith(section.href) }));
}
