import { getCollection } from 'astro:content';
import { resolveCertification, type Cert } from '../../../src/lib/catalogue/catalogue';
import { TEST_DAY } from './certs';

/** The real certifications (as the site builds them on `today`) and roles. */
export async function realCatalogue(today: string = TEST_DAY) {
  const certs: Cert[] = (await getCollection('certifications')).map((e) => resolveCertification(e.id, e.data, today));
  const roles = (await getCollection('roles')).map((e) => e.data);
  return { certs, roles };
}
