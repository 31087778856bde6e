/*
 * The structure of a page on docs.aws.amazon.com, read with htmlparser2: the article body (<div id="main-col-body">),
 * its headings, the nodes of a heading's section, list items, note blocks and links. The guide and index readers find
 * what they need through these; numbers are then read out of the extracted text, never out of the markup.
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

/** Any node of a parsed page (element, text, comment…). */
export type PageNode = ReturnType<typeof DomUtils.filter>[number];
/** An element of a parsed page. */
export type PageElement = ReturnType<typeof DomUtils.findAll>[number];

export const isElement = (node: PageNode): node is PageElement => 'attribs' in node;

const headingLevel = (node: PageNode): number | undefined => {
  if (!isElement(node)) return undefined;
  const match = /^h([1-6])$/.exec(node.name);
  return match ? Number(match[1]) : undefined;
};

/** Text with entities decoded and all whitespace (no-break spaces included) collapsed to single spaces. */
export const cleanText = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The visible text of a node or of several, whitespace collapsed. */
export const textOf = (nodes: PageNode | PageNode[]): string => cleanText(DomUtils.textContent(nodes));

/** True when the element's class attribute lists the class. */
export const hasClass = (element: PageElement, name: string): boolean =>
  (DomUtils.getAttributeValue(element, 'class') ?? '').split(/\s+/).includes(name);

/** The article of a docs.aws.amazon.com page: what is inside <div id="main-col-body">, or undefined without one. */
export function articleOf(html: string): Article | undefined {
  const body = DomUtils.getElementById('main-col-body', parseDocument(html).children);
  return body ? new Article(body) : undefined;
}

/** A heading of the article with its level (1 for h1). */
export interface Heading {
  element: PageElement;
  level: number;
  text: string;
}

/** The body of a page, walked in document order. */
export class Article {
  /** The <div id="main-col-body"> element. */
  readonly body: PageElement;
  /** Every node inside the body, in document order. */
  readonly nodes: PageNode[];

  constructor(body: PageElement) {
    this.body = body;
    this.nodes = DomUtils.filter(() => true, body.children, true);
  }

  /** Its headings (h1–h6) in document order. */
  headings(): Heading[] {
    return this.nodes.flatMap((node) => {
      const level = headingLevel(node);
      return level !== undefined && isElement(node) ? [{ element: node, level, text: textOf(node) }] : [];
    });
  }

  /** The first heading whose text the test accepts. */
  heading(test: (text: string) => boolean): Heading | undefined {
    return this.headings().find((h) => test(h.text));
  }

  /**
   * The nodes of a heading's section: everything after the heading (not inside it) up to the next heading of the
   * same or a higher level.
   */
  section(heading: Heading): PageNode[] {
    const start = this.nodes.indexOf(heading.element);
    const inside = new Set(DomUtils.filter(() => true, heading.element.children, true));
    const rest = this.nodes.slice(start + 1).filter((node) => !inside.has(node));
    const end = rest.findIndex((node) => (headingLevel(node) ?? 7) <= heading.level);
    return end === -1 ? rest : rest.slice(0, end);
  }

  /**
   * The items of the list that follows the first paragraph whose text the test accepts ("There are two types of
   * questions on the exam:" then a list), or none: the list is the paragraph's next element, or the first list inside
   * it (AWS wraps lists in <div class="itemizedlist">).
   */
  listAfterParagraph(test: (text: string) => boolean): PageElement[] {
    for (const node of this.nodes) {
      if (!isElement(node) || node.name !== 'p' || !test(textOf(node))) continue;
      const next = DomUtils.nextElementSibling(node);
      const list =
        next && (next.name === 'ul' || next.name === 'ol')
          ? next
          : next && DomUtils.findOne((e) => e.name === 'ul' || e.name === 'ol', next.children);
      if (list) return list.children.filter((child): child is PageElement => isElement(child) && child.name === 'li');
    }
    return [];
  }

  /** The note blocks (<div class="awsdocs-note">) of the article, as text, without their "Note" titles. */
  notes(): string[] {
    return DomUtils.findAll((e) => hasClass(e, 'awsdocs-note'), this.body.children).map((note) => {
      const text = DomUtils.findOne((e) => hasClass(e, 'awsdocs-note-text'), note.children);
      return textOf(text ?? note.children);
    });
  }
}

const inlineTags = new Set(['a', 'abbr', 'b', 'code', 'em', 'i', 'span', 'strong', 'sub', 'sup']);

/** The visible text of a list of nodes in document order (a section), a space at each block boundary. */
export function sectionText(section: PageNode[]): string {
  const parts = section.map((node) =>
    node.type === ElementType.Text ? node.data : isElement(node) && inlineTags.has(node.name) ? '' : ' ',
  );
  return cleanText(parts.join(''));
}

/** The elements of a node list with the given tag name, in document order. */
export const elementsIn = (section: PageNode[], name: string): PageElement[] =>
  section.filter((node): node is PageElement => isElement(node) && node.name === name);

/** The address a link points to, resolved against the page it is on; undefined without a usable href. */
export function linkTarget(link: PageElement, pageUrl: string): string | undefined {
  const href = DomUtils.getAttributeValue(link, 'href');
  if (!href || href.startsWith('#')) return undefined;
  try {
    const url = new URL(href, pageUrl);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The first link inside an element, if any. */
export const firstLink = (element: PageElement): PageElement | undefined =>
  DomUtils.findOne((e) => e.name === 'a' && DomUtils.hasAttrib(e, 'href'), element.children) ?? undefined;
