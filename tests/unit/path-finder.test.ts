import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblems, parseEntry, pathFinderRuleProblems } from '../../src/build/content-rules';
import { readYaml, withLines } from '../../src/build/yaml-loader';
import { experienceLevel } from '../../src/lib/tools/experience';
import {
  pathFinderPages,
  pathStepsData,
  pathSummary,
  recommendPath,
  yearsInWords,
  type ReaderProfile,
} from '../../src/lib/tools/path-finder';
import { pathFinderUrl, readPathQuery } from '../../src/lib/tools/path-finder-url';
import { pathFinderRulesSchema } from '../../src/schemas/path-finder';
import { realCatalogue } from './helpers/catalogue';

const FILE = 'content/path-finder.yaml';
const { certs, roles } = await realCatalogue();
const [rulesEntry] = await getCollection('pathFinder');
if (!rulesEntry) throw new Error('content/path-finder.yaml is missing from the synced content');
const rules = rulesEntry.data;
const levels = rules.experienceLevels;
/** content/path-finder.yaml as an author wrote it, to change a copy of. */
const written = readFileSync(FILE, 'utf8');
const rawRules = () => parse(written) as { experienceLevels: Record<string, unknown>[] };
const first = (profile: ReaderProfile) => recommendPath(profile, certs, roles, rules)?.steps[0]?.cert.slug;

/** Reader profiles with the first step a sensible adviser would give. */
const profiles: [name: string, profile: ReaderProfile, firstStep: string][] = [
  ['a newcomer with no experience', { goal: 'newcomer', years: 0, held: [] }, 'cloud-practitioner'],
  ['a developer with two years', { goal: 'software-developer', years: 2, held: [] }, 'developer-associate'],
  [
    'an SAA holder aiming at architecture',
    { goal: 'solutions-architect', years: 3, held: ['solutions-architect-associate'] },
    'solutions-architect-professional',
  ],
  [
    'an operations engineer with a year',
    { goal: 'operations-engineer', years: 1, held: [] },
    'cloudops-engineer-associate',
  ],
  ['a network engineer new to AWS', { goal: 'network-engineer', years: 0, held: [] }, 'cloud-practitioner'],
  [
    'an experienced network engineer',
    { goal: 'network-engineer', years: 3, held: [] },
    'solutions-architect-associate',
  ],
  [
    'a network engineer holding SAA, now Advanced Networking is retiring',
    { goal: 'network-engineer', years: 3, held: ['solutions-architect-associate'] },
    'solutions-architect-professional',
  ],
  ['a business leader new to AI', { goal: 'business-leader', years: 0, held: [] }, 'ai-practitioner'],
  [
    'a business leader holding AI Practitioner',
    { goal: 'business-leader', years: 1, held: ['ai-practitioner'] },
    'ai-business-strategist',
  ],
  ['an ML engineer new to AWS', { goal: 'machine-learning-engineer', years: 0, held: [] }, 'ai-practitioner'],
  [
    'an ML engineer with three years',
    { goal: 'machine-learning-engineer', years: 3, held: [] },
    'machine-learning-engineer-associate',
  ],
  [
    'a GenAI developer holding DVA',
    { goal: 'generative-ai-developer', years: 3, held: ['developer-associate'] },
    'generative-ai-developer-professional',
  ],
  [
    'a security engineer holding SAA',
    { goal: 'security-engineer', years: 3, held: ['solutions-architect-associate'] },
    'security-specialty',
  ],
  [
    'a DevOps engineer holding DVA',
    { goal: 'devops-engineer', years: 2, held: ['developer-associate'] },
    'cloudops-engineer-associate',
  ],
  [
    'a holder of the retired ML Specialty aiming at ML',
    { goal: 'machine-learning-engineer', years: 4, held: ['machine-learning-specialty'] },
    'machine-learning-engineer-associate',
  ],
  [
    'a reader with an unknown goal gets the newcomer’s path of the rules',
    { goal: 'wizard', years: 2, held: [] },
    'cloud-practitioner',
  ],
];

describe('the path finder', () => {
  it.each(profiles)('%s starts with the right exam', (_name, profile, firstStep) => {
    expect(first(profile)).toBe(firstStep);
  });

  it('never recommends a retired, retiring or already-held exam, and gives two to four steps where it can', () => {
    for (const goal of roles.map((r) => r.id)) {
      for (const years of [0, 1, 2, 5]) {
        for (const held of [[], ['solutions-architect-associate'], ['cloud-practitioner', 'developer-associate']]) {
          const result = recommendPath({ goal, years, held }, certs, roles, rules);
          const slugs = result?.steps.map((s) => s.cert.slug) ?? [];
          const statuses = slugs.map((slug) => certs.find((c) => c.slug === slug)?.status);
          expect(statuses.filter((status) => status === 'retired' || status === 'retiring')).toEqual([]);
          expect(slugs.filter((slug) => held.includes(slug))).toEqual([]);
          expect(new Set(slugs).size).toBe(slugs.length);
          expect(slugs.length).toBeLessThanOrEqual(rules.maxSteps);
          // Experienced readers skip a Foundational step, so a path with one step beyond Foundational gives one.
          const beyondFoundational = (roles.find((r) => r.id === goal)?.path ?? []).filter(
            (step) => certs.find((c) => c.slug === step.certification)?.category !== 'foundational',
          ).length;
          if (held.length === 0)
            expect(slugs.length, `${goal}, ${years} years`).toBeGreaterThanOrEqual(Math.min(2, beyondFoundational));
          for (const step of result?.steps ?? []) expect(step.reason.length).toBeGreaterThan(10);
        }
      }
    }
  });

  it('starts a newcomer at a Foundational exam, whatever the goal', () => {
    for (const goal of roles.map((r) => r.id)) {
      const steps = recommendPath({ goal, years: 0, held: [] }, certs, roles, rules)?.steps ?? [];
      expect(steps[0]?.cert.category, goal).toBe('foundational');
    }
  });

  it('gives each step the fee, length and status of the exam a reader would sit today', () => {
    for (const goal of roles.map((r) => r.id)) {
      const result = recommendPath({ goal, years: 1, held: [] }, certs, roles, rules);
      for (const [i, step] of pathStepsData(result?.steps ?? []).entries()) {
        const cert = result!.steps[i]!.cert;
        const fee = cert.exam.format.priceUsd;
        if (fee === undefined) expect(step.glance.price).toBe('Not yet published');
        else expect(step.glance.price).toContain(`USD ${fee}`);
        if (cert.exam.format.minutes) expect(step.glance.length).toContain(`${cert.exam.format.minutes} minutes`);
        if (cert.status === 'beta') expect(step.glance.status).toMatch(/^Beta/);
        if (cert.status === 'active') expect(step.glance.status).toBe('Active');
      }
    }
  });

  it('puts recommended prior certifications before the exams that build on them', () => {
    for (const goal of roles.map((r) => r.id)) {
      const slugs =
        recommendPath({ goal, years: 1, held: [] }, certs, roles, rules)?.steps.map((s) => s.cert.slug) ?? [];
      slugs.forEach((slug, i) => {
        const cert = certs.find((c) => c.slug === slug);
        for (const prior of cert?.recommendedPrior ?? []) {
          const at = slugs.indexOf(prior);
          if (at >= 0) expect(at, `${prior} before ${slug} for ${goal}`).toBeLessThan(i);
        }
      });
    }
  });

  it('follows the rules of content/path-finder.yaml, not figures in the code', () => {
    // A role whose own path has no Foundational step, so a newcomer to AWS is given the default one first.
    const category = (slug: string) => certs.find((c) => c.slug === slug)?.category;
    const target = roles.find(
      (r) => r.id !== rules.fallbackRole && r.path.every((step) => category(step.certification) !== 'foundational'),
    );
    const other = roles.find((r) => r.id !== rules.fallbackRole);
    if (!target || !other) throw new Error('the roles no longer include a path without a Foundational step');
    const reader = { goal: target.id, years: 0, held: [] };
    const steps = (changed: Partial<typeof rules>) =>
      recommendPath(reader, certs, roles, { ...rules, ...changed })?.steps.map((s) => s.cert.slug) ?? [];
    expect(steps({ maxSteps: 2 })).toHaveLength(2);
    expect(steps({})[0]).toBe(rules.foundationalFirst.certification);
    // With the threshold for a Foundational start lowered to nothing, the same reader starts on the role's own path.
    expect(steps({ foundationalFirst: { ...rules.foundationalFirst, belowYears: 0 } })[0]).not.toBe(
      rules.foundationalFirst.certification,
    );
    const nobody = { years: 3, held: [] };
    const fallback = (fallbackRole: string) => recommendPath(nobody, certs, roles, { ...rules, fallbackRole })?.role.id;
    expect(fallback(other.id)).toBe(other.id);
    expect(fallback(rules.fallbackRole)).toBe(rules.fallbackRole);
  });

  it('rejects rules that name a role or certification the catalogue does not have', () => {
    const loaded = certs.map((c) => ({ slug: c.slug, file: `content/certifications/${c.slug}.mdx`, data: c }));
    const check = (changed: Partial<typeof rules>) =>
      pathFinderRuleProblems(
        { certifications: loaded as never, services: [], roles, pathFinderRules: { ...rules, ...changed } },
        'content/path-finder.yaml',
      ).map((p) => `${p.field}: ${p.message}`);
    expect(check({})).toEqual([]);
    expect(check({ fallbackRole: 'wizard' })).toEqual([
      expect.stringMatching(/^fallbackRole: expected the id of a role in content\/roles.yaml, found "wizard"/),
    ]);
    const higher = certs.find((c) => c.category !== 'foundational');
    if (!higher) throw new Error('the catalogue has no certification above Foundational');
    expect(check({ foundationalFirst: { ...rules.foundationalFirst, certification: higher.slug } })).toEqual([
      `foundationalFirst.certification: expected a Foundational certification, found "${higher.slug}" (${higher.category})`,
    ]);
  });

  it('maps years to the experience levels of content/path-finder.yaml and back', () => {
    const idAt = (years: number) => experienceLevel(years, levels)?.id;
    expect(levels.map((level) => level.id)).toEqual(['none', 'some', 'experienced']);
    expect(idAt(0)).toBe('none');
    expect(idAt(Number.NaN)).toBe('none');
    expect(idAt(-1)).toBe('none');
    expect(idAt(0.5)).toBe('some');
    expect(idAt(2)).toBe('experienced');
    for (const level of levels) expect(idAt(level.representativeYears)).toBe(level.id);
  });

  it('takes its levels from content/path-finder.yaml: a changed copy changes the levels, pages and addresses', () => {
    const copy = rawRules();
    const [none, some, experienced] = copy.experienceLevels;
    copy.experienceLevels = [
      { ...none, label: 'Not yet' },
      { ...some, fromYears: 1, representativeYears: 1.5 },
      { ...experienced, label: 'Two to five years' },
      { id: 'veteran', label: 'Five years or more', fromYears: 5, representativeYears: 6 },
    ];
    const changed = pathFinderRulesSchema.parse(copy).experienceLevels;
    const idAt = (years: number) => experienceLevel(years, changed)?.id;
    expect([idAt(0.7), idAt(1), idAt(4.5), idAt(5), idAt(30)]).toEqual([
      'none',
      'some',
      'experienced',
      'veteran',
      'veteran',
    ]);
    const pages = pathFinderPages(roles, changed);
    expect(pages).toHaveLength(roles.length * 4);
    expect(pages.filter((page) => page.params.level === 'veteran').map((page) => page.props.level.label)).toEqual(
      roles.map(() => 'Five years or more'),
    );
    const url = (years: string, held: string[] = []) =>
      pathFinderUrl(
        new URLSearchParams([['goal', 'network-engineer'], ['years', years], ...held.map((h) => ['held', h])]),
        changed,
      );
    expect(url('7')).toBe('/path-finder/network-engineer/veteran/?years=7');
    expect(url('0.7')).toBe('/path-finder/network-engineer/none/?years=0.7');
    expect(url('5', ['cloud-practitioner'])).toBe(
      '/path-finder/network-engineer/veteran/yours/?years=5&held=cloud-practitioner',
    );
  });
});

describe('the experience levels of content/path-finder.yaml', () => {
  /** The build's message for a copy of the file with its levels changed, '' when it is valid. */
  const problems = (edit: (levels: Record<string, unknown>[]) => void) => {
    const copy = rawRules();
    edit(copy.experienceLevels);
    return formatProblems(parseEntry(pathFinderRulesSchema, FILE, copy).problems);
  };

  it('are valid as written', () => {
    expect(problems(() => undefined)).toBe('');
  });

  it('rejects a level out of order, naming the file and field', () => {
    expect(
      problems((list) => {
        list.reverse();
      }),
    ).toContain(
      `${FILE} › experienceLevels.0.fromYears: expected the first level to start at 0 years, so that every reader has a level, found 2`,
    );
    expect(
      problems((list) => {
        list[2]!['fromYears'] = 0.5;
        list[2]!['representativeYears'] = 3;
        list[1]!['representativeYears'] = 0.5;
      }),
    ).toBe(
      `${FILE} › experienceLevels.2.fromYears: expected more than the previous level's fromYears (0.5, "some"), found 0.5; list the levels from least to most experience`,
    );
  });

  it('rejects representative years outside their level, naming the file, line and field', () => {
    expect(
      problems((list) => {
        list[1]!['representativeYears'] = 2;
      }),
    ).toBe(
      `${FILE} › experienceLevels.1.representativeYears: expected years within the level "some" (from 0.5 to below 2), found 2`,
    );
    expect(
      problems((list) => {
        list[2]!['representativeYears'] = 1;
      }),
    ).toBe(
      `${FILE} › experienceLevels.2.representativeYears: expected years within the level "experienced" (2 or more), found 1`,
    );
    // As the build reports it: the YAML loader adds the line the level is on.
    const yaml = readYaml(
      FILE,
      written.replace('fromYears: 0.5, representativeYears: 1', 'fromYears: 0.5, representativeYears: 3'),
    );
    const line = written.split('\n').findIndex((text) => text.includes('id: some,')) + 1;
    expect(formatProblems(withLines(parseEntry(pathFinderRulesSchema, FILE, yaml.data).problems, yaml))).toBe(
      `${FILE}:${line} › experienceLevels.1.representativeYears: expected years within the level "some" (from 0.5 to below 2), found 3`,
    );
  });

  it('rejects a repeated id, an id that is not a slug, and a first level that does not start at 0', () => {
    expect(
      problems((list) => {
        list[2]!['id'] = 'some';
      }),
    ).toBe(
      `${FILE} › experienceLevels.2.id: expected each id once (it is part of the result pages' addresses), found "some" again (first at entry 1)`,
    );
    expect(
      problems((list) => {
        list[0]!['id'] = 'None yet';
      }),
    ).toBe(
      `${FILE} › experienceLevels.0.id: expected a lower-case slug of letters, digits and hyphens (like "amazon-s3"), found "None yet"`,
    );
    expect(
      problems((list) => {
        list[0]!['fromYears'] = 0.25;
        list[0]!['representativeYears'] = 0.25;
      }),
    ).toBe(
      `${FILE} › experienceLevels.0.fromYears: expected the first level to start at 0 years, so that every reader has a level, found 0.25`,
    );
  });
});

describe('the sentence above a path', () => {
  it('reads as one sentence for the pre-rendered pages and for the reader’s own answers', () => {
    expect(pathSummary('Network engineer', 'two years or more', [])).toBe(
      'For network engineer goals, with two years or more of hands-on AWS experience and no certification yet.',
    );
    expect(
      pathSummary('DevOps engineer', yearsInWords(1), [
        'Cloud Practitioner',
        'AI Practitioner',
        'Developer – Associate',
      ]),
    ).toBe(
      'For DevOps engineer goals, with 1 year of hands-on AWS experience, already holding Cloud Practitioner, AI Practitioner and Developer – Associate.',
    );
    expect(yearsInWords(2.5)).toBe('2.5 years');
    expect(pathSummary('Generative AI developer', yearsInWords(0), [])).toMatch(
      /^For generative AI developer goals, with 0 years/,
    );
  });
});

describe('the path finder’s addresses', () => {
  const form = (entries: [string, string][]) => new URLSearchParams(entries);

  it('sends a reader who holds nothing to the pre-rendered path of the goal and level', () => {
    expect(
      pathFinderUrl(
        form([
          ['goal', 'network-engineer'],
          ['years', '3'],
        ]),
        levels,
      ),
    ).toBe('/path-finder/network-engineer/experienced/?years=3');
    expect(
      pathFinderUrl(
        form([
          ['goal', 'newcomer'],
          ['years', '-4'],
        ]),
        levels,
      ),
    ).toBe('/path-finder/newcomer/none/?years=0');
  });

  it('sends a reader who holds certifications to the page that never lists them, held kept in the address', () => {
    expect(
      pathFinderUrl(
        form([
          ['goal', 'solutions-architect'],
          ['years', '2'],
          ['held', 'solutions-architect-associate'],
          ['held', 'cloud-practitioner'],
        ]),
        levels,
      ),
    ).toBe(
      '/path-finder/solutions-architect/experienced/yours/?years=2&held=solutions-architect-associate,cloud-practitioner',
    );
  });

  it('stays on the path finder without a goal, and drops hostile values', () => {
    expect(pathFinderUrl(form([['years', '1']]), levels)).toBe('/path-finder/?years=1');
    expect(
      pathFinderUrl(
        form([
          ['goal', '<script>'],
          ['held', '"><img>'],
        ]),
        levels,
      ),
    ).toBe('/path-finder/?years=0');
  });

  it('reads years and held certifications back, ignoring anything else a link carries', () => {
    expect(readPathQuery('?years=2.5&held=a,b,a,%3Cx%3E&role=x&hours=9')).toEqual({ years: 2.5, held: ['a', 'b'] });
    expect(readPathQuery('?years=-1')).toEqual({ years: undefined, held: [] });
  });
});
