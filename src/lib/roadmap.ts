import { categories, type Category } from '../schemas/enums.ts';
import { sortCertifications, type Cert } from './catalog.ts';
import { categoryLabels } from './format.ts';
import { firstOf, PER_CATEGORY_LIMIT } from './pagination.ts';

/** A box in the roadmap diagram: one certification. */
export interface RoadmapBox {
  slug: string;
  label: string;
  code: string;
  category: Category;
  retired: boolean;
  x: number;
  y: number;
}

/** An arrow from a recommended prior certification to the one it prepares for. */
export interface RoadmapArrow {
  from: string;
  to: string;
  path: string;
}

/** The box closing a column that holds more certifications than the diagram draws; it links to the category page. */
export interface RoadmapMoreBox {
  category: Category;
  count: number;
  x: number;
  y: number;
}

export interface RoadmapLayout {
  width: number;
  height: number;
  boxWidth: number;
  boxHeight: number;
  columns: { category: Category; label: string; x: number }[];
  boxes: RoadmapBox[];
  /** One per column that was cut short: how many certifications its category page adds. */
  more: RoadmapMoreBox[];
  arrows: RoadmapArrow[];
}

const BOX_WIDTH = 210;
const BOX_HEIGHT = 52;
const COLUMN_GAP = 70;
const ROW_GAP = 18;
const HEADER = 44;
const MARGIN = 10;

/**
 * Places certifications in category columns (current first, retired below), with arrows between drawn boxes. A column
 * draws at most `perCategory` boxes; the rest are summed up in a closing "more" box, so the diagram's size is bounded.
 */
export function layoutRoadmap(certs: readonly Cert[], perCategory: number = PER_CATEGORY_LIMIT): RoadmapLayout {
  const columns = categories.map((category, i) => ({
    category,
    label: categoryLabels[category],
    x: MARGIN + i * (BOX_WIDTH + COLUMN_GAP),
  }));
  const boxes: RoadmapBox[] = [];
  const more: RoadmapMoreBox[] = [];
  const rowY = (row: number) => HEADER + row * (BOX_HEIGHT + ROW_GAP);
  for (const column of columns) {
    const { shown, more: left } = firstOf(
      sortCertifications(certs.filter((c) => c.category === column.category)),
      perCategory,
    );
    if (left > 0) more.push({ category: column.category, count: left, x: column.x, y: rowY(shown.length) });
    shown.forEach((cert, row) => {
      boxes.push({
        slug: cert.slug,
        label: cert.shortName,
        code: cert.examCode,
        category: cert.category,
        retired: cert.status === 'retired',
        x: column.x,
        y: rowY(row),
      });
    });
  }
  const bySlug = new Map(boxes.map((b) => [b.slug, b]));
  const arrows: RoadmapArrow[] = certs.flatMap((cert) =>
    cert.recommendedPrior.flatMap((priorSlug) => {
      const from = bySlug.get(priorSlug);
      const to = bySlug.get(cert.slug);
      if (!from || !to) return [];
      const x1 = from.x + BOX_WIDTH;
      const y1 = from.y + BOX_HEIGHT / 2;
      const x2 = to.x;
      const y2 = to.y + BOX_HEIGHT / 2;
      const bend = Math.max(30, (x2 - x1) / 2);
      return [
        { from: priorSlug, to: cert.slug, path: `M${x1} ${y1} C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2 - 6} ${y2}` },
      ];
    }),
  );
  const rows = Math.max(
    ...columns.map(
      (c) =>
        boxes.filter((b) => b.category === c.category).length + (more.some((m) => m.category === c.category) ? 1 : 0),
    ),
    1,
  );
  return {
    width: MARGIN * 2 + categories.length * BOX_WIDTH + (categories.length - 1) * COLUMN_GAP,
    height: rowY(rows) + MARGIN,
    boxWidth: BOX_WIDTH,
    boxHeight: BOX_HEIGHT,
    columns,
    boxes,
    more,
    arrows,
  };
}
