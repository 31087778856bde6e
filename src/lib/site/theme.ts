/** The reader's colour-theme choice: follow the system, or force one. */
export type ThemeChoice = 'auto' | 'light' | 'dark';

/** Reads a stored choice; anything unknown means auto. */
export const readTheme = (stored: string | null): ThemeChoice =>
  stored === 'light' || stored === 'dark' ? stored : 'auto';

/** The toggle cycles auto → light → dark → auto. */
export const nextTheme = (current: ThemeChoice): ThemeChoice =>
  current === 'auto' ? 'light' : current === 'light' ? 'dark' : 'auto';

/**
 * Runs in <head> before first paint so a stored choice applies without a flash. The
 * Content-Security-Policy allows it by its SHA-256 hash (src/build/security-headers.ts), so any
 * change here must be followed by `npm run headers`.
 */
export const themeBootScript = `try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/** Where the choice is kept; may be missing, or throw on use, when a browser blocks storage. */
export type ThemeStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The stored choice, or auto when storage is blocked or holds anything else. */
export function storedTheme(storage: () => ThemeStorage | undefined): ThemeChoice {
  try {
    return readTheme(storage()?.getItem('theme') ?? null);
  } catch {
    return 'auto';
  }
}

/** Keeps the choice for later visits; returns false (and changes nothing) when storage is blocked. */
export function storeTheme(storage: () => ThemeStorage | undefined, theme: ThemeChoice): boolean {
  try {
    const store = storage();
    if (!store) return false;
    if (theme === 'auto') store.removeItem('theme');
    else store.setItem('theme', theme);
    return true;
  } catch {
    return false;
  }
}
