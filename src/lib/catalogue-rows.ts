import { tiers } from '../schemas/enums';
import { totalQuestions, type Cert } from './catalog';
import type { CatalogueRow } from './catalogue-view';

const statusRank = { active: 0, beta: 1, retiring: 2, retired: 3 } as const;

/** The sortable values of one certification's catalogue row. */
export function catalogueRow(cert: Cert): CatalogueRow {
  return {
    slug: cert.slug,
    tier: cert.tier,
    status: cert.status,
    values: {
      name: cert.shortName,
      code: cert.examCode,
      tier: tiers.indexOf(cert.tier),
      status: statusRank[cert.status],
      minutes: cert.exam.minutes,
      questions: totalQuestions(cert),
      price: cert.exam.priceUsd,
      passingScore: cert.exam.passingScore,
    },
  };
}
