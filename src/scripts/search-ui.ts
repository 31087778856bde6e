/*
 * The one entry point of the search code, loaded on intent by the header and by /search/. A single
 * dynamic entry keeps it one chunk, so nothing else (no preload helper) ships before interaction.
 */
export { attach, prepare } from './search-dialog';
export { attachSearchPage } from './search-page';
