import { html, type SafeHtml } from './html';

/**
 * The notice a lazily loaded tool shows in place when its code cannot load (src/scripts/lazy-module.ts unhides it and
 * wires its button). Hidden in the markup: a reader without JavaScript, or whose tool loaded, never sees it.
 */
export function renderLoadFailed(subject: string, more?: SafeHtml): SafeHtml {
  return html`<p class="notice" role="alert" data-load-failed hidden>
    ${subject} could not load: the connection dropped or the site was just updated. ${more}
    <button type="button">Try again</button>
  </p>`;
}
