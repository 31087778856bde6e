// The <site-search> element of src/components/SiteSearch.astro.
/** Opens the search dialog; loads its code and the index only when the reader shows intent. */
class SiteSearch extends HTMLElement {
  #ui: Promise<typeof import('./search-ui')> | undefined;

  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('.search-link');
    const dialog = this.querySelector('dialog');
    const kbd = this.querySelector<HTMLElement>('kbd');
    if (!link || !dialog) return;
    if (kbd && /Mac|iPhone|iPad/.test(navigator.platform)) kbd.textContent = '⌘ K';
    const load = () => (this.#ui ??= import('./search-ui').then((ui) => (ui.prepare(this), ui)));
    const open = async () => {
      if (!dialog.open) dialog.showModal();
      (await load()).attach(dialog, this);
    };
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
