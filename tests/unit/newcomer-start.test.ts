import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { examGlance } from '../../src/lib/tools/exam-glance';
import { choosingGuide, CHOOSING_GUIDE, starterExams } from '../../src/lib/tools/newcomer-start';
import { catalogueSummarySegments } from '../../src/lib/site/prose';
import { renderExamGlance } from '../../src/views/exam-glance';
import { makeCert, makeCertification } from './helpers/certs';

const version = makeCertification('x').versions[0]!;
const foundational = { category: 'foundational' as const, format: { priceUsd: 100, minutes: 90 } };
const clf = makeCert('clf', { ...foundational, shortName: 'Cloud Practitioner', recommendedExperience: 'Anyone.' });
const aif = makeCert('aif', { ...foundational, shortName: 'AI Practitioner' });
const betaFoundational = makeCert('new', {
  category: 'foundational',
  shortName: 'New Practitioner',
  versions: [
    {
      ...version,
      code: 'NEW-C01',
      availableFrom: undefined,
      beta: { from: '2026-09-29', until: '2027-02-15', format: { priceUsd: 50, minutes: 120 } },
      format: { ...version.format, priceUsd: 100 },
    },
  ],
});
const retiredFoundational = makeCert('old', { category: 'foundational', lastDay: '2025-01-01' });
const retiringSpecialty = makeCert('ans', {
  category: 'specialty',
  shortName: 'Advanced Networking',
  lastDay: '2026-12-31',
});
const saa = makeCert('saa', { shortName: 'Solutions Architect' });

describe('the start for newcomers on the home page', () => {
  it('lists every Foundational exam one can book, the path finder’s first exam leading, with fee and length', () => {
    const starters = starterExams([saa, aif, retiredFoundational, clf, betaFoundational], 'clf');
    expect(starters.map((s) => s.slug)).toEqual(['clf', 'aif', 'new']);
    expect(starters[0]).toMatchObject({
      name: 'Cloud Practitioner',
      code: 'TST-C01',
      href: '/certifications/clf/',
      suits: 'Anyone.',
      price: 'USD 100',
      length: '90 minutes, 65 questions',
      status: 'Active',
      flagged: false,
    });
    // Without a first exam (or one that cannot be booked) the catalogue order stands.
    expect(starterExams([clf, aif], 'old').map((s) => s.slug)).toEqual(['aif', 'clf']);
  });

  it('gives a beta its own price and length, labelled, and the day the beta ends', () => {
    expect(examGlance(betaFoundational)).toEqual({
      price: 'USD 50 in beta',
      length: '120 minutes, 65 questions',
      status: 'Beta until 15 February 2027',
      flagged: true,
    });
  });

  it('says what AWS has not published, and when a retiring exam can last be sat', () => {
    const unpublished = makeCert('sap', {
      versions: [{ ...version, format: { questions: { total: 75 } } }],
    });
    expect(examGlance(unpublished)).toMatchObject({ price: 'Not yet published', length: '75 questions' });
    const nothing = makeCert('sap', { versions: [{ ...version, format: {} }] });
    expect(examGlance(nothing).length).toBe('Not yet published');
    expect(examGlance(retiringSpecialty)).toMatchObject({
      status: 'Retiring: last day 31 December 2026',
      flagged: true,
    });
  });

  it('renders the glance as labelled facts, leaving out an ordinary active status where asked', () => {
    const text = (markup: string) =>
      markup
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    expect(text(renderExamGlance(examGlance(clf)).value)).toBe(
      'Fee USD 100 Length 90 minutes, 65 questions Status Active',
    );
    expect(text(renderExamGlance(examGlance(clf), { status: 'flagged' }).value)).toBe(
      'Fee USD 100 Length 90 minutes, 65 questions',
    );
    expect(text(renderExamGlance(examGlance(betaFoundational), { status: 'flagged' }).value)).toContain(
      'Status Beta until 15 February 2027',
    );
  });

  it('links the choosing guide, or the guides index on a site without it', () => {
    const guide = { id: CHOOSING_GUIDE, data: { title: 'How to choose', description: 'Five questions.' } };
    expect(choosingGuide([guide])).toEqual({
      href: `/guides/${CHOOSING_GUIDE}/`,
      title: 'How to choose',
      description: 'Five questions.',
    });
    expect(choosingGuide([]).href).toBe('/guides/');
  });

  it('finds the choosing guide in the real content, so the home page never falls back', async () => {
    const guides = await getCollection('guides');
    expect(choosingGuide(guides).href).toBe(`/guides/${CHOOSING_GUIDE}/`);
  });
});

describe('the catalogue summary names what is in beta and what is retiring', () => {
  const categories = [
    { id: 'foundational', name: 'Foundational', ladder: true },
    { id: 'associate', name: 'Associate', ladder: true },
    { id: 'specialty', name: 'Specialty', ladder: true },
  ];
  const secondBeta = makeCert('mla', {
    shortName: 'ML Engineer',
    versions: [{ ...version, availableFrom: undefined, beta: { from: '2026-09-29' } }],
  });

  it('names each beta and each retiring certification, linked to its page', () => {
    const segments = catalogueSummarySegments(
      [clf, betaFoundational, secondBeta, retiringSpecialty, retiredFoundational],
      categories,
      (slug) => `/certifications/${slug}/`,
    );
    const text = segments.map((s) => (typeof s === 'string' ? s : `[${s.label}](${s.href})`)).join('');
    expect(text).toBe(
      'Today you can book four of them across three levels (two in beta, [New Practitioner](/certifications/new/) and [ML Engineer](/certifications/mla/); one retiring, [Advanced Networking](/certifications/ans/)), and one more has been retired but stays listed here.',
    );
  });

  it('leaves the brackets out when nothing is in beta or retiring', () => {
    const segments = catalogueSummarySegments([clf, saa], categories);
    expect(segments.join('')).toBe('Today you can book two of them across two levels.');
  });
});
