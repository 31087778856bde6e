import { z } from 'astro/zod';

/** A host the content must never link to (content/blocked-hosts.yaml). */
export const blockedHostSchema = z.object({
  /** The host name; its subdomains are blocked too. */
  host: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, {
    error: (i) => `expected a host name such as "example.com", found ${JSON.stringify(i.input)}`,
  }),
  /** What it sells or hosts, in a few words. */
  reason: z.string().min(5),
});
