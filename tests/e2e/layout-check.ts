import type { Page } from '@playwright/test';

/** The phone widths every page must fit: the narrowest the design supports and a common phone's. */
export const PHONE_WIDTHS = [390, 320] as const;

/**
 * Everything on the page as laid out now that a reader on this screen would find broken, one line each (an empty list
 * when nothing is): the page scrolling sideways; a table header cut off at the screen's edge or by a box that does not
 * scroll, or scrolling in a box the keyboard cannot reach or that has no name; a caption not shown whole; a box that
 * scrolls sideways without being reachable by keyboard; and text that runs out of its box or is clipped. Runs in the
 * page: one evaluate returns every problem, so a sweep pays one round trip a page and width.
 */
export function layoutProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const screenWidth = root.clientWidth;
  const tolerance = 1;

  /** A short quote of a text, on one line. */
  const words = (text: string | null | undefined, max = 48) => {
    const t = (text ?? '').replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
  };
  const name = (el: Element) => {
    const cls =
      typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/)[0]}` : '';
    return `<${el.localName}${cls}>`;
  };
  /** Shown only to assistive technology (the .sr-only pattern: clipped to nothing), itself or through an ancestor. */
  const clippedAway = new Map<Element, boolean>();
  const srOnly = (el: Element): boolean => {
    const known = clippedAway.get(el);
    if (known !== undefined) return known;
    const style = getComputedStyle(el);
    const parent = el.parentElement;
    const result =
      style.clipPath !== 'none' ||
      (style.position === 'absolute' && el.getBoundingClientRect().width <= 1) ||
      (parent !== null && parent !== document.body && srOnly(parent));
    clippedAway.set(el, result);
    return result;
  };
  /** Not shown at all (not rendered, hidden, in a closed <details>), or shown only to assistive technology. */
  const unseen = (el: Element): boolean => !el.checkVisibility({ checkVisibilityCSS: true }) || srOnly(el);
  const scrollsSideways = (style: CSSStyleDeclaration) => style.overflowX === 'auto' || style.overflowX === 'scroll';
  const clips = (style: CSSStyleDeclaration) => style.overflowX !== 'visible';
  /** The nearest ancestor that clips or scrolls horizontally (below the root, whose scrolling is the page's). */
  const clippingAncestor = (el: Element): HTMLElement | undefined => {
    for (let e = el.parentElement; e && e !== document.body && e !== root; e = e.parentElement)
      if (clips(getComputedStyle(e))) return e;
    return undefined;
  };
  /** A box the keyboard can reach and scroll, which names itself as a region (the table's caption, say). */
  const namedFocusableRegion = (el: HTMLElement) =>
    el.tabIndex >= 0 &&
    (el.getAttribute('role') ?? (el.localName === 'section' ? 'region' : '')) === 'region' &&
    Boolean(
      el.getAttribute('aria-label')?.trim() ||
      (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .some((id) => id && document.getElementById(id)?.textContent?.trim()),
    );
  /** The horizontal span a box shows of its content: its own padding box within every clipping ancestor and the screen. */
  const shownSpan = (el: Element): [number, number] => {
    let left = 0;
    let right = screenWidth;
    for (let e: Element | undefined = clippingAncestor(el); e; e = clippingAncestor(e)) {
      const rect = e.getBoundingClientRect();
      left = Math.max(left, rect.left + e.clientLeft);
      right = Math.min(right, rect.left + e.clientLeft + e.clientWidth);
    }
    return [left, right];
  };
  const withinSpan = (rect: DOMRect, [left, right]: [number, number]) =>
    rect.left >= left - tolerance && rect.right <= right + tolerance;

  if (root.scrollWidth > screenWidth + tolerance)
    problems.push(`the page scrolls sideways by ${root.scrollWidth - screenWidth} px`);

  // Boxes that scroll sideways: the keyboard must reach them (axe's scrollable-region-focusable asks the same of
  // boxes without focusable content; a table's box has links in some rows only).
  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(el);
    if (!scrollsSideways(style) || el.scrollWidth <= el.clientWidth + tolerance || unseen(el)) continue;
    if (el.tabIndex < 0) problems.push(`${name(el)} "${words(el.innerText)}" scrolls sideways but takes no focus`);
  }

  for (const table of document.body.querySelectorAll('table')) {
    if (unseen(table)) continue;
    const caption = words(table.caption?.textContent) || words(table.textContent);
    const region = clippingAncestor(table);
    const regionScrolls = region !== undefined && scrollsSideways(getComputedStyle(region));
    if (table.caption && !unseen(table.caption)) {
      const range = document.createRange();
      range.selectNodeContents(table.caption);
      const span = shownSpan(table.caption);
      if ([...range.getClientRects()].some((line) => !withinSpan(line, span)))
        problems.push(`the caption "${caption}" is not shown whole`);
    }
    const headerRow = table.tHead?.rows[table.tHead.rows.length - 1] ?? table.rows[0];
    const headers = [...(headerRow?.cells ?? [])].filter((cell) => cell.localName === 'th');
    for (const th of headers) {
      const label = words(th.textContent);
      if (!label) continue;
      if (unseen(th)) {
        // A stacked table (one card a row) hides its header row and labels every cell instead.
        const unlabelled = [...table.tBodies]
          .flatMap((body) => [...body.rows])
          .map((row) => row.cells[th.cellIndex])
          .filter(
            (cell): cell is HTMLTableCellElement => cell !== undefined && cell.localName === 'td' && !unseen(cell),
          )
          .filter((cell) => !/[^\s"]/.test(getComputedStyle(cell, '::before').content.replace(/^none$|^normal$/, '')));
        if (unlabelled.length > 0)
          problems.push(`"${label}" of "${caption}" is hidden and ${unlabelled.length} of its cells carry no label`);
        continue;
      }
      if (withinSpan(th.getBoundingClientRect(), shownSpan(th))) continue;
      if (!regionScrolls) problems.push(`"${label}" of "${caption}" is cut off and its box does not scroll`);
      else if (!namedFocusableRegion(region))
        problems.push(`"${label}" of "${caption}" is off screen in a box that is not a named, focusable region`);
    }
  }

  // Lists laid out in a row (links separated by dots, breadcrumbs, pills): their items sit on one line, so a margin
  // on some items only (the space base.css puts between list items) lifts the others out of line.
  for (const list of document.body.querySelectorAll('ul, ol')) {
    const style = getComputedStyle(list);
    if (!style.display.endsWith('flex') || !style.flexDirection.startsWith('row') || unseen(list)) continue;
    const tops = [...list.children].map((item) => getComputedStyle(item).marginBlockStart);
    if (new Set(tops).size > 1)
      problems.push(
        `the items of ${name(list)} "${words((list as HTMLElement).innerText)}" sit at different heights (${tops.join(', ')})`,
      );
  }

  // Text that runs out of its box, or is clipped by one (inside a box that scrolls, it is only scrolled away).
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || seen.has(parent)) continue;
    if (parent.closest('svg, script, style, noscript, template, head')) continue;
    if (unseen(parent)) continue;
    let box: Element = parent;
    while (box.parentElement && ['inline', 'contents'].includes(getComputedStyle(box).display)) box = box.parentElement;
    const range = document.createRange();
    range.selectNodeContents(node);
    const lines = [...range.getClientRects()].filter((r) => r.width > 0);
    if (lines.length === 0) continue;
    const boxRect = box.getBoundingClientRect();
    const beyond = Math.max(...lines.map((r) => Math.max(r.right - boxRect.right, boxRect.left - r.left)));
    if (beyond > tolerance) {
      seen.add(parent);
      problems.push(`"${words(node.textContent, 32)}" runs ${Math.round(beyond)} px out of its box ${name(box)}`);
      continue;
    }
    const clip = clippingAncestor(box);
    if (clip && !scrollsSideways(getComputedStyle(clip))) {
      const span = shownSpan(box);
      if (lines.some((r) => !withinSpan(r, span))) {
        seen.add(parent);
        problems.push(`"${words(node.textContent, 32)}" is clipped by ${name(clip)}`);
      }
    }
  }
  return problems;
}

/** The layout problems of the page in `page` as laid out now (see layoutProblems). */
export const layoutProblemsOf = (page: Page): Promise<string[]> => page.evaluate(layoutProblems);
