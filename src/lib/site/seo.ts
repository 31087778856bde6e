import type { Status } from '../../schemas/enums.ts';
import type { Cert } from '../catalogue/catalogue.ts';
import { categoryLabels } from './format.ts';
import { routes } from './routes.ts';

export const SITE_NAME = 'AWS Certification Guide';

/** A link in the breadcrumb trail; the last one is the current page. */
export interface Crumb {
  label: string;
  href: string;
}

/** What the page head needs, computed once so the template only renders it. */
export interface HeadData {
  title: string;
  description: string;
  canonical: string;
  meta: { name?: string; property?: string; content: string }[];
  jsonLd: string[];
}

interface HeadInput {
  site: URL;
  path: string;
  title: string;
  description: string;
  ogType?: 'website' | 'article';
  structuredData?: object[];
}

/** Serialises JSON-LD safely for a <script> element (no "</script>" break-out). */
export function serialiseJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Title, canonical URL, description, Open Graph and Twitter tags, and JSON-LD for one page. */
export function buildHead({
  site,
  path,
  title,
  description,
  ogType = 'website',
  structuredData = [],
}: HeadInput): HeadData {
  const canonical = new URL(path, site).href;
  const fullTitle = path === routes.home ? SITE_NAME : `${title} | ${SITE_NAME}`;
  return {
    title: fullTitle,
    description,
    canonical,
    meta: [
      { name: 'description', content: description },
      { property: 'og:type', content: ogType },
      { property: 'og:site_name', content: SITE_NAME },
      { property: 'og:title', content: title },
      { property: 'og:description', content: description },
      { property: 'og:url', content: canonical },
      { property: 'og:locale', content: 'en' },
      { name: 'twitter:card', content: 'summary' },
      { name: 'twitter:title', content: title },
      { name: 'twitter:description', content: description },
    ],
    jsonLd: structuredData.map(serialiseJsonLd),
  };
}

/** schema.org BreadcrumbList for a trail of crumbs. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[], site: URL): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: new URL(crumb.href, site).href,
    })),
  };
}

/** schema.org ItemAvailability for each status. */
const offerAvailability: Record<Status, string> = {
  upcoming: 'PreOrder',
  beta: 'LimitedAvailability',
  active: 'InStock',
  retiring: 'LimitedAvailability',
  retired: 'Discontinued',
};

/**
 * schema.org EducationalOccupationalCredential describing one certification on the build day; `validityYears` is the
 * programme's term (content/programme.yaml).
 */
export function certificationJsonLd(cert: Cert, site: URL, validityYears: number): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'EducationalOccupationalCredential',
    name: cert.title,
    alternateName: [cert.shortName, cert.examCode],
    description: cert.description,
    url: new URL(routes.certification(cert.slug), site).href,
    credentialCategory: 'certification',
    educationalLevel: categoryLabels[cert.category],
    recognizedBy: { '@type': 'Organization', name: 'Amazon Web Services', url: 'https://aws.amazon.com/' },
    validFor: `P${validityYears}Y`,
    offers: {
      '@type': 'Offer',
      ...(cert.exam.format.priceUsd === undefined ? {} : { price: cert.exam.format.priceUsd, priceCurrency: 'USD' }),
      availability: `https://schema.org/${offerAvailability[cert.status]}`,
    },
    sameAs: cert.links.officialPage,
  };
}
