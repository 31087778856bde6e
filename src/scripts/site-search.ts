// The <site-search> element of src/components/SiteSearch.astro.
/**
 * Opens the search dialog; loads its code and the index only when the reader shows intent. Close and Esc need no
 * script (a dialog form, and the browser), so the dialog closes even when its code could not load.
 */
class SiteSearch extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('.search-link');
    const dialog = this.querySelector('dialog');
    const kbd = this.querySelector<HTMLElement>('kbd');
    const failed = this.querySelector<HTMLElement>('[data-load-failed]');
    if (!link || !dialog || !failed) return;
    if (kbd && /Mac|iPhone|iPad/.test(navigator.platform)) kbd.textContent = '⌘ K';
    // Undefined when the code could not load. Not kept: the browser keeps a loaded module, and fetches a failed one
    // again on the next import() (src/scripts/lazy-module.ts), so the next open tries again. lazy-module.ts itself
    // would put a shared chunk on every page, over the reading pages' 1 KB (tests/e2e/budgets.spec.ts).
    const load = () =>
      import('./search-ui').then(
        (ui) => (ui.prepare(this), ui),
        () => undefined,
      );
    const open = () => {
      if (!dialog.open) dialog.showModal();
      return load().then((ui) => {
        // The notice in the dialog says that search could not load, and where the catalogue is.
        failed.hidden = !!ui;
        ui?.attach(dialog, this);
      });
    };
    // Its Try again button, or any click in it, tries again: one property, the fewest bytes on every page.
    failed.onclick = () => void open();
    for (const type of ['pointerenter', 'focus', 'touchstart'])
      link.addEventListener(type, () => void load(), { once: true, passive: true });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void open();
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement | null;
      // The box of a dialog just closed with Esc can keep focus for a moment after it is hidden: that is not typing.
      const inClosedDialog = !dialog.open && !!target && dialog.contains(target);
      const typing = !inClosedDialog && !!target?.closest('input, textarea, select, [contenteditable="true"]');
      if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        if (dialog.open) dialog.close();
        else void open();
      } else if (event.key === '/' && !typing && !dialog.open) {
        event.preventDefault();
        void open();
      }
    });
  }
}
customElements.define('site-search', SiteSearch);
