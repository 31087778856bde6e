/** The reader's colour-theme choice: follow the system, or force one. */
export type ThemeChoice = 'auto' | 'light' | 'dark';

/** Reads a stored choice; anything unknown means auto. */
export const readTheme = (stored: string | null): ThemeChoice =>
  stored === 'light' || stored === 'dark' ? stored : 'auto';

/** The toggle cycles auto → light → dark → auto. */
export const nextTheme = (current: ThemeChoice): ThemeChoice =>
  current === 'auto' ? 'light' : current === 'light' ? 'dark' : 'auto';
