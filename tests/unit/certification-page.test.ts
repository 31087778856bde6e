import { describe, expect, it } from 'vitest';
import type { Cert } from '../../src/lib/catalogue/catalogue';
import { checkStateOn } from '../../src/build/content-rules';
import { certificationPage, type PageCatalogue } from '../../src/lib/catalogue/certification-page';
import { countsByCategory, latestBetas, newestCertification } from '../../src/lib/catalogue/catalogue-facts';
import { evidenceSentence, orderedSources, sourceLabel } from '../../src/lib/catalogue/evidence';
import { certificationNotices } from '../../src/lib/catalogue/notices';
import { bookableSentence, catalogueSummary, standardPricesSentence } from '../../src/lib/site/prose';
import { routes } from '../../src/lib/site/routes';
import { pathFeesSentence, rolePath } from '../../src/lib/tools/role-paths';
import { versionDiff } from '../../src/lib/catalogue/version-diff';
import type { ExamDomain } from '../../src/schemas/certification';
import type { Source } from '../../src/schemas/common';
import { makeCert, makeCertification, makeRole, TEST_DAY } from './helpers/certs';

const version = makeCertification('x').versions[0]!;
const source = (over: Partial<Source>): Source => ({
  url: 'https://example.com/',
  confirms: 'facts',
  origin: 'independent',
  asOf: 'undated',
  ...over,
});

describe('notices at the top of a certification page', () => {
  const names = new Map<string, Cert>([['saa', makeCert('saa', { shortName: 'Architect' })]]);
  const text = (cert: Cert, day = TEST_DAY) =>
    certificationNotices(cert, names, day, 3).map((n) => `${n.title} ${n.sentences.join(' ')}`);

  it('gives the last day before a retirement and says what retiring means for holders', () => {
    const ans = makeCert('ans', { shortName: 'Networking', lastDay: '2026-12-31', alternatives: ['saa'] });
    const [notice] = certificationNotices(ans, names, TEST_DAY, 3);
    expect(notice?.kind).toBe('retiring');
    expect(notice?.sentences.join(' ')).toContain('The last day to sit TST-C01 is 31 December 2026.');
    expect(notice?.sentences.join(' ')).toContain('renewal by passing the exam ends on the last day');
    expect(notice?.links).toEqual({
      before: 'AWS names no successor; we suggest ',
      items: [{ label: 'Architect', href: '/certifications/saa/' }],
    });
    expect(text(makeCert('ans', { lastDay: '2026-12-31', alternatives: ['saa'] }, '2027-01-01'))[0]).toMatch(
      /^Retired\. The last day to sit TST-C01 was 31 December 2026\./,
    );
  });

  it('gives a beta’s format and the standard exam’s date, or says it is not announced', () => {
    const beta = makeCert('aib', {
      versions: [
        {
          ...version,
          code: 'AIB-C01',
          availableFrom: undefined,
          beta: {
            from: '2026-09-29',
            format: { minutes: 170, questions: { total: 85 }, priceUsd: 50, languages: ['English', 'Japanese'] },
          },
        },
      ],
    });
    expect(text(beta)).toEqual([
      'In beta. AIB-C01 is in beta: 170 minutes, 85 questions, USD 50, in English and Japanese. AWS has not announced when the standard exam opens. Beta results arrive only after the beta closes, and a beta can be sat only once.',
    ]);
    // An expected standard date quotes its note, which ends the sentence with the note's own full stop.
    const expected = makeCert('mla', {
      versions: [
        {
          ...version,
          code: 'MLA-C02',
          availableFrom: { expected: '2027-01-14', note: 'The guide says early 2027.' },
          beta: { from: '2026-09-29' },
        },
      ],
    });
    expect(text(expected)[0]).toContain(
      'The standard exam is expected 14 January 2027, not yet confirmed: The guide says early 2027. Beta results',
    );
  });

  it('announces the next version with its day, and the current one’s last day', () => {
    const dvaOn = (day: string) =>
      makeCert(
        'dva',
        {
          versions: [
            { ...version, code: 'DVA-C03', availableFrom: '2026-12-01' },
            { ...version, code: 'DVA-C02', lastDay: { between: ['2026-11-30', '2026-12-01'], note: 'Two readings.' } },
          ],
        },
        day,
      );
    expect(text(dvaOn(TEST_DAY))[0]).toBe(
      'New version coming. DVA-C03 replaces DVA-C02 on 1 December 2026. The last day to sit DVA-C02 is 30 November or 1 December 2026. Study for the version you will actually sit: its outline is under Exam versions below.',
    );
    expect(text(dvaOn('2026-12-02'), '2026-12-02')[0]).toBe(
      'New version. DVA-C03 replaced DVA-C02 on 1 December 2026. The last day to sit DVA-C02 was 30 November or 1 December 2026. Exam versions below lists what changed.',
    );
  });

  it('gives dates, never a count of days that the page would keep after it went wrong', () => {
    const ans = makeCert('ans', { shortName: 'Networking', lastDay: '2026-12-31', alternatives: ['saa'] });
    const upcoming = makeCert('new', {
      versions: [{ ...version, code: 'NEW-C01', availableFrom: '2027-02-01' }],
    });
    const notices = [...text(ans), ...text(upcoming)];
    expect(notices.join(' ')).toContain('31 December 2026.');
    expect(notices.join(' ')).toContain('NEW-C01 opens on 1 February 2027.');
    for (const notice of notices) expect(notice).not.toMatch(/\d+ days?\b|\btoday\b|\btomorrow\b/);
  });
});

describe('what changed between versions', () => {
  it('lists domains added, dropped and reweighted, new question types and format changes', () => {
    const older = {
      ...version,
      code: 'MLA-C01',
      domains: [
        { name: 'Data Preparation', weight: 28 },
        { name: 'Model Development', weight: 26 },
        { name: 'Deployment', weight: 46 },
      ],
    };
    const newer = {
      ...version,
      code: 'MLA-C02',
      format: {
        ...version.format,
        questionTypes: ['multiple-choice', 'multiple-response', 'ordering'] as const,
        minutes: 170,
      },
      domains: [
        { name: 'Data Preparation', weight: 28 },
        { name: 'Model Development', weight: 24 },
        { name: 'Operations', weight: 48 },
      ],
    };
    expect(
      versionDiff(older, { ...newer, format: { ...newer.format, questionTypes: [...newer.format.questionTypes] } }),
    ).toEqual({
      older: 'MLA-C01',
      newer: 'MLA-C02',
      outlinesKnown: true,
      domainsAdded: ['Operations'],
      domainsRemoved: ['Deployment'],
      reweighted: [{ name: 'Model Development', from: 26, to: 24 }],
      questionTypesAdded: ['ordering'],
      questionTypesRemoved: [],
      formatChanges: [{ label: 'Length', from: '130 minutes', to: '170 minutes' }],
    });
  });

  it('says nothing about a facet the newer version has not published', () => {
    const diff = versionDiff(version, { ...version, code: 'NEW-C02', format: {}, domains: undefined });
    expect(diff.outlinesKnown).toBe(false);
    expect([...diff.domainsAdded, ...diff.domainsRemoved, ...diff.formatChanges]).toEqual([]);
  });
});

describe('prose computed from the data', () => {
  const certs = [
    makeCert('clf', { category: 'foundational', format: { priceUsd: 100 } }),
    makeCert('saa', { format: { priceUsd: 150 } }),
    makeCert('aib', { category: 'business', format: { priceUsd: 100 } }),
    makeCert('ans', { category: 'specialty', lastDay: '2026-12-31', alternatives: ['saa'], format: { priceUsd: 300 } }),
    makeCert('das', { category: 'specialty', lastDay: '2024-04', alternatives: ['saa'], format: { priceUsd: 300 } }),
  ];
  const categories = [
    { id: 'foundational', name: 'Foundational', ladder: true },
    { id: 'associate', name: 'Associate', ladder: true },
    { id: 'specialty', name: 'Specialty', ladder: true },
    { id: 'business', name: 'Business', ladder: false },
  ];

  it('counts what can be booked, by status and category', () => {
    expect(catalogueSummary(certs, categories)).toBe(
      'Today you can book four of them across three levels and the Business category (one retiring, ans), and one more has been retired but stays listed here.',
    );
    const noneRetired = certs.filter((c) => c.status !== 'retired');
    expect(catalogueSummary(noneRetired, categories)).toMatch(/\(one retiring, ans\)\.$/);
    const twoRetired = [...certs, makeCert('old', { category: 'specialty', lastDay: '2020-01-01' })];
    expect(catalogueSummary(twoRetired, categories)).toMatch(
      /, and two more have been retired but stay listed here\.$/,
    );
    expect(countsByCategory(certs)).toBe('one Foundational, one Associate, one Specialty and one Business');
    expect(bookableSentence(1, 2, 'Specialty')).toBe(
      'One of the two can be booked today; the others are retired or not yet open.',
    );
    expect(bookableSentence(1, 1, 'Business')).toBe('Its one certification can be booked today.');
  });

  it('gives each standard fee once with the categories that charge it, in the order of the ladder', () => {
    const fees = [
      { category: 'specialty', usd: 300 },
      { category: 'business', usd: 100 },
      { category: 'associate', usd: 150 },
      { category: 'foundational', usd: 100 },
    ] as const;
    expect(standardPricesSentence(fees)).toBe(
      "The standard exam fees are AWS's US-dollar list prices: USD 100 (Foundational and Business), USD 150 (Associate) and USD 300 (Specialty). Betas cost less, and local prices and taxes differ.",
    );
  });

  it('finds the newest certification and the latest beta on the build day', () => {
    const older = makeCert('old', { versions: [{ ...version, availableFrom: '2020-01-01' }] });
    const beta = makeCert('aib', {
      category: 'business',
      versions: [{ ...version, code: 'AIB-C01', availableFrom: undefined, beta: { from: '2026-09-29' } }],
    });
    const future = makeCert('next', { versions: [{ ...version, code: 'NXT-C01', availableFrom: '2027-06-01' }] });
    expect(newestCertification([older, beta, future], TEST_DAY)?.slug).toBe('aib');
    expect(latestBetas([older, beta, future], TEST_DAY)).toEqual([{ cert: beta, code: 'AIB-C01' }]);
    const sameDay = makeCert('mla', {
      versions: [{ ...version, code: 'MLA-C02', availableFrom: undefined, beta: { from: '2026-09-29' } }],
    });
    // Two betas opened the same day: both, in catalogue order (Associate before Business).
    expect(latestBetas([beta, sameDay], TEST_DAY).map((b) => b.code)).toEqual(['MLA-C02', 'AIB-C01']);
  });

  it('admits an exam whose price is not yet published in a path’s total', () => {
    expect(pathFeesSentence([certs[0]!, makeCert('new', { format: { priceUsd: undefined } })])).toBe(
      'Exam fees along this path add up to USD 100 at list price before tax, with every exam passed first time and no discount voucher applied, plus 1 exam whose price AWS has not yet published.',
    );
  });
});

describe('role paths on the build day', () => {
  const role = {
    ...makeRole('network-engineer', ['saa', 'ans']),
    path: [
      { certification: 'saa', reason: 'Design basics first.' },
      {
        certification: 'ans',
        reason: 'The core exam.',
        afterRetirement: { certification: 'sap', reason: 'The deepest networking left.' },
      },
    ],
  };
  const on = (day: string) =>
    new Map([
      ['saa', makeCert('saa', {}, day)],
      ['sap', makeCert('sap', { category: 'professional' }, day)],
      ['ans', makeCert('ans', { lastDay: '2026-12-31', alternatives: ['sap'] }, day)],
    ]);

  it('keeps a retiring step with what follows it, and replaces it once it has retired', () => {
    expect(rolePath(role, on(TEST_DAY)).map((s) => [s.cert.slug, s.thenTake?.cert.slug])).toEqual([
      ['saa', undefined],
      ['ans', 'sap'],
    ]);
    expect(rolePath(role, on('2027-01-01')).map((s) => [s.cert.slug, s.replaces?.slug])).toEqual([
      ['saa', undefined],
      ['sap', 'ans'],
    ]);
  });

  it('fails the build when a retiring or retired step has nothing to replace it', () => {
    const data = (slug: string, over = {}) => ({ slug, file: `${slug}.mdx`, data: makeCertification(slug, over) });
    const input = {
      certifications: [data('saa'), data('sap'), data('ans', { lastDay: '2026-12-31', alternatives: ['sap'] })],
      roles: [makeRole('network-engineer', ['saa', 'ans'])],
    };
    const messages = checkStateOn(input, TEST_DAY).map((p) => `${p.field}: ${p.message}`);
    expect(messages).toEqual([
      '0.path.1 (role network-engineer).afterRetirement: expected an afterRetirement step because "ans" is retiring on 30 November 2026, found none',
    ]);
    expect(checkStateOn({ ...input, roles: [role] }, TEST_DAY)).toEqual([]);
  });
});

describe('sources', () => {
  it('lists AWS first, then verbatim copies, then independent reports newest first', () => {
    const ordered = orderedSources([
      source({ url: 'https://a.example/', asOf: '2026-01' }),
      source({ url: 'https://b.example/', origin: 'aws-copy', copyOf: 'https://aws.amazon.com/x/' }),
      source({ url: 'https://c.example/', asOf: '2026-10-05' }),
      source({ url: 'https://aws.amazon.com/certification/', origin: 'aws' }),
    ]);
    expect(ordered.map((s) => new URL(s.url).hostname)).toEqual([
      'aws.amazon.com',
      'b.example',
      'c.example',
      'a.example',
    ]);
  });

  it('names a GitHub source by its repository, others by host', () => {
    expect(sourceLabel('https://github.com/owner/repo/blob/abc/file.md')).toBe('owner/repo on GitHub');
    expect(sourceLabel('https://www.pluralsight.com/x')).toBe('pluralsight.com');
  });

  it('says whether facts rest on AWS’s own text or on independent reports as of a date', () => {
    expect(evidenceSentence([source({ asOf: '2026-09-20' }), source({ asOf: '2026-10-05' })])).toBe(
      "Rests on 2 independent reports, the newest as of 5 October 2026, not on an AWS page we could read: confirm on AWS's page before you book.",
    );
    expect(evidenceSentence([source({ origin: 'aws' }), source({ asOf: '2026-10-05' })])).toBe(
      "Rests on AWS's own text (1 page) and 1 independent report.",
    );
  });
});

describe('a certification page, section by section', () => {
  /** The catalogue of `certs` on `today`, with no roles, services or comparison pages unless a test adds them. */
  const catalogueOf = (certs: Cert[], today = TEST_DAY, over: Partial<PageCatalogue> = {}): PageCatalogue => ({
    today,
    certifications: certs,
    certificationBySlug: new Map(certs.map((c) => [c.slug, c])),
    roles: [],
    roleById: new Map(),
    serviceById: new Map(),
    comparisonPairs: [],
    programme: { validity: { years: 3, sources: [] } },
    ...over,
  });
  const pageOf = (cert: Cert, others: Cert[] = [], today = TEST_DAY) =>
    certificationPage(cert, catalogueOf([cert, ...others], today));
  const withTasks: ExamDomain[] = [
    { name: 'Development', weight: 100, tasks: [{ task: 'Write code.', services: [] }] },
  ];

  it('names a retired certification’s successor and last day, and offers nothing to prepare for', () => {
    const lastDay = '2026-04-30';
    const successor = makeCert('saa', { shortName: 'Architect' });
    const retired = makeCert('ans', { shortName: 'Networking', lastDay, successors: [successor.slug] });
    expect(retired.status).toBe('retired');
    const page = pageOf(retired, [successor]);

    const [notice] = page.notices;
    expect(notice?.kind).toBe('retired');
    expect(notice?.sentences[0]).toBe(`The last day to sit ${retired.examCode} was 30 April 2026.`);
    expect(notice?.links?.items).toEqual([{ label: 'Architect', href: routes.certification(successor.slug) }]);
    expect(page.tasks).toBeUndefined();
    expect(page.recertification.lead).toBe(
      'A certification is valid for three years. While its exam existed, it could be renewed by passing the latest exam of:',
    );
    expect(page.sources.retirement).toEqual(retired.retirement?.sources);
  });

  it('shows both versions while one replaces the other, leading with the one to sit on the day', () => {
    const dvaOn = (day: string) =>
      makeCert(
        'dva',
        {
          versions: [
            { ...version, code: 'DVA-C03', availableFrom: '2026-12-01', domains: withTasks },
            { ...version, code: 'DVA-C02', lastDay: '2026-11-30', domains: withTasks },
          ],
        },
        day,
      );
    const before = pageOf(dvaOn(TEST_DAY));
    expect(before.facts.heading).toBe('The exam: DVA-C02');
    expect(before.notices.map((n) => n.kind)).toContain('next-version');
    expect(before.versions.versions.map((v) => v.id)).toEqual(['version-dva-c03', 'version-dva-c02']);
    expect(before.versions.versions[1]?.heading).toBe('DVA-C02: the exam to sit today');
    expect(before.sources.versions.map((v) => v.code)).toEqual(['DVA-C03', 'DVA-C02']);
    expect(before.tasks?.prepared?.code).toBe('DVA-C02');
    expect(before.tasks?.others.map((o) => o.href)).toEqual([routes.prepare('dva', 'DVA-C03')]);

    const after = pageOf(dvaOn('2026-12-02'), [], '2026-12-02');
    expect(after.facts.heading).toBe('The exam: DVA-C03');
    expect(after.versions.versions[0]?.heading).toBe('DVA-C03: the exam to sit today');
    expect(after.tasks?.prepared?.code).toBe('DVA-C03');
    // DVA-C02 can no longer be sat: no readiness check for it.
    expect(after.tasks?.others).toEqual([]);
  });

  it('keeps an unknown fact unknown, never borrowing it from the version before', () => {
    const note = 'The exam guide lists services only as examples.';
    const cert = makeCert('new', {
      unverified: [{ fact: 'coveredServices', note }],
      versions: [
        { ...version, code: 'NEW-C02', availableFrom: '2026-10-01', domains: undefined },
        { ...version, code: 'NEW-C01', lastDay: '2026-09-30', domains: withTasks },
      ],
      sources: [source({ asOf: 'undated' })],
    });
    const undated = makeCert('old', {
      sources: [source({ asOf: 'undated' })],
      versions: [{ ...version, sources: [source({ asOf: 'undated' })] }],
    });
    const page = pageOf(cert);

    expect(page.domains.outline).toBe('AWS has not yet published the outline of NEW-C02 in a source we could read.');
    expect(page.tasks?.heading).toBe('What each domain asks');
    expect(page.tasks?.missing).toBe("AWS's task statements for NEW-C02 are not yet in a source we could read.");
    expect(page.tasks?.prepared).toBeUndefined();
    expect(page.versions.versions.map((v) => v.noOutline)).toEqual([
      'Its outline is not yet published in a source we could read, so we cannot say what changed.',
      undefined,
    ]);
    expect(page.services.unverified).toBe(note);
    expect(page.sources.unverified).toContainEqual({ label: expect.any(String), note });
    expect(pageOf(undated).sources.lastVerified).toBe(
      'None of the sources below carries a date; check AWS’s page before you book.',
    );
  });

  it('leaves out the sections it has nothing for', () => {
    const clf = makeCert('clf', { versions: [{ ...version, resources: [] }] });
    const saa = makeCert('saa', { recommendedPrior: [clf.slug] });
    const alone = pageOf(clf);
    expect(alone.resources).toBeUndefined();
    expect(alone.next).toEqual([]);
    expect(alone.compare).toEqual([]);
    expect(alone.sources.retirement).toBeUndefined();
    expect(alone.before).toEqual({ prior: [], roles: [] });

    // The same data grows a section once there is something to show in it.
    expect(pageOf(clf, [saa]).next).toEqual([
      { label: saa.shortName, href: routes.certification(saa.slug), code: saa.examCode },
    ]);
    expect(pageOf(saa, [clf]).before.prior).toEqual([{ label: clf.shortName, href: routes.certification(clf.slug) }]);
    expect(pageOf(saa, [clf]).resources?.resources).toEqual(saa.exam.version.resources);
  });
});
