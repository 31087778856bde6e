import { getCollection } from 'astro:content';
import type { Cert } from '../../../src/lib/catalog';

/** The real certifications and roles, as the site builds them. */
export async function realCatalogue() {
  const certs: Cert[] = (await getCollection('certifications')).map((e) => ({ ...e.data, slug: e.id }));
  const roles = (await getCollection('roles')).map((e) => e.data);
  return { certs, roles };
}
