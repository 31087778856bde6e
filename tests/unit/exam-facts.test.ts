import { describe, expect, it } from 'vitest';
import {
  categoryExamFormats,
  domainWeightSegments,
  examFormatSegments,
  passingScoreLines,
  questionTypesRows,
  type FactSegment,
} from '../../src/lib/catalogue/exam-facts';
import type { ExamVersion } from '../../src/schemas/certification';
import { PER_CATEGORY_LIMIT } from '../../src/lib/site/pagination';
import { makeCert, makeCertification } from './helpers/certs';

/** A phrase as a reader sees it: links by their text, the unverified mark as the word it shows. */
const text = (segments: readonly FactSegment[]): string =>
  segments.map((s) => (typeof s === 'string' ? s : 'label' in s ? s.label : ' unverified')).join('');

const baseVersion = makeCertification('x').versions[0]!;
const version = (over: Partial<ExamVersion>): ExamVersion => ({ ...baseVersion, ...over });
const disputedPassMark: Partial<ExamVersion> = {
  conflicts: [
    {
      fact: 'passingScore',
      readings: [
        { value: 700, where: "AWS's exam guide", url: 'https://docs.aws.amazon.com/guide' },
        { value: 750, where: "AWS's exam page", url: 'https://aws.amazon.com/page' },
      ],
    },
  ],
};
const inBeta = (code: string) =>
  version({
    code,
    availableFrom: undefined,
    beta: { from: '2026-09-29', format: { minutes: 170, questions: { total: 85 }, priceUsd: 75 } },
  });

describe('the table of question types', () => {
  it('lists every exam a reader can book, in catalogue order, with its questions and their types', () => {
    const rows = questionTypesRows([
      makeCert('sec', {
        category: 'specialty',
        code: 'SCS-C03',
        format: { questionTypes: ['multiple-choice', 'ordering', 'matching'] },
      }),
      makeCert('old', { code: 'OLD-C01', lastDay: '2024-04-08' }),
      makeCert('clf', { category: 'foundational', code: 'CLF-C02' }),
    ]);
    expect(rows.map((r) => (r.kind === 'exam' ? [r.version, r.questions, r.types] : r.label))).toEqual([
      ['CLF-C02', '65 (50 scored, 15 unscored)', 'Multiple choice and multiple response'],
      ['SCS-C03', '65 (50 scored, 15 unscored)', 'Multiple choice, ordering and matching'],
    ]);
    expect(rows[0]).toMatchObject({ kind: 'exam', href: '/certifications/clf/' });
  });

  it('names a beta as such, with the beta’s own question count, and says what AWS has not published', () => {
    const rows = questionTypesRows([
      makeCert('mla', { versions: [inBeta('MLA-C02')] }),
      makeCert('sap', {
        versions: [version({ code: 'SAP-C03', availableFrom: '2026-11-17', format: {} })],
      }),
    ]);
    const [beta, unpublished] = ['mla', 'sap'].map((slug) => rows.find((r) => r.href === `/certifications/${slug}/`));
    expect(beta).toMatchObject({ version: 'MLA-C02 (in beta)', questions: '85' });
    expect(unpublished).toMatchObject({
      version: 'SAP-C03',
      questions: 'Not yet confirmed',
      types: 'Not yet confirmed',
    });
  });

  it('carries the note of question types the entry flags as unverified, pointing at the certification page', () => {
    const [row] = questionTypesRows([
      makeCert('mla', {
        versions: [version({ unverified: [{ fact: 'questionTypes', note: 'Only one study source lists these.' }] })],
      }),
    ]);
    expect(row).toMatchObject({
      typesUnverified: 'Only one study source lists these.',
      unverifiedHref: '/certifications/mla/#unverified-facts',
    });
    expect(row).not.toHaveProperty('questionsUnverified');
  });

  it('stops a long category at the overview limit and links to the category page for the rest', () => {
    const many = Array.from({ length: PER_CATEGORY_LIMIT + 2 }, (_, i) =>
      makeCert(`a${String(i).padStart(2, '0')}`, { category: 'associate' }),
    );
    const rows = questionTypesRows([...many, makeCert('clf', { category: 'foundational' })]);
    expect(rows).toHaveLength(PER_CATEGORY_LIMIT + 2);
    expect(rows.at(-1)).toEqual({
      kind: 'more',
      label: '2 more Associate certifications',
      href: '/categories/associate/',
    });
  });
});

describe('the pass marks by category', () => {
  it('gives one mark for a category whose exams agree, and skips categories with nothing to book', () => {
    const lines = passingScoreLines([
      makeCert('clf', { category: 'foundational', format: { passingScore: 700 } }),
      makeCert('aif', { category: 'foundational', format: { passingScore: 700 } }),
      makeCert('saa', { category: 'associate' }),
      makeCert('das', { category: 'specialty', lastDay: '2024-04-08' }),
    ]);
    expect(lines.map((l) => `${l.label}: ${text(l.segments)}`)).toEqual(['Foundational: 700', 'Associate: 720']);
  });

  it('names the versions when a category’s exams differ, shows both readings AWS gives, and what is unpublished', () => {
    const [professional, specialty] = passingScoreLines([
      makeCert('dop', { category: 'professional', code: 'DOP-C02', format: { passingScore: 750 } }),
      makeCert('sap', {
        category: 'professional',
        versions: [version({ code: 'SAP-C03', format: {} })],
      }),
      makeCert('aip', { category: 'professional', code: 'AIP-C01', format: { passingScore: 750 } }),
      makeCert('scs', { category: 'specialty', code: 'SCS-C03', format: { passingScore: 750 } }),
      makeCert('ans', {
        category: 'specialty',
        versions: [
          version({ code: 'ANS-C01', format: { ...baseVersion.format, passingScore: 700 }, ...disputedPassMark }),
        ],
      }),
    ]);
    expect(text(professional?.segments ?? [])).toBe('750 for AIP-C01 and DOP-C02; not yet confirmed for SAP-C03');
    expect(text(specialty?.segments ?? [])).toBe(
      "750 for SCS-C03; for ANS-C01, 700 according to AWS's exam guide or 750 according to AWS's exam page",
    );
    expect(specialty?.segments).toContainEqual({ label: 'ANS-C01', href: '/certifications/ans/' });
  });

  it('lists at most the overview limit of versions for one mark and links to the category page for the rest', () => {
    const many = Array.from({ length: PER_CATEGORY_LIMIT + 1 }, (_, i) =>
      makeCert(`p${String(i).padStart(2, '0')}`, {
        category: 'professional',
        code: `P${String(i).padStart(2, '0')}-C01`,
      }),
    );
    const unpublished = makeCert('sap', {
      category: 'professional',
      versions: [version({ code: 'SAP-C03', format: {} })],
    });
    const [line] = passingScoreLines([...many, unpublished]);
    expect(text(line?.segments ?? [])).toMatch(
      /^720 for P00-C01, .*, P11-C01 and 1 more; not yet confirmed for SAP-C03$/,
    );
    expect(line?.segments).toContainEqual({ label: '1 more', href: '/categories/professional/' });
  });

  it('names the version whose pass mark is unverified and marks it', () => {
    const [line] = passingScoreLines([
      makeCert('aib', {
        category: 'business',
        versions: [
          version({
            code: 'AIB-C01',
            format: { passingScore: 700 },
            unverified: [{ fact: 'passingScore', note: 'Reported from AWS’s page only.' }],
          }),
        ],
      }),
    ]);
    expect(text(line?.segments ?? [])).toBe('700 for AIB-C01 unverified');
    expect(line?.segments).toContainEqual({
      unverified: 'Reported from AWS’s page only.',
      href: '/certifications/aib/#unverified-facts',
    });
  });
});

describe('one exam’s format in a sentence', () => {
  it('gives length, questions, price and pass mark of the version a reader would sit', () => {
    expect(text(examFormatSegments(makeCert('dva', { code: 'DVA-C03' })))).toBe(
      'DVA-C03 runs for 130 minutes, has 65 questions (50 scored, 15 unscored), costs USD 150 and needs a pass mark of 720',
    );
  });

  it('uses a beta’s own figures, marks what is unverified and names what AWS has not published', () => {
    const beta = makeCert('mla', {
      versions: [
        {
          ...inBeta('MLA-C02'),
          format: { priceUsd: 150 },
          unverified: [{ fact: 'minutes', note: 'Only reports of the announcement give it.' }],
        },
      ],
    });
    expect(text(examFormatSegments(beta))).toBe(
      'MLA-C02 (in beta) runs for 170 minutes unverified, has 85 questions and costs USD 75; its pass mark is not yet confirmed',
    );
    const unpublished = makeCert('sap', { versions: [version({ code: 'SAP-C03', format: {} })] });
    expect(text(examFormatSegments(unpublished))).toBe(
      'SAP-C03 has no confirmed length, question count, price or pass mark yet',
    );
  });

  it('shows both readings of a pass mark AWS’s pages disagree on', () => {
    const ans = makeCert('ans', {
      versions: [
        version({ code: 'ANS-C01', format: { ...baseVersion.format, passingScore: 700 }, ...disputedPassMark }),
      ],
    });
    expect(text(examFormatSegments(ans))).toMatch(
      /costs USD 150 and needs a pass mark of 700 according to AWS's exam guide or 750 according to AWS's exam page$/,
    );
  });

  it('lists the bookable exams of one category, each in a sentence, and links to the rest past the limit', () => {
    const formats = categoryExamFormats(
      [
        makeCert('saa', { code: 'SAA-C03' }),
        makeCert('clf', { category: 'foundational' }),
        makeCert('old', { lastDay: '2024-04-08' }),
      ],
      'associate',
    );
    expect(formats.map(text)).toEqual([
      'saa (SAA-C03) runs for 130 minutes, has 65 questions (50 scored, 15 unscored), costs USD 150 and needs a pass mark of 720',
    ]);
    expect(formats[0]?.[0]).toEqual({ label: 'saa', href: '/certifications/saa/' });
    const many = Array.from({ length: PER_CATEGORY_LIMIT + 3 }, (_, i) => makeCert(`a${String(i).padStart(2, '0')}`));
    const long = categoryExamFormats(many, 'associate');
    expect(long).toHaveLength(PER_CATEGORY_LIMIT + 1);
    expect(long.at(-1)).toEqual([{ label: '3 more Associate certifications', href: '/categories/associate/' }]);
    const beta = makeCert('mla', { versions: [inBeta('MLA-C02')] });
    expect(text(categoryExamFormats([beta], 'associate')[0] ?? [])).toMatch(
      /^mla \(MLA-C02, in beta\) runs for 170 minutes/,
    );
  });
});

describe('a version’s domain weights', () => {
  it('lists each domain with its share, or says the outline is not yet confirmed', () => {
    const dva = makeCert('dva', {
      domains: [
        { name: 'Development with AWS Services', weight: 30 },
        { name: 'Security', weight: 26 },
        { name: 'Testing and Deployment', weight: 22 },
        { name: 'Troubleshooting and Optimization', weight: 22 },
      ],
    });
    expect(text(domainWeightSegments(dva))).toBe(
      'Development with AWS Services (30%), Security (26%), Testing and Deployment (22%) and Troubleshooting and Optimization (22%)',
    );
    const unpublished = makeCert('sap', { versions: [version({ code: 'SAP-C03', domains: undefined })] });
    expect(text(domainWeightSegments(unpublished))).toBe('not yet confirmed');
  });
});
