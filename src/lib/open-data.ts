import type { Service } from '../schemas/service';
import type { Cert } from './catalog';

/** Bumped when the shape of the published data changes incompatibly. */
export const OPEN_DATA_VERSION = '1.0.0';

/** The published catalogue: every certification's facts, as validated by the content schema. */
export interface CertificationsDocument {
  version: string;
  generatedOn: string;
  licence: string;
  certifications: Cert[];
}

export const DATA_LICENCE = 'CC-BY-4.0';

/** The document behind /data/certifications.json. */
export function certificationsDocument(certs: readonly Cert[], generatedOn: Date): CertificationsDocument {
  return {
    version: OPEN_DATA_VERSION,
    generatedOn: generatedOn.toISOString().slice(0, 10),
    licence: DATA_LICENCE,
    certifications: [...certs],
  };
}

/** The document behind /data/services.json. */
export function servicesDocument(services: readonly Service[], certs: readonly Cert[], generatedOn: Date) {
  return {
    version: OPEN_DATA_VERSION,
    generatedOn: generatedOn.toISOString().slice(0, 10),
    licence: DATA_LICENCE,
    services: services.map((service) => ({
      ...service,
      coveredBy: certs.filter((c) => c.coveredServices.includes(service.id)).map((c) => c.slug),
    })),
  };
}
