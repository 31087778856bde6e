import { describe, expect, it } from 'vitest';
import type { Cert } from '../../src/lib/catalogue/catalogue';
import {
  layoutRoadmap,
  ROADMAP_BOX,
  roadmapPriors,
  textWidth,
  wrapText,
  type RoadmapLayout,
} from '../../src/build/roadmap-layout';
import { categories, type Category } from '../../src/schemas/enums';
import { realCatalogue } from './helpers/catalogue';
import { makeCert, makeRole } from './helpers/certs';

type Rect = { x: number; y: number; width: number; height: number };

/** True when two boxes share any area. */
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** True when an axis-parallel segment passes through a box's inside (touching its edge does not count). */
function crosses(p: { x: number; y: number }, q: { x: number; y: number }, box: Rect): boolean {
  const [x1, x2] = [Math.min(p.x, q.x), Math.max(p.x, q.x)];
  const [y1, y2] = [Math.min(p.y, q.y), Math.max(p.y, q.y)];
  return x1 < box.x + box.width - 0.5 && x2 > box.x + 0.5 && y1 < box.y + box.height - 0.5 && y2 > box.y + 0.5;
}

/** The three properties a readable roadmap needs, as a list of what breaks them. */
function layoutProblems(layout: RoadmapLayout): string[] {
  const problems: string[] = [];
  layout.boxes.forEach((a, i) => {
    if (a.x < 0 || a.y < 0 || a.x + a.width > layout.width || a.y + a.height > layout.height)
      problems.push(`${a.id} is outside the drawing`);
    for (const b of layout.boxes.slice(i + 1)) if (overlaps(a, b)) problems.push(`${a.id} overlaps ${b.id}`);
    for (const line of a.lines)
      if (textWidth(line, ROADMAP_BOX.nameSize) > a.width - 2 * ROADMAP_BOX.paddingX)
        problems.push(`"${line}" does not fit ${a.id}`);
    if (textWidth(a.detail, ROADMAP_BOX.detailSize) > a.width - 2 * ROADMAP_BOX.paddingX)
      problems.push(`"${a.detail}" does not fit ${a.id}`);
  });
  for (const arrow of layout.arrows) {
    for (const box of layout.boxes) {
      if (box.id === arrow.from || box.id === arrow.to) continue;
      arrow.points.slice(1).forEach((q, i) => {
        const p = arrow.points[i]!;
        if (crosses(p, q, box)) problems.push(`${arrow.from}->${arrow.to} crosses ${box.id}`);
      });
    }
  }
  return problems;
}

const columnOf = (layout: RoadmapLayout, id: string) => layout.boxes.find((b) => b.id === id)?.category;

describe('the roadmap of the real catalogue', async () => {
  const { certs, roles } = await realCatalogue();
  const priors = roadmapPriors(certs, roles);
  const layout = await layoutRoadmap(certs, undefined, priors);

  it('draws no overlapping boxes, no edge through a box it does not connect, and every name whole', () => {
    expect(layoutProblems(layout)).toEqual([]);
  });

  it('draws every certification once, in its category, with an arrow for each recommendation', () => {
    expect(layout.boxes.map((b) => b.slug).sort()).toEqual(certs.map((c) => c.slug).sort());
    for (const cert of certs) expect(columnOf(layout, cert.slug)).toBe(cert.category);
    const expected = [...priors].flatMap(([slug, before]) => before.map((p) => `${p}->${slug}`)).sort();
    expect(layout.arrows.map((a) => `${a.from}->${a.to}`).sort()).toEqual(expected);
    for (const cert of certs) for (const p of cert.recommendedPrior) expect(expected).toContain(`${p}->${cert.slug}`);
    for (const arrow of layout.arrows) expect(arrow.points.length).toBeGreaterThanOrEqual(2);
  });

  it('gives a newcomer a start: an arrow leaves every Foundational exam a role path begins with', () => {
    const bySlug = new Map(certs.map((c) => [c.slug, c]));
    const starts = roles
      .map((role) => bySlug.get(role.path[0]?.certification ?? ''))
      .filter((cert) => cert?.category === 'foundational' && cert.status !== 'retired');
    expect(starts.length).toBeGreaterThan(0);
    for (const start of starts) expect(layout.arrows.some((a) => a.from === start?.slug)).toBe(true);
  });

  it('keeps names whole: the longest one wraps instead of being cut', () => {
    const longest = [...certs].sort((a, b) => b.shortName.length - a.shortName.length)[0]!;
    const box = layout.boxes.find((b) => b.slug === longest.slug);
    expect(box?.lines.join(' ')).toBe(longest.shortName);
    expect(box?.lines.length).toBeGreaterThan(1);
  });

  it('puts the columns in category order, Business last, each column left of the next', () => {
    const present = categories.filter((c) => certs.some((cert) => cert.category === c));
    expect(layout.columns.map((c) => c.category)).toEqual(present);
    const right = (category: Category) =>
      Math.max(...layout.boxes.filter((b) => b.category === category).map((b) => b.x + b.width));
    const left = (category: Category) =>
      Math.min(...layout.boxes.filter((b) => b.category === category).map((b) => b.x));
    present.slice(1).forEach((category, i) => expect(left(category)).toBeGreaterThan(right(present[i]!)));
  });
});

describe('the roadmap of a 160-entry catalogue', async () => {
  const { certs: real } = await realCatalogue();
  const many: Cert[] = Array.from({ length: 160 }, (_, i) => {
    const model = real[i % real.length]!;
    return {
      ...model,
      slug: `${model.slug}-${i}`,
      shortName: `${model.shortName} ${i}`,
      recommendedPrior: i >= real.length ? model.recommendedPrior.map((p) => `${p}-${i - real.length}`) : [],
    };
  });
  const layout = await layoutRoadmap(many, 12);

  it('stays readable: no overlap, no edge through a box, every name whole', () => {
    expect(layoutProblems(layout)).toEqual([]);
  });

  it('draws at most the limit per category and closes each long column with a box linking to its page', () => {
    for (const category of categories) {
      const inColumn = layout.boxes.filter((b) => b.category === category);
      const total = many.filter((c) => c.category === category).length;
      expect(inColumn.filter((b) => b.slug).length).toBe(Math.min(total, 12));
      const more = inColumn.find((b) => !b.slug);
      if (total > 12)
        expect(more).toMatchObject({
          href: `/categories/${category}/`,
          lines: [expect.stringContaining(`${total - 12} more`)],
        });
      else expect(more).toBeUndefined();
    }
  });

  it('is no taller than the limit allows, however large the catalogue', async () => {
    const bigger = await layoutRoadmap(
      [...many, ...many.map((c) => ({ ...c, slug: `${c.slug}-x`, recommendedPrior: [] }))],
      12,
    );
    for (const category of categories)
      expect(bigger.boxes.filter((b) => b.category === category).length).toBeLessThanOrEqual(13);
    expect(bigger.height).toBeLessThanOrEqual(layout.height * 1.1);
  });
});

describe('wrapping names', () => {
  it('breaks at spaces to fit the width, and keeps a long word on its own line', () => {
    expect(wrapText('Machine Learning Engineer – Associate', 190, 13)).toEqual([
      'Machine Learning Engineer –',
      'Associate',
    ]);
    expect(wrapText('Supercalifragilisticexpialidocious', 50, 13)).toEqual(['Supercalifragilisticexpialidocious']);
    expect(textWidth('WWW', 10)).toBeGreaterThan(textWidth('iii', 10));
  });
});

describe('arrows out of the Foundational level', () => {
  const clf = makeCert('clf', { category: 'foundational' });
  const aif = makeCert('aif', { category: 'foundational' });
  const saa = makeCert('saa');
  const mla = makeCert('mla', { recommendedPrior: ['aif'] });
  const sap = makeCert('sap', { category: 'professional', recommendedPrior: ['saa'] });
  const certs = [clf, aif, saa, mla, sap];

  it('points each Foundational step of a role path at the first later step that is not Foundational', () => {
    const priors = roadmapPriors(certs, [
      makeRole('newcomer', ['clf', 'aif', 'saa', 'sap']),
      makeRole('ml', ['aif', 'mla']),
    ]);
    expect(priors.get('saa')).toEqual(['clf', 'aif']);
    // A recommended prior is kept once, however many paths repeat it.
    expect(priors.get('mla')).toEqual(['aif']);
    expect(priors.get('sap')).toEqual(['saa']);
    expect(priors.get('clf')).toEqual([]);
  });

  it('draws only recommended priors without role paths, and skips a retired Foundational step', () => {
    expect(roadmapPriors(certs).get('saa')).toEqual([]);
    const retired = makeCert('clf', { category: 'foundational', lastDay: '2025-01-01' });
    expect(roadmapPriors([retired, saa], [makeRole('newcomer', ['clf', 'saa'])]).get('saa')).toEqual([]);
  });
});

it('lays out a small catalogue with a retired certification greyed', async () => {
  const layout = await layoutRoadmap([
    makeCert('saa'),
    makeCert('das', { category: 'specialty', lastDay: '2024-04', recommendedPrior: ['saa'] }),
  ]);
  expect(layout.boxes.find((b) => b.id === 'das')).toMatchObject({ retired: true, detail: 'TST-C01 · retired' });
  expect(layoutProblems(layout)).toEqual([]);
});
