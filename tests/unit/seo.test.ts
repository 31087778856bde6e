import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, buildHead, certificationJsonLd, serialiseJsonLd } from '../../src/lib/site/seo';
import { makeCert } from './helpers/certs';

const site = new URL('https://guide.example/');

describe('page head', () => {
  it('builds canonical, description, Open Graph and Twitter tags', () => {
    const head = buildHead({ site, path: '/certifications/x/', title: 'X', description: 'About X.' });
    expect(head.title).toBe('X | AWS Certification Guide');
    expect(head.canonical).toBe('https://guide.example/certifications/x/');
    const byKey = new Map(head.meta.map((m) => [m.property ?? m.name, m.content]));
    expect(byKey.get('description')).toBe('About X.');
    expect(byKey.get('og:url')).toBe(head.canonical);
    expect(byKey.get('og:title')).toBe('X');
    expect(byKey.get('twitter:card')).toBe('summary');
  });

  it('escapes JSON-LD so content cannot close the script element', () => {
    expect(serialiseJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

describe('structured data', () => {
  it('describes a certification as an EducationalOccupationalCredential', () => {
    const data = certificationJsonLd(
      makeCert('saa', { title: 'AWS Certified SA', code: 'SAA-C03' }),
      site,
      3,
    ) as Record<string, unknown>;
    expect(data['@type']).toBe('EducationalOccupationalCredential');
    expect(data['url']).toBe('https://guide.example/certifications/saa/');
    expect(data['alternateName']).toContain('SAA-C03');
    expect(data['educationalLevel']).toBe('Associate');
    // The term comes from the programme file, not from this function.
    expect((certificationJsonLd(makeCert('saa'), site, 2) as Record<string, unknown>)['validFor']).toBe('P2Y');
    expect((data['offers'] as Record<string, unknown>)['price']).toBe(150);
  });

  it('leaves the price out while AWS has not published it, and marks a beta as limited', () => {
    const beta = makeCert('aib', {
      versions: [
        {
          code: 'AIB-C01',
          beta: { from: '2026-09-29', format: { priceUsd: 50 } },
          format: {},
          sources: [{ url: 'https://example.com/', confirms: 'the beta', origin: 'independent', asOf: '2026-10-05' }],
          unverified: [],
          resources: [],
        },
      ],
    });
    const data = certificationJsonLd(beta, site, 3) as { offers: Record<string, unknown> };
    expect(data.offers['availability']).toBe('https://schema.org/LimitedAvailability');
    expect(data.offers['price']).toBe(50);
    const unpriced = certificationJsonLd(makeCert('x', { format: { priceUsd: undefined } }), site, 3) as {
      offers: Record<string, unknown>;
    };
    expect(unpriced.offers).not.toHaveProperty('price');
  });

  it('marks a retired certification as discontinued', () => {
    const data = certificationJsonLd(makeCert('das', { lastDay: '2024-04', successors: ['x'] }), site, 3) as {
      offers: { availability: string };
    };
    expect(data.offers.availability).toBe('https://schema.org/Discontinued');
  });

  it('numbers breadcrumbs from 1 with absolute URLs', () => {
    const data = breadcrumbJsonLd(
      [
        { label: 'Home', href: '/' },
        { label: 'Certifications', href: '/certifications/' },
      ],
      site,
    ) as { itemListElement: { position: number; item: string }[] };
    expect(data.itemListElement.map((i) => [i.position, i.item])).toEqual([
      [1, 'https://guide.example/'],
      [2, 'https://guide.example/certifications/'],
    ]);
  });
});
