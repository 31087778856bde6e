import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { sortCertifications, type Cert } from '../../src/lib/catalogue/catalogue';
import { comparisonPairs } from '../../src/lib/tools/compare';
import { searchAnswerDocument } from '../../src/build/search-answer-data';
import { answerFor, answerOfKind, MAX_ANSWER_ITEMS } from '../../src/lib/search/answer-builders';
import {
  answerKinds,
  needsAnswers,
  queryWords,
  questionOfWord,
  readQuery,
  type SearchAnswerDocument,
  type SearchAnswer,
} from '../../src/lib/search/answers';
import type { CategoryInfo } from '../../src/schemas/category';
import type { Programme } from '../../src/schemas/programme';
import { renderSearchAnswer } from '../../src/views/search-answer';
import { searchQuerySet } from '../../tools/search-queries';
import { realCatalogue } from './helpers/catalogue';
import { makeCert, TEST_DAY } from './helpers/certs';

const source = { url: 'https://example.com/rules', confirms: 'the rules', origin: 'independent', asOf: '2026-11-01' };
const programme: Programme = {
  validity: { years: 3, sources: [source] },
  voucher: { percentOff: 50, sources: [source] },
  retake: { waitDays: 14, afterPassYears: 2, sources: [source] },
  standardFees: {
    byCategory: [
      { category: 'foundational', usd: 100 },
      { category: 'associate', usd: 150 },
      { category: 'professional', usd: 300 },
    ],
    sources: [source],
  },
} as Programme;
const category = (id: CategoryInfo['id']): CategoryInfo => ({
  id,
  name: id,
  ladder: true,
  summary: `The ${id} summary for tests.`,
  experience: 'Some experience.',
  description: 'A description long enough for the schema of categories.',
});

/** A document from certifications made for the test, with the given extra ones. */
function documentOf(certs: Cert[]): SearchAnswerDocument {
  return searchAnswerDocument({
    today: TEST_DAY,
    certifications: sortCertifications(certs),
    categories: (['foundational', 'associate', 'professional'] as const).map(category),
    programme,
    guides: [{ slug: 'choosing-a-certification', title: 'How to choose' }],
    comparisonPairs: comparisonPairs(certs, []),
  });
}

const practitioner = makeCert('cloud-practitioner', {
  shortName: 'Cloud Practitioner',
  category: 'foundational',
  code: 'CLF-C02',
  aliases: ['CCP'],
  format: { minutes: 90, priceUsd: 100, passingScore: 700, languages: ['English', 'Japanese'] },
});
const architect = makeCert('solutions-architect-associate', {
  shortName: 'Solutions Architect – Associate',
  code: 'SAA-C03',
  aliases: ['SAA'],
  format: { languages: undefined },
});
const developer = makeCert('developer-associate', {
  shortName: 'Developer – Associate',
  code: 'DVA-C03',
  recertification: {
    renewedBy: ['developer-associate', 'devops-engineer-professional'],
    contested: [],
    otherOptions: [],
  },
});
const devops = makeCert('devops-engineer-professional', {
  shortName: 'DevOps Engineer – Professional',
  category: 'professional',
  code: 'DOP-C02',
  format: { minutes: 180, priceUsd: 300, passingScore: 750 },
});
const retired = makeCert('old-foundational', {
  shortName: 'Old Foundational',
  category: 'foundational',
  code: 'OLD-C01',
  lastDay: '2025-01-31',
});
const base = [practitioner, architect, developer, devops, retired];
const doc = documentOf(base);

/** Text with its no-break spaces (which keep a figure with its unit) as plain spaces. */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');
const labels = (view: SearchAnswer | undefined) => view?.groups.flatMap((g) => g.items.map((i) => i.label)) ?? [];

/** The answers' document of the real catalogue, as the build makes it. */
const real = await (async () => {
  const { certs, roles } = await realCatalogue();
  const [entry] = await getCollection('programme');
  if (!entry) throw new Error('content/programme.yaml has no entry');
  return searchAnswerDocument({
    today: TEST_DAY,
    certifications: sortCertifications(certs),
    categories: (await getCollection('categories')).map((e) => e.data),
    programme: entry.data,
    guides: (await getCollection('guides')).map((g) => ({ slug: g.id, title: g.data.title })),
    comparisonPairs: comparisonPairs(certs, roles),
  });
})();

describe('reading what a reader typed', () => {
  it('reads every question phrasing of the measured query set as its kind, against the real catalogue', () => {
    const questions = searchQuerySet.flatMap((c) =>
      'answer' in c.expect ? [[c.query, c.expect.answer] as const] : [],
    );
    for (const kind of answerKinds)
      expect(questions.filter(([, k]) => k === kind).length, kind).toBeGreaterThanOrEqual(3);
    for (const [query, kind] of questions) expect(readQuery(query, real).kind, query).toBe(kind);
  });

  it('finds an exam from a code typed loosely, and searches the index for the code itself', () => {
    for (const typed of ['saa c03', 'saac03', 'SAA C3', 'saa-c3', 'SAA-C03']) {
      const reading = readQuery(typed, doc);
      expect(
        reading.exams.map((e) => e.slug),
        typed,
      ).toEqual(['solutions-architect-associate']);
      expect(reading.indexQuery, typed).toBe('SAA-C03');
    }
    // A family's letters alone name it, and a query without a loose code is searched exactly as typed.
    expect(readQuery('clf', doc).exams.map((e) => e.slug)).toEqual(['cloud-practitioner']);
    expect(readQuery('clf', doc).indexQuery).toBe('clf');
    expect(readQuery('Cross-Account  access', doc).indexQuery).toBe('Cross-Account  access');
    // The little words of a question are left out of the index query: each word must be on a page, and may fetch a
    // chunk of the index.
    expect(readQuery('how long is the exam', doc).indexQuery).toBe('long exam');
    expect(readQuery('how', doc).indexQuery).toBe('how');
  });

  it('reads two exams named together as a comparison, and searches the index for their names', () => {
    const reading = readQuery('SAA vs DVA', doc);
    expect(reading.compare).toBe(true);
    expect(reading.exams.map((e) => e.code)).toEqual(['SAA-C03', 'DVA-C03']);
    // Searched by their names, which pages comparing them use, not by "vs".
    expect(reading.indexQuery).toBe('solutions architect associate developer');
    const withCategory = readQuery('developer associate vs professional', doc);
    expect(withCategory).toMatchObject({ compare: true, category: 'professional' });
  });

  it('does not take a service, a topic or a study resource for a question', () => {
    for (const query of ['cost explorer', 'cost optimization', 'sample questions', 'last day', 'dynamodb', 'free'])
      expect(readQuery(query, doc).kind, query).toBeUndefined();
    expect(answerFor('cross-account access', doc)).toBeUndefined();
    expect(answerFor('SAA-C03', doc)).toBeUndefined();
  });

  it('settles a question between two kinds by weight: "how long … valid" is about validity', () => {
    expect(readQuery('how long is the exam', doc).kind).toBe('length');
    expect(readQuery('how long is a certification valid', doc).kind).toBe('validity');
    expect(readQuery('how long does it last', doc).kind).toBe('validity');
  });

  it('fetches the answers’ data only for queries that may need it', () => {
    for (const query of ['dynamodb', 'sysops', 'clf', 'lambda', 'cheapest', 'retake'])
      expect(needsAnswers(query), query).toBe(false);
    for (const query of ['japanese', 'saac03', '50%', 'SAA vs DVA', 'cloud practitioner', 'how'])
      expect(needsAnswers(query), query).toBe(true);
  });

  it('knows a question of one word without the data, and it is the question the data would read', () => {
    const words = searchQuerySet.map((c) => c.query).filter((q) => queryWords(q).length === 1);
    for (const word of [...words, 'fees', 'beginner', 'proctored', 'score']) {
      const asked = questionOfWord(word);
      // Either the word's answer is built (and is the one the data would give), or the data is fetched to read it.
      if (asked) expect(asked, word).toBe(readQuery(word, real).kind);
      else if (readQuery(word, real).kind) expect(needsAnswers(word), word).toBe(true);
    }
    expect(questionOfWord('cheapest')).toBe('price');
    expect(questionOfWord('dynamodb')).toBeUndefined();
    expect(questionOfWord('cheapest exam')).toBeUndefined();
  });
});

describe('answers follow the data', () => {
  it('starts a beginner with every bookable Foundational exam, its fee and length, and the choosing guide', () => {
    const view = answerFor('beginner', doc);
    expect(view?.title).toBe('Start with a Foundational exam');
    expect(labels(view)).toEqual(['Cloud Practitioner']);
    expect(plain(view?.groups[0]?.items[0]?.detail)).toBe('CLF-C02 · USD 100 · 90 minutes');
    // A figure keeps its unit on its line: "USD" never ends a line with "100" on the next.
    expect(view?.groups[0]?.items[0]?.detail).toBe('CLF-C02 · USD\u00a0100 · 90\u00a0minutes');
    expect(view?.primary).toEqual({ label: 'How to choose', href: '/guides/choosing-a-certification/' });
    // One more Foundational certification in the data is one more exam in the answer, with no code edit.
    const more = documentOf([
      ...base,
      makeCert('cloud-essentials', { shortName: 'Cloud Essentials', category: 'foundational', code: 'CES-C01' }),
    ]);
    expect(labels(answerFor('where to start', more))).toEqual(['Cloud Essentials', 'Cloud Practitioner']);
  });

  it('lists bookable exams by fee, cheapest first, a beta with its standard fee and an unpublished fee last', () => {
    const [standard] = architect.versions;
    if (!standard) throw new Error('the test certification has no version');
    const beta = makeCert('beta-associate', {
      shortName: 'Beta Associate',
      code: 'BTA-C01',
      versions: [
        {
          ...standard,
          code: 'BTA-C01',
          availableFrom: '2027-06-01',
          beta: { from: '2026-11-01', until: '2027-01-31', format: { priceUsd: 75 } },
        },
      ],
    });
    const unpriced = makeCert('unpriced-professional', {
      shortName: 'Unpriced',
      category: 'professional',
      code: 'UNP-C01',
      format: { priceUsd: undefined },
    });
    const view = answerFor('cheapest', documentOf([...base, beta, unpriced]));
    expect(view?.groups.map((g) => g.heading)).toEqual([
      'USD 75',
      'USD 100',
      'USD 150',
      'USD 300',
      'Fee not yet published',
    ]);
    expect(view?.groups[0]?.items[0]).toMatchObject({ label: 'Beta Associate', beta: true });
    expect(plain(view?.groups[0]?.items[0]?.detail)).toContain('USD 75 in beta; USD 150 once standard');
    expect(labels(view)).not.toContain('Old Foundational');
    expect(plain(view?.summary[0])).toBe(
      'Standard fees by category: Foundational USD 100, Associate USD 150 and Professional USD 300, before tax.',
    );
  });

  it('narrows an answer to the exams named: "SAA expire" gives what renews it', () => {
    const view = answerFor('developer associate expire', doc);
    expect(view?.title).toBe('A certification lasts three years');
    expect(view?.groups[0]?.items).toEqual([
      expect.objectContaining({
        label: 'Developer – Associate',
        detail: 'Developer – Associate or DevOps Engineer – Professional',
      }),
    ]);
  });

  it('answers a language question from the languages recorded, and says which exams have none', () => {
    const japanese = answerFor('japanese', doc);
    expect(japanese?.groups[0]).toMatchObject({ heading: 'Offered in Japanese' });
    expect(labels(japanese)).toContain('Cloud Practitioner');
    const german = answerFor('german', doc);
    expect(german?.summary[0]).toBe('None of the exams whose languages we know is offered in German.');
    expect(german?.groups.map((g) => g.heading)).toEqual(['Languages not recorded']);
    expect(labels(german)).toContain('Solutions Architect – Associate');
  });

  it('shows both readings of a figure AWS’s own pages disagree on', () => {
    const disputed = makeCert('networking-specialty', {
      shortName: 'Networking',
      category: 'professional',
      code: 'ANS-C01',
      format: { passingScore: 700 },
    });
    disputed.exam.version.conflicts = [
      {
        fact: 'passingScore',
        readings: [
          { value: 700, where: "AWS's exam guide", url: 'https://example.com/guide' },
          { value: 750, where: "AWS's exam page", url: 'https://example.com/page' },
        ],
      },
    ];
    const view = answerFor('passing score', documentOf([...base, disputed]));
    const item = view?.groups.flatMap((g) => g.items).find((i) => i.label === 'Networking');
    expect(item?.detail).toBe("ANS-C01 · AWS's pages disagree: 700 or 750");
  });

  it('leads two exams named together to their comparison page, or to the comparison tool with them', () => {
    const pair = answerFor('SAA vs DVA', doc);
    expect(pair?.kind).toBe('compare');
    expect(pair?.primary.href).toMatch(
      /^\/compare\/(developer-associate-vs-solutions-architect-associate|solutions-architect-associate-vs-developer-associate)\/$/,
    );
    const noPage = answerFor('CLF vs DOP', doc);
    expect(noPage?.primary.href).toBe('/compare/?c=cloud-practitioner,devops-engineer-professional');
  });

  it('lists at most a dozen exams a group, counting the rest, so an answer does not grow with the catalogue', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      makeCert(`associate-${i}`, {
        shortName: `Associate ${i}`,
        code: `A${String.fromCharCode(65 + (i % 26))}${i < 26 ? 'A' : 'B'}-C01`,
      }),
    );
    const view = answerFor('cheapest', documentOf([...base, ...many]));
    const group = view?.groups.find((g) => g.heading.startsWith('USD 150'));
    expect(group?.items).toHaveLength(MAX_ANSWER_ITEMS);
    expect(group?.items.at(-1)).toEqual({ label: '21 more in the catalogue', href: '/certifications/' });
  });

  it('gives every kind an answer with somewhere to go next, on the real data as on any', () => {
    for (const kind of answerKinds) {
      const view = answerOfKind(kind, doc);
      expect(view.title, kind).not.toBe('');
      expect(view.primary.href, kind).toMatch(/^\//);
    }
  });
});

describe('the one answer template', () => {
  it('escapes every value and marks the first link to follow', () => {
    const view: SearchAnswer = {
      kind: 'price',
      title: '<img src=x onerror=alert(1)>',
      summary: ['"quoted" & <b>bold</b>'],
      groups: [{ heading: 'H', items: [{ label: '<script>', href: '/a/"onmouseover="x', detail: 'd', beta: true }] }],
      primary: { label: 'Go', href: '/go/?a=1&b=2' },
      more: [],
    };
    const markup = renderSearchAnswer(view).value;
    expect(markup).not.toContain('<img');
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markup).toContain('href="/a/&quot;onmouseover=&quot;x"');
    expect(markup).toContain('<a class="answer-primary" href="/go/?a=1&amp;b=2">Go</a>');
    expect(markup).toContain('<span class="badge">beta</span>');
  });
});
