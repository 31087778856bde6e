/*
 * Answers to the questions readers type into search ("which exam first", "cheapest", "SAA expire", "SAA vs DVA"),
 * computed from the data. The build publishes the slice of the catalogue they need (/data/search-answers/index.json, made
 * by search-answer-data.ts); this module reads a query against it: which question it asks, which exams it names.
 * answer-builders.ts builds the answer as plain data, which src/views/search-answer.ts renders. Neither imports
 * a content collection or routes, so the browser and the build run the same code: the dialog, /search/ and the
 * built answer pages give the same answer. This part is small, as every search reads the query; the answer's code
 * loads only when a query asks a question.
 */
import type { Category, DeliveryMode, Status } from '../../schemas/enums.ts';

/** The questions search answers from the data, in the order a tie between two of them is settled. */
export const answerKinds = [
  'start',
  'price',
  'voucher',
  'validity',
  'retake',
  'languages',
  'length',
  'passing-score',
  'delivery',
] as const;
export type AnswerKind = (typeof answerKinds)[number];

/** One certification as the answers need it. */
export interface AnswerExam {
  slug: string;
  /** Its short name, "Solutions Architect – Associate". */
  name: string;
  /** The code of the exam a reader would sit (or the one its page leads with). */
  code: string;
  href: string;
  category: Category;
  status: Status;
  /** True while its exam can be booked (standard or beta). */
  bookable: boolean;
  /** Every name a reader may call it by: title, short name, aliases and former names. */
  names: string[];
  /** Every exam and booking code it has used, newest first. */
  codes: string[];
  /** The fee a candidate pays today (in beta, the beta's). */
  priceUsd?: number;
  /** The standard exam's fee, when the exam is in beta and it differs. */
  standardUsd?: number;
  minutes?: number;
  questions?: number;
  scoredQuestions?: number;
  passingScore?: number;
  languages?: string[];
  delivery?: DeliveryMode[];
  /** Slugs of the certifications whose latest exam renews this one. */
  renewedBy: string[];
  /** Figures AWS's own pages disagree on, with every reading (the figure above is the exam guide's). */
  disputed?: Partial<Record<DisputedFigure, number[]>>;
}

/** The figures an answer groups by that AWS's pages may disagree on. */
export type DisputedFigure = 'minutes' | 'priceUsd' | 'passingScore';

/** A link with its words. */
export interface AnswerLink {
  label: string;
  href: string;
}

/** Where the answers send a reader next; a guide may be missing from a catalogue. */
export interface AnswerLinks {
  catalogue: AnswerLink;
  planner: AnswerLink;
  pathFinder: AnswerLink;
  /** The guide to choosing a first certification. */
  choosing?: AnswerLink | undefined;
  /** The guide to validity, renewal and costs. */
  costs?: AnswerLink | undefined;
  /** The guide to how exams work (scoring, retakes, delivery). */
  examsWork?: AnswerLink | undefined;
}

/** What /data/search-answers/index.json holds: everything the answers read, nothing more. */
export interface SearchAnswerDocument {
  generatedOn: string;
  /** Every certification, in catalogue order. */
  exams: AnswerExam[];
  /** The categories in order, each with its one-line summary, page and standard fee. */
  categories: { id: Category; summary: string; href: string; feeUsd?: number }[];
  programme: { validityYears: number; voucherPercentOff: number; retakeWaitDays: number; afterPassYears: number };
  links: AnswerLinks;
  /** The pairs with a comparison page of their own: [slug, slug, address]. */
  pairs: [string, string, string][];
  /** The comparison tool's address for a choice of certifications, to which their slugs are appended with commas. */
  compareWith: string;
  /** Most certifications one comparison shows. */
  maxCompared: number;
}

/** One exam in an answer: its name (a link), the figures that answer the question, and "beta" where it is one. */
export interface AnswerItem {
  label: string;
  href: string;
  detail?: string | undefined;
  beta?: boolean | undefined;
}

/** An answer ready to render: a title, a sentence or two, groups of exams, and where to go next. */
export interface SearchAnswer {
  kind: AnswerKind | 'compare';
  title: string;
  summary: string[];
  groups: { heading: string; items: AnswerItem[] }[];
  /** The first place to go next (Enter in the search box opens it). */
  primary: AnswerLink;
  more: AnswerLink[];
}

/** What a query names: a question, exams, a category, a language, and whether it asks to compare. */
export interface QueryReading {
  kind: AnswerKind | undefined;
  exams: AnswerExam[];
  category: Category | undefined;
  /** The languages of the data a named language stands for ("chinese" → Simplified Chinese); empty if none. */
  languages: string[];
  /** The language as the reader named it, capitalised ("German"), also when no exam is recorded in it. */
  languageNamed: string | undefined;
  compare: boolean;
  /** The query for the page index: exam codes typed loosely ("saa c3") written as the code ("SAA-C03"). */
  indexQuery: string;
}

/** A question each kind of answer stands for: the heading of its built page and of its link on /search/. */
export const answerQuestions: Record<AnswerKind, string> = {
  start: 'Which AWS certification should I take first?',
  price: 'What does each AWS exam cost?',
  voucher: 'Is there a discount on AWS exams?',
  validity: 'How long does an AWS certification last, and how do I renew it?',
  retake: 'What happens if I fail an AWS exam?',
  languages: 'Which languages are AWS exams offered in?',
  length: 'How long is an AWS exam?',
  'passing-score': 'What score do I need to pass?',
  delivery: 'Can I take an AWS exam online or at a test centre?',
};

/**
 * Words and phrases that ask each question, with how strongly: a word that can only mean the question weighs 3, a
 * word that often does 2, a vague one 1. The kind with the highest sum wins. Typed as readers type them; the
 * voucher's percentage comes from the data.
 */
const kindPhrases: Record<AnswerKind, Record<string, number>> = {
  start: {
    beginner: 3,
    beginners: 3,
    'entry level': 3,
    entry: 2,
    first: 2,
    'first certification': 3,
    'which exam first': 3,
    start: 2,
    'start with': 3,
    'where to start': 3,
    starting: 2,
    newbie: 3,
    newcomer: 3,
    'new to aws': 3,
    'new to cloud': 3,
    easiest: 3,
    'no experience': 3,
  },
  price: {
    cheapest: 3,
    cheap: 3,
    price: 3,
    prices: 3,
    pricing: 3,
    cost: 3,
    costs: 3,
    fee: 3,
    fees: 3,
    'how much': 3,
    expensive: 3,
    usd: 2,
    dollars: 2,
  },
  voucher: {
    discount: 3,
    discounts: 3,
    voucher: 3,
    vouchers: 3,
    'half price': 3,
    coupon: 3,
    promo: 3,
  },
  validity: {
    expire: 3,
    expires: 3,
    expiry: 3,
    expiration: 3,
    expired: 3,
    renew: 3,
    renewal: 3,
    renewing: 3,
    recertification: 3,
    recertify: 3,
    recert: 3,
    validity: 3,
    valid: 3,
    last: 2,
    lasts: 3,
    'keep it': 2,
  },
  retake: {
    retake: 3,
    retakes: 3,
    retaking: 3,
    resit: 3,
    're sit': 3,
    failed: 3,
    fail: 3,
    failing: 3,
    'try again': 3,
    'second attempt': 3,
    attempts: 2,
  },
  languages: { language: 3, languages: 3 },
  length: {
    'how long': 2,
    long: 1,
    minutes: 3,
    duration: 3,
    length: 3,
    'how many questions': 3,
    questions: 2,
    'number of questions': 3,
    'time limit': 3,
    hours: 2,
  },
  'passing-score': {
    'passing score': 3,
    'pass score': 3,
    'pass mark': 3,
    'passing mark': 3,
    score: 3,
    scores: 3,
    scoring: 3,
    passing: 2,
    'to pass': 2,
    'minimum score': 3,
  },
  delivery: {
    online: 3,
    proctored: 3,
    proctor: 3,
    proctoring: 3,
    pearson: 3,
    'pearson vue': 3,
    vue: 3,
    onvue: 3,
    'test centre': 3,
    'test center': 3,
    'testing centre': 3,
    'testing center': 3,
    'at home': 3,
    'from home': 3,
    remote: 3,
    'in person': 3,
  },
};

/** Phrases that contain a question's word but ask something else: a service, a topic, a study resource. */
const notQuestions = [
  'cost explorer',
  'cost optimization',
  'cost optimisation',
  'cost optimized',
  'cost optimised',
  'cost and usage',
  'cost management',
  'cost allocation',
  'cost anomaly',
  'sample questions',
  'sample question',
  'practice questions',
  'practice question',
  'question set',
  'last day',
  'free tier',
  'long term',
];

/** Words a question is built with that say nothing of what it asks about. */
const littleWords = new Set([
  'a',
  'an',
  'the',
  'is',
  'are',
  'do',
  'does',
  'how',
  'what',
  'which',
  'can',
  'i',
  'my',
  'of',
  'to',
  'for',
  'in',
  'on',
]);

/** True for a word a question is built with ("how", "the"), which a reader rarely searches for on its own. */
export const isLittleWord = (word: string): boolean => littleWords.has(word.toLowerCase());

/** Words that ask to put exams side by side. */
const compareWords = ['vs', 'versus', 'v', 'compare', 'comparison', 'difference', 'differences', 'between', 'or'];

/**
 * Language names readers type, beyond those the data records, so "german" is understood as a language question
 * (answered with the exams we know the languages of) rather than searched as a word.
 */
const languageNames = [
  'english',
  'japanese',
  'korean',
  'chinese',
  'mandarin',
  'spanish',
  'portuguese',
  'french',
  'german',
  'italian',
  'indonesian',
  'arabic',
  'thai',
  'vietnamese',
  'hindi',
  'russian',
  'turkish',
  'dutch',
  'polish',
];

/** Category words a reader may use on their own ("security specialty vs professional"). */
const categoryWords: Record<string, Category> = {
  foundational: 'foundational',
  foundation: 'foundational',
  associate: 'associate',
  professional: 'professional',
  pro: 'professional',
  specialty: 'specialty',
  speciality: 'specialty',
  business: 'business',
};

/** Lower-case words of a query, accents folded; "50 %" and "50%" read alike, and hyphens split words. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(\d)\s*%/g, '$1%')
    .split(/[^a-z0-9%]+/)
    .filter(Boolean);
}

const key = (text: string) => queryWords(text).join(' ');

/** Single words that may start a question, a comparison or a language: the part of the dictionary that is code. */
let questionWords: Set<string> | undefined;

/**
 * The question a query of one word asks on its own ("cheapest", "retake", "beginner"), or undefined. Its answer is
 * the same whatever the data names, so the build writes it as a file of its own (/data/search-answers/<kind>.json)
 * and the browser fetches that alone: neither the answers' data nor their code.
 */
export function questionOfWord(query: string): AnswerKind | undefined {
  const words = queryWords(query);
  const [word] = words;
  if (words.length !== 1 || !word) return undefined;
  return answerKinds.find((kind) => kindPhrases[kind][word] !== undefined);
}

/**
 * Whether reading the query needs the answers' data: it has two words or more (two exams named together, a name of
 * several words, a question), a figure (a code typed loosely, "50%"), or a word that may start a question, name a
 * language or a category, or compare. A single plain word ("dynamodb", "sysops", "clf") is searched as it is, and a
 * word that is a question on its own has its answer built already (questionOfWord): the data is not fetched for them.
 */
export function needsAnswers(query: string): boolean {
  const words = queryWords(query);
  if (words.length !== 1) return words.length > 1;
  if (questionOfWord(query)) return false;
  questionWords ??= new Set(
    [
      ...Object.values(kindPhrases).flatMap((phrases) => Object.keys(phrases)),
      ...compareWords,
      ...languageNames,
      ...Object.keys(categoryWords),
    ].flatMap((phrase) => phrase.split(' ')),
  );
  const [word = ''] = words;
  return /\d|%/.test(word) || questionWords.has(word);
}

/** A name as the query reader matches it: its words, without a leading "AWS" or "AWS Certified". */
export const nameKey = (name: string): string => key(name).replace(/^aws (certified )?/, '');

/** The ways a code may be typed: "SAA-C03" as "saa c03", "saac03", "saa c3" and "saac3". */
function codeForms(code: string): string[] {
  const match = /^([A-Za-z0-9]{3})-C(\d{2})$/.exec(code);
  if (!match) return [key(code)];
  const [, family = '', version = ''] = match;
  const prefix = family.toLowerCase();
  const short = String(Number(version));
  return [`${prefix} c${version}`, `${prefix}c${version}`, `${prefix} c${short}`, `${prefix}c${short}`];
}

type Entry =
  | { type: 'exam'; slug: string }
  | { type: 'kind'; kind: AnswerKind; weight: number }
  | { type: 'category'; id: Category }
  | { type: 'language'; word: string }
  | { type: 'compare' }
  | { type: 'other' };

/** The dictionary a query is read against, built once per document. */
interface Dictionary {
  entries: Map<string, Entry>;
  longest: number;
  /** The exam code each loose form stands for ("saa c3" → "SAA-C03"). */
  codes: Map<string, string>;
}

const dictionaries = new WeakMap<SearchAnswerDocument, Dictionary>();

/** Every phrase the reader may type, from the data (names, codes) and from the question words above. */
function dictionaryOf(doc: SearchAnswerDocument): Dictionary {
  const cached = dictionaries.get(doc);
  if (cached) return cached;
  const entries = new Map<string, Entry>();
  const codes = new Map<string, string>();
  const longestOf = (phrase: string) => phrase.split(' ').length;
  let longest = 1;
  const put = (phrase: string, entry: Entry) => {
    if (!phrase) return;
    entries.set(phrase, entry);
    longest = Math.max(longest, longestOf(phrase));
  };
  for (const [kind, phrases] of Object.entries(kindPhrases) as [AnswerKind, Record<string, number>][])
    for (const [phrase, weight] of Object.entries(phrases)) put(phrase, { type: 'kind', kind, weight });
  put(`${doc.programme.voucherPercentOff}%`, { type: 'kind', kind: 'voucher', weight: 3 });
  put(`${doc.programme.voucherPercentOff}% off`, { type: 'kind', kind: 'voucher', weight: 3 });
  for (const phrase of notQuestions) put(phrase, { type: 'other' });
  for (const word of compareWords) put(word, { type: 'compare' });
  for (const [word, id] of Object.entries(categoryWords)) put(word, { type: 'category', id });
  const spoken = new Set([...languageNames, ...doc.exams.flatMap((e) => e.languages ?? []).flatMap(languageKeyWords)]);
  for (const word of spoken) put(word, { type: 'language', word });

  // Names and codes: a phrase that names two certifications names neither; a family's three letters ("saa") name it
  // only when no other certification's codes share them.
  const owners = new Map<string, Set<string>>();
  const own = (phrase: string, slug: string) => {
    if (!phrase) return;
    const set = owners.get(phrase) ?? new Set<string>();
    set.add(slug);
    owners.set(phrase, set);
  };
  for (const exam of doc.exams) {
    for (const name of exam.names) {
      own(key(name), exam.slug);
      own(nameKey(name), exam.slug);
    }
    for (const code of exam.codes) {
      for (const form of codeForms(code)) {
        own(form, exam.slug);
        codes.set(form, code);
      }
      own(code.slice(0, 3).toLowerCase(), exam.slug);
    }
  }
  for (const [phrase, slugs] of owners) {
    const [slug] = [...slugs];
    if (slugs.size === 1 && slug) put(phrase, { type: 'exam', slug });
  }
  const dictionary = { entries, longest, codes };
  dictionaries.set(doc, dictionary);
  return dictionary;
}

/** The words of a data language a reader may type: "Spanish (Latin America)" → spanish; "Simplified Chinese" → both. */
function languageKeyWords(label: string): string[] {
  return queryWords(label.replace(/\(.*?\)/g, ''));
}

/** Reads a query: which question it asks, which exams, category and language it names, and its index query. */
export function readQuery(query: string, doc: SearchAnswerDocument): QueryReading {
  const { entries, longest, codes } = dictionaryOf(doc);
  const words = queryWords(query);
  const bySlug = new Map(doc.exams.map((e) => [e.slug, e]));
  const weights = new Map<AnswerKind, number>();
  const exams: AnswerExam[] = [];
  let category: Category | undefined;
  let languageWord: string | undefined;
  let compare = false;
  const rewritten: string[] = [];
  let changed = false;
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let length = Math.min(longest, words.length - i); length > 0 && matched === 0; length--) {
      const phrase = words.slice(i, i + length).join(' ');
      const entry = entries.get(phrase);
      if (!entry) continue;
      matched = length;
      if (entry.type === 'exam') {
        const exam = bySlug.get(entry.slug);
        if (exam && !exams.includes(exam)) exams.push(exam);
        const code = codes.get(phrase);
        if (code) changed = true;
        rewritten.push(code ?? phrase);
      } else {
        if (entry.type === 'kind') weights.set(entry.kind, (weights.get(entry.kind) ?? 0) + entry.weight);
        else if (entry.type === 'category') category ??= entry.id;
        else if (entry.type === 'language') languageWord ??= entry.word;
        else if (entry.type === 'compare') compare = true;
        rewritten.push(phrase);
      }
    }
    if (matched === 0) {
      rewritten.push(words[i] ?? '');
      matched = 1;
    }
    i += matched;
  }
  const languages = languageWord
    ? [...new Set(doc.exams.flatMap((e) => e.languages ?? []))].filter((l) =>
        languageKeyWords(l).includes(languageWord ?? ''),
      )
    : [];
  if (languageWord) weights.set('languages', (weights.get('languages') ?? 0) + 3);
  let kind: AnswerKind | undefined;
  for (const candidate of answerKinds)
    if ((weights.get(candidate) ?? 0) > (kind ? (weights.get(kind) ?? 0) : 0)) kind = candidate;
  // A loose code is searched as the code itself; comparison words are dropped when exams are compared (no page holds
  // "vs"), and the little words of a question ("how long is the exam") when it has others: the index needs every
  // word on a page, and each word may fetch a chunk of the index. Any other query is searched exactly as typed.
  const comparing = exams.length >= 2 || (compare && exams.length === 1 && category !== undefined);
  // Two exams named by their letters ("SAA vs DVA") are searched by their names, which pages comparing them use.
  const named = exams.length >= 2 && !kind ? [...new Set(exams.flatMap((e) => queryWords(e.name)))] : rewritten;
  const searched = named.flatMap((w) => w.split(' ')).filter((w) => !(comparing && compareWords.includes(w)));
  const content = searched.filter((w) => !littleWords.has(w));
  const kept = content.length > 0 ? content : searched;
  const indexQuery =
    changed || named !== rewritten || kept.length < rewritten.join(' ').split(' ').length
      ? kept.join(' ')
      : query.trim();
  return {
    kind,
    exams,
    category,
    languages,
    languageNamed: languageWord ? languageWord.charAt(0).toUpperCase() + languageWord.slice(1) : undefined,
    compare: comparing,
    indexQuery,
  };
}
