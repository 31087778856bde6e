import { createHash } from 'node:crypto';

/** Lower-case words only, so punctuation and spacing changes do not hide a copied sentence. */
export const normaliseSentence = (sentence: string): string =>
  sentence
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();

/** The normalised sentences of a text that are long enough to be distinctive (six words or more). */
export const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?:])\s+|\n+/)
    .map(normaliseSentence)
    .filter((s) => s.split(' ').length >= 6);

/** A sentence's fingerprint: the test keeps these, never the seed's words. */
export const fingerprint = (sentence: string): string =>
  createHash('sha256').update(sentence).digest('hex').slice(0, 16);
