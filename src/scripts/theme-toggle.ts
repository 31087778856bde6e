// The <theme-toggle> element of src/components/ThemeToggle.astro.
import { nextTheme, storedTheme, storeTheme, type ThemeChoice } from '../lib/site/theme';

/** The browser's storage; reading `localStorage` itself throws where storage is blocked. */
const storage = () => window.localStorage;

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const show = (theme: ThemeChoice) => {
      button.textContent = `Theme: ${theme}`;
      button.setAttribute('aria-label', `Colour theme: ${theme}. Change theme`);
    };
    let theme = storedTheme(storage);
    show(theme);
    // The theme changes for this page even where the browser will not let us remember it.
    button.addEventListener('click', () => {
      theme = nextTheme(theme);
      storeTheme(storage, theme);
      if (theme === 'auto') delete document.documentElement.dataset['theme'];
      else document.documentElement.dataset['theme'] = theme;
      show(theme);
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);
