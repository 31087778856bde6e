import { describe, expect, it } from 'vitest';
import { layoutRoadmap } from '../../src/lib/roadmap';
import { makeCert } from './helpers/certs';

const certs = [
  makeCert('clf', { category: 'foundational' }),
  makeCert('saa', {}),
  makeCert('dva', {}),
  makeCert('sap', { category: 'professional', recommendedPrior: ['saa', 'ghost'] }),
  makeCert('scs', { category: 'specialty', recommendedPrior: ['saa'] }),
  makeCert('das', { category: 'specialty', lastDay: '2024-04', successors: ['saa'] }),
];

describe('roadmap layout', () => {
  const layout = layoutRoadmap(certs);

  it('places every certification exactly once, in its category column', () => {
    expect(layout.boxes.map((b) => b.slug).sort()).toEqual(certs.map((c) => c.slug).sort());
    for (const box of layout.boxes) {
      expect(box.x).toBe(layout.columns.find((c) => c.category === box.category)?.x);
    }
  });

  it('never overlaps two boxes and keeps them inside the drawing', () => {
    for (const a of layout.boxes) {
      expect(a.x + layout.boxWidth).toBeLessThanOrEqual(layout.width);
      expect(a.y + layout.boxHeight).toBeLessThanOrEqual(layout.height);
      for (const b of layout.boxes) {
        if (a === b) continue;
        const apart =
          a.x + layout.boxWidth <= b.x ||
          b.x + layout.boxWidth <= a.x ||
          a.y + layout.boxHeight <= b.y ||
          b.y + layout.boxHeight <= a.y;
        expect(apart, `${a.slug} overlaps ${b.slug}`).toBe(true);
      }
    }
  });

  it('draws arrows only between existing boxes', () => {
    expect(layout.arrows.map((a) => `${a.from}->${a.to}`).sort()).toEqual(['saa->sap', 'saa->scs']);
  });

  it('marks retired certifications', () => {
    expect(layout.boxes.filter((b) => b.retired).map((b) => b.slug)).toEqual(['das']);
  });
});

describe('roadmap layout of a long catalogue', () => {
  const many = Array.from({ length: 30 }, (_, i) => makeCert(`assoc-${String(i).padStart(2, '0')}`, {}));
  const layout = layoutRoadmap([...many, makeCert('clf', { category: 'foundational' })], 12);

  it('draws at most the limit per category and sums up the rest in one box linking to the category', () => {
    expect(layout.boxes.filter((b) => b.category === 'associate')).toHaveLength(12);
    expect(layout.more).toEqual([expect.objectContaining({ category: 'associate', count: 18 })]);
  });

  it('sizes the drawing by the limit, not by the catalogue', () => {
    const bigger = layoutRoadmap(
      Array.from({ length: 300 }, (_, i) => makeCert(`a-${i}`, {})),
      12,
    );
    expect(bigger.height).toBe(layout.height);
    const more = layout.more[0];
    expect(more && more.y + layout.boxHeight).toBeLessThanOrEqual(layout.height);
  });
});
