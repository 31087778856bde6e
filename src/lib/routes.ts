/*
 * Every internal address in one place, so a page never builds a URL by hand and a route can move in one edit.
 */

export const routes = {
  home: '/',
  catalogue: '/certifications/',
  certification: (slug: string) => `/certifications/${slug}/`,
  certificationFeed: (slug: string) => `/certifications/${slug}/changes.xml`,
  certificationCalendar: (slug: string) => `/certifications/${slug}/calendar.ics`,
  /** The readiness check and study plan of one exam version. */
  prepare: (slug: string, code: string) => `/certifications/${slug}/prepare/${code.toLowerCase()}/`,
  category: (id: string) => `/categories/${id}/`,
  role: (id: string) => `/roles/${id}/`,
  roles: '/roles/',
  service: (id: string) => `/services/${id}/`,
  services: '/services/',
  compare: '/compare/',
  comparePair: (pairSlug: string) => `/compare/${pairSlug}/`,
  changes: '/changes/',
  /** An event's entry on the paged changes log: page 1 at /changes/, then /changes/page/N/. */
  change: (id: string, page = 1) => `${page <= 1 ? '/changes/' : `/changes/page/${page}/`}#${id}`,
  changesFeed: '/changes.xml',
  calendar: '/calendar.ics',
  planner: '/planner/',
  pathFinder: '/path-finder/',
  roadmap: '/roadmap/',
  guides: '/guides/',
  guide: (slug: string) => `/guides/${slug}/`,
  search: '/search/',
  about: '/about/',
  data: (file: string) => `/data/${file}`,
} as const;
