import { describe, expect, it } from 'vitest';
import {
  certificationsCovering,
  coverageCounts,
  groupByCategory,
  nextSteps,
  sortCertifications,
} from '../../src/lib/catalogue/catalogue';
import { makeCert, makeRole } from './helpers/certs';

const clf = makeCert('clf', {
  category: 'foundational',
  shortName: 'Cloud Practitioner',
  coveredServices: ['s3', 'ec2'],
});
const saa = makeCert('saa', { shortName: 'Solutions Architect', coveredServices: ['s3', 'vpc'], recommendedPrior: [] });
const dva = makeCert('dva', { shortName: 'Developer', coveredServices: ['lambda', 's3'] });
const sap = makeCert('sap', {
  category: 'professional',
  shortName: 'SA Pro',
  recommendedPrior: ['saa'],
  coveredServices: ['vpc'],
});
const das = makeCert('das', {
  category: 'specialty',
  shortName: 'Data Analytics',
  lastDay: '2024-04',
  successors: ['dva'],
  recommendedPrior: ['saa'],
  coveredServices: ['s3'],
});
const all = [das, sap, dva, saa, clf];

describe('catalogue queries', () => {
  it('orders by category, then available before retired, then name', () => {
    expect(sortCertifications(all).map((c) => c.slug)).toEqual(['clf', 'dva', 'saa', 'sap', 'das']);
  });

  it('groups into every category, keeping empty ones', () => {
    const groups = groupByCategory([clf, sap]);
    expect(groups.map((g) => [g.category, g.certifications.length])).toEqual([
      ['foundational', 1],
      ['associate', 0],
      ['professional', 1],
      ['specialty', 0],
      ['business', 0],
    ]);
  });

  it('computes status from the dates: the same entry is retiring before its last day and retired after it', () => {
    expect(das.status).toBe('retired');
    expect(makeCert('das', { lastDay: '2027-03-31' }).status).toBe('retiring');
    expect(makeCert('das', { lastDay: '2027-03-31' }, '2027-04-01').status).toBe('retired');
  });

  it('finds every certification covering a service, and counts coverage', () => {
    expect(certificationsCovering(all, 's3').map((c) => c.slug)).toEqual(['clf', 'dva', 'saa', 'das']);
    expect(certificationsCovering(all, 'nothing')).toEqual([]);
    expect(coverageCounts(all).get('vpc')).toBe(2);
  });

  it('suggests next steps from recommendations and role paths, never a retired exam', () => {
    const roles = [makeRole('architect', ['clf', 'saa', 'sap'])];
    expect(nextSteps(saa, all, roles).map((c) => c.slug)).toEqual(['sap']);
    expect(nextSteps(clf, all, roles).map((c) => c.slug)).toEqual(['saa']);
    expect(nextSteps(sap, all, roles)).toEqual([]);
  });
});
