import { describe, expect, it } from 'vitest';
import {
  finishedWords,
  hasSearchInput,
  MAX_QUERY_LENGTH,
  normaliseQuery,
  pageWords,
  readerExcerpt,
  resultSummary,
  searchQueryString,
  searchStateFromUrl,
  wordMatch,
  type ExcerptSegment,
  type MatchedText,
} from '../../src/lib/search/search';

/** A result as Pagefind gives it: the page's text and the positions of the words given (every occurrence). */
function matched(content: string, matchedWords: string[], anchors: number[] = []): MatchedText {
  const words = pageWords(content);
  const locations = words.flatMap((w, i) =>
    matchedWords.some((m) => w.toLowerCase().replace(/[^a-z0-9-]/g, '') === m) ? [i] : [],
  );
  return { content, locations, anchors: anchors.map((location) => ({ location })) };
}
const text = (segments: ExcerptSegment[] | undefined) => segments?.map((s) => s.text).join('');
const marks = (segments: ExcerptSegment[] | undefined) => segments?.filter((s) => s.marked).map((s) => s.text);

describe('which matches a reader meant', () => {
  it('keeps the same word, its plain forms and likely typos, and refuses words the index cut the query down to', () => {
    expect(wordMatch('SAA-C03,', 'saac03')).toBe('same');
    expect(wordMatch('exams', 'exam')).toBe('same');
    expect(wordMatch('expires', 'expire')).toBe('same');
    expect(wordMatch('CloudFormation', 'cloudformaton')).toBe('typo');
    expect(wordMatch('practitioner', 'practitionr')).toBe('typo');
    expect(wordMatch('begins,', 'beginner')).toBeUndefined();
    expect(wordMatch('Begin', 'beginner')).toBeUndefined();
    expect(wordMatch('freedom', 'free')).toBe('prefix');
    expect(wordMatch('DynamoDB', 'dyn')).toBe('prefix');
  });

  it('treats the last word as whole once a space follows it, the query is submitted, or some page has it whole', () => {
    const freedom = matched('Freedom to choose.', ['freedom']);
    const free = matched('A free practice set.', ['free']);
    expect(finishedWords('free', [freedom], false).lastIsWhole).toBe(false);
    expect(finishedWords('free', [freedom, free], false).lastIsWhole).toBe(true);
    expect(finishedWords('free ', [freedom], false).lastIsWhole).toBe(true);
    expect(finishedWords('free', [freedom], true).lastIsWhole).toBe(true);
    expect(finishedWords('SAA-C03 free', [], false).words).toEqual(['saac03', 'free']);
  });

  it('leaves out a page found only through a cut-down word: "beginner" never lands on "begins"', () => {
    const page = matched('The standard exam begins in January. Begin with the guide.', ['begins', 'begin']);
    expect(readerExcerpt(page, { words: ['beginner'], lastIsWhole: true })).toBeUndefined();
  });

  it('leaves out "freedom" for a whole "free", but keeps "DynamoDB" while "dyn" is still being typed', () => {
    const freedom = matched('Freedom to choose your exam.', ['freedom']);
    expect(readerExcerpt(freedom, { words: ['free'], lastIsWhole: true })).toBeUndefined();
    const dynamo = matched('Design DynamoDB keys and indexes.', ['dynamodb']);
    expect(marks(readerExcerpt(dynamo, { words: ['dyn'], lastIsWhole: false }))).toEqual(['DynamoDB']);
  });

  it('needs every word of the query: a page where one word matched only by cutting is left out', () => {
    const page = matched('A guide for readers whose exam begins soon.', ['guide', 'begins']);
    expect(readerExcerpt(page, { words: ['beginner', 'guide'], lastIsWhole: true })).toBeUndefined();
    expect(marks(readerExcerpt(page, { words: ['guide'], lastIsWhole: true }))).toEqual(['guide']);
  });
});

describe('excerpts a reader can read', () => {
  it('starts at the sentence of the best match and marks only matching words', () => {
    const page = matched(
      'Exam code SCS-C03 Category Specialty. The exam covers IAM in depth. Policies use cross-account roles and trust policies to share access.',
      ['cross-account', 'access'],
    );
    const excerpt = readerExcerpt(page, { words: ['cross-account', 'access'], lastIsWhole: true });
    expect(text(excerpt)).toBe('Policies use cross-account roles and trust policies to share access.');
    expect(marks(excerpt)).toEqual(['cross-account', 'access.']);
  });

  it('starts at a heading when the match follows one with no full stop between', () => {
    const content = 'Intro sentence. Exam domains Design Secure Architectures covers DynamoDB keys';
    const heading = pageWords(content).indexOf('Exam');
    const excerpt = readerExcerpt(matched(content, ['dynamodb'], [heading]), {
      words: ['dynamodb'],
      lastIsWhole: true,
    });
    expect(text(excerpt)).toBe('Exam domains Design Secure Architectures covers DynamoDB keys');
  });

  it('shortens a long sentence in its middle, keeping its start and the words around the match', () => {
    const filler = Array.from({ length: 50 }, (_, i) => `word${i}`).join(' ');
    const content = `First sentence. Second starts here ${filler} then DynamoDB appears near the end of it.`;
    const excerpt = readerExcerpt(matched(content, ['dynamodb']), { words: ['dynamodb'], lastIsWhole: true });
    expect(text(excerpt)).toMatch(
      /^Second starts here word0 word1 word2 word3 word4 … word47 word48 word49 then DynamoDB/,
    );
    expect(marks(excerpt)).toEqual(['DynamoDB']);
  });

  it('keeps a page matched in its meta data only, from its first words', () => {
    const excerpt = readerExcerpt(
      { content: 'Solutions Architect. Designs systems.', locations: [] },
      {
        words: ['csaa'],
        lastIsWhole: true,
      },
    );
    expect(text(excerpt)).toBe('Solutions Architect. Designs systems.');
  });
});

describe('search state in the URL', () => {
  it('reads the query and filters, dropping junk and folding the old tier parameter into category', () => {
    const state = searchStateFromUrl('?q=%20%20dynamo%0A%20db&tier=Associate&category=Associate&status=&role=x');
    expect(state).toEqual({ query: 'dynamo db', filters: { category: ['Associate'], role: ['x'] } });
    expect(searchQueryString(state)).toBe('?q=dynamo+db&category=Associate&role=x');
    expect(hasSearchInput(searchStateFromUrl(''))).toBe(false);
  });

  it('cuts a hostile, very long query instead of rejecting it', () => {
    const query = normaliseQuery(`${'<script>'.repeat(100)}`);
    expect(query.length).toBe(MAX_QUERY_LENGTH);
  });

  it('announces counts in words a screen reader can say, and shortens long queries', () => {
    expect(resultSummary(2, 'cheapest', 'Exam fees, cheapest first')).toBe(
      'Answer: Exam fees, cheapest first. 2 results for “cheapest”.',
    );
    expect(resultSummary(0, 'beginner', 'Start with a Foundational exam')).toBe(
      'Answer: Start with a Foundational exam. No pages for “beginner” beyond it.',
    );
    expect(resultSummary(1, 'sap')).toBe('1 result for “sap”.');
    expect(resultSummary(3, '')).toBe('3 results.');
    expect(resultSummary(0, 'x')).toMatch(/^No results for “x”\. Try an exam code/);
    expect(resultSummary(2, 'a'.repeat(80))).toBe(`2 results for “${'a'.repeat(57)}…”.`);
  });
});
