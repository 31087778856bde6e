/*
 * AWS's index of exam guides (https://docs.aws.amazon.com/aws-certification/latest/examguides/aws-certification-exam-guides.html):
 * one link per guide, its text the exam's name and code ("AWS Certified Developer - Associate (DVA-C03)"), its
 * address the guide's folder ("../developer-associate-03.html").
 */
import { DomUtils } from 'htmlparser2';
import type { PageReading } from './guide-page.ts';
import { articleOf, linkTarget, textOf } from './page-structure.ts';

/** Where the index lives, below the documentation's origin. */
export const GUIDE_INDEX_PATH = '/aws-certification/latest/examguides/aws-certification-exam-guides.html';

/** One guide the index lists. */
export interface IndexedGuide {
  /** The exam code in the link text, e.g. DVA-C03. */
  code: string;
  /** The link text. */
  title: string;
  url: string;
  /** The guide's folder name, e.g. developer-associate-03 (see guideIdOf). */
  guide: string;
}

/**
 * The name of a guide, from any address AWS has used for it: `…/developer-associate-03/developer-associate-03.html`,
 * `…/developer-associate-03.html` and the old `…/examguides/developer-associate-03.html` all give developer-associate-03.
 */
export function guideIdOf(url: string): string {
  const segments = new URL(url).pathname.split('/').filter(Boolean);
  return (segments.at(-1) ?? '').replace(/\.html$/, '');
}

/** Reads the index: every link in the article whose text ends with an exam code in brackets. */
export function readGuideIndex(html: string, url: string): PageReading<IndexedGuide[]> {
  const article = articleOf(html);
  if (!article) return { ok: false, problem: 'the page has no article body (<div id="main-col-body">)' };
  const guides = new Map<string, IndexedGuide>();
  for (const link of DomUtils.findAll((e) => e.name === 'a', article.body.children)) {
    const title = textOf(link);
    const code = /\(([A-Z]{3}-C\d{2})\)$/.exec(title)?.[1];
    const target = linkTarget(link, url);
    if (!code || !target) continue;
    const guide = guideIdOf(target);
    if (!guides.has(guide)) guides.set(guide, { code, title, url: target, guide });
  }
  if (guides.size === 0) return { ok: false, problem: 'no links to exam guides ("… (ABC-C01)")' };
  return { ok: true, facts: [...guides.values()] };
}
