/**
 * Loads a lazily imported chunk and hands it to `use`. When it cannot load (a dropped connection, or a tab opened
 * before a deploy), the first load-failure notice inside `root` (src/views/load-failed.ts) shows in place and its
 * button tries again; a later load hides it. Nothing is cached, so every attempt fetches afresh: Chromium 156 keeps no
 * failed module in its module map and fetches the chunk (or its failed dependency) again on the next import(), and
 * deploys keep the old hashed chunks (src/build/deploy-plan.ts), so retrying in place is enough, no reload needed
 * (measured with page.route aborting a chunk once; tests/e2e/lazy-failures.spec.ts).
 */
export function loadInPlace<T>(root: Element, load: () => Promise<T>, use: (module: T) => unknown): Promise<void> {
  const notice = root.querySelector<HTMLElement>('[data-load-failed]');
  const attempt = (): Promise<void> =>
    load().then(
      (module) => {
        if (notice) notice.hidden = true;
        use(module);
      },
      () => {
        if (!notice) return;
        notice.hidden = false;
        // A property, not a listener: however often it fails, the button runs one attempt.
        const again = notice.querySelector('button');
        if (again) again.onclick = () => void attempt();
      },
    );
  return attempt();
}
