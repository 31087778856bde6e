/*
 * The roadmap diagram, laid out at build time by ELK's layered algorithm (elkjs, which runs in Node and ships no
 * JavaScript to the page): categories as columns, an arrow from each recommended prior certification, edges routed
 * orthogonally between the columns, and names wrapped to fit their boxes. Nothing is placed by hand.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { categories, type Category } from '../schemas/enums.ts';
import type { Role } from '../schemas/role.ts';
import { sortCertifications, type Cert } from '../lib/catalogue/catalogue.ts';
import { categoryLabels, joinWords, statusInProse, statusLabels } from '../lib/site/format.ts';
import { firstOf, PER_CATEGORY_LIMIT } from '../lib/site/pagination.ts';
import { rolePath } from '../lib/tools/role-paths.ts';
import { routes } from '../lib/site/routes.ts';

/** A box in the diagram: one certification, or the "N more" box closing a long column. */
export interface RoadmapBox {
  id: string;
  /** The certification's slug; undefined for a "more" box. */
  slug: string | undefined;
  href: string;
  category: Category;
  /** The name, wrapped into lines that fit the box. */
  lines: string[];
  /** The second line in smaller type: the exam code (and "retired"), or the count of a "more" box. */
  detail: string;
  retired: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An arrow from a recommended prior certification to the one it prepares for, as an orthogonal polyline. */
export interface RoadmapArrow {
  from: string;
  to: string;
  points: { x: number; y: number }[];
}

export interface RoadmapLayout {
  width: number;
  height: number;
  columns: { category: Category; label: string; x: number }[];
  boxes: RoadmapBox[];
  arrows: RoadmapArrow[];
}

/** Box geometry and type, in SVG units (px). */
export const ROADMAP_BOX = {
  width: 190,
  paddingX: 10,
  paddingY: 10,
  nameSize: 13,
  nameLineHeight: 17,
  detailSize: 12,
  detailLineHeight: 16,
} as const;
const HEADER = 40;
const MARGIN = 10;

/**
 * Width of a text in a sans-serif face, in px, estimated generously from character classes (capitals and digits
 * are wide, spaces narrow) so that a line that fits here fits in the fonts the system stack picks.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const char of text) {
    if (char === ' ') em += 0.3;
    else if (/[A-Z0-9–—]/.test(char)) em += 0.7;
    else if (/[mw]/.test(char)) em += 0.85;
    else if (/[iljtfr.,;:'()]/.test(char)) em += 0.36;
    else em += 0.58;
  }
  return em * size;
}

/** Wraps a name into lines no wider than `width` at `size`; a single word longer than the width keeps its own line. */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The width a line may fill: the box less its padding, less a safety margin for wider system fonts. */
const innerWidth = ROADMAP_BOX.width - 2 * ROADMAP_BOX.paddingX - 8;
const boxHeight = (lines: number) =>
  ROADMAP_BOX.paddingY * 2 + lines * ROADMAP_BOX.nameLineHeight + ROADMAP_BOX.detailLineHeight;

/** What follows a certification's name in the roadmap's text alternative: " (SAA-C03): after Cloud Practitioner". */
export function roadmapTextAfter(cert: Cert, prior: readonly Pick<Cert, 'shortName'>[]): string {
  const state = cert.status === 'active' ? '' : `, ${statusInProse[cert.status]}`;
  const after =
    prior.length > 0
      ? `: after ${joinWords(
          prior.map((p) => p.shortName),
          'or',
        )}`
      : '';
  return ` (${cert.examCode}${state})${after}`;
}

/** For each certification, the slugs of those we recommend before it: the arrows that point at its box. */
export type RoadmapPriors = ReadonlyMap<string, readonly string[]>;

/**
 * The arrows of the roadmap: each certification's recommended prior certifications, and, so a newcomer's path has a
 * start, each Foundational step of a role path (content/roles.yaml, as it stands on the build day) pointing to the
 * first step after it that is not Foundational: the exam that path takes the reader to next.
 */
export function roadmapPriors(certs: readonly Cert[], roles: readonly Role[] = []): RoadmapPriors {
  const bySlug = new Map(certs.map((c) => [c.slug, c]));
  const priors = new Map(certs.map((c) => [c.slug, [...c.recommendedPrior]]));
  for (const role of roles) {
    const steps = rolePath(role, bySlug)
      .map((step) => step.cert)
      .filter((cert) => cert.status !== 'retired');
    steps.forEach((step, i) => {
      if (step.category !== 'foundational') return;
      const next = steps.slice(i + 1).find((later) => later.category !== 'foundational');
      const before = next && priors.get(next.slug);
      if (before && !before.includes(step.slug)) before.push(step.slug);
    });
  }
  return priors;
}

/**
 * Lays out the programme: one column per category in category order (Business last, beside the ladder), at most
 * `perCategory` boxes a column and a closing "N more" box linking to the category page, so the drawing's size is
 * bounded however large the catalogue grows.
 */
export async function layoutRoadmap(
  certs: readonly Cert[],
  perCategory: number = PER_CATEGORY_LIMIT,
  priors: RoadmapPriors = roadmapPriors(certs),
): Promise<RoadmapLayout> {
  const columns = categories.filter((category) => certs.some((c) => c.category === category));
  const boxes: Omit<RoadmapBox, 'x' | 'y'>[] = [];
  for (const category of columns) {
    const { shown, more } = firstOf(sortCertifications(certs.filter((c) => c.category === category)), perCategory);
    for (const cert of shown) {
      const lines = wrapText(cert.shortName, innerWidth, ROADMAP_BOX.nameSize);
      boxes.push({
        id: cert.slug,
        slug: cert.slug,
        href: routes.certification(cert.slug),
        category,
        lines,
        detail:
          cert.status === 'active' ? cert.examCode : `${cert.examCode} · ${statusLabels[cert.status].toLowerCase()}`,
        retired: cert.status === 'retired',
        width: ROADMAP_BOX.width,
        height: boxHeight(lines.length),
      });
    }
    if (more > 0) {
      boxes.push({
        id: `more-${category}`,
        slug: undefined,
        href: routes.category(category),
        category,
        lines: wrapText(`${more} more ${categoryLabels[category]}`, innerWidth, ROADMAP_BOX.nameSize),
        detail: 'on the category page',
        retired: false,
        width: ROADMAP_BOX.width,
        height: boxHeight(1),
      });
    }
  }
  const drawn = new Set(boxes.map((b) => b.id));
  const edges: ElkExtendedEdge[] = certs.flatMap((cert) =>
    (priors.get(cert.slug) ?? [])
      .filter((prior) => drawn.has(prior) && drawn.has(cert.slug))
      .map((prior) => ({ id: `${prior}->${cert.slug}`, sources: [prior], targets: [cert.slug] })),
  );
  const graph: ElkNode = {
    id: 'roadmap',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.partitioning.activate': 'true',
      // One drawing, not one per connected group: the columns must line up across the whole programme.
      'elk.separateConnectedComponents': 'false',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.spacing.nodeNode': '16',
      'elk.spacing.edgeNode': '12',
      'elk.spacing.edgeEdge': '8',
      'elk.padding': `[top=${HEADER},left=${MARGIN},bottom=${MARGIN},right=${MARGIN}]`,
    },
    children: boxes.map((box) => ({
      id: box.id,
      width: box.width,
      height: box.height,
      layoutOptions: { 'elk.partitioning.partition': String(columns.indexOf(box.category)) },
    })),
    edges,
  };
  const laid = await new ELK().layout(graph);
  const placed = new Map((laid.children ?? []).map((node) => [node.id, node]));
  const positioned: RoadmapBox[] = boxes.map((box) => ({
    ...box,
    x: placed.get(box.id)?.x ?? 0,
    y: placed.get(box.id)?.y ?? 0,
  }));
  const arrows: RoadmapArrow[] = (laid.edges ?? []).flatMap((edge) => {
    const section = edge.sections?.[0];
    if (!section) return [];
    return [
      {
        from: edge.sources[0] ?? '',
        to: edge.targets[0] ?? '',
        points: [section.startPoint, ...(section.bendPoints ?? []), section.endPoint],
      },
    ];
  });
  return {
    width: Math.ceil(laid.width ?? 0),
    height: Math.ceil(laid.height ?? 0),
    columns: columns.map((category) => ({
      category,
      label: categoryLabels[category],
      x: Math.min(...positioned.filter((b) => b.category === category).map((b) => b.x)),
    })),
    boxes: positioned,
    arrows,
  };
}

/** An SVG path for an arrow's polyline (the marker draws the head at its end). */
export function arrowPath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${Math.round(p.x)} ${Math.round(p.y)}`).join(' ');
}
