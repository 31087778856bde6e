import { categories } from '../schemas/enums.ts';
import { statusOrder, totalQuestions, type Cert } from './catalogue.ts';
import type { CatalogueRow } from './catalogue-view.ts';

/** The sortable values of one certification's catalogue row; a fact AWS has not published is null and sorts last. */
export function catalogueRow(cert: Cert): CatalogueRow {
  const { format } = cert.exam;
  return {
    slug: cert.slug,
    category: cert.category,
    status: cert.status,
    values: {
      name: cert.shortName,
      code: cert.examCode,
      category: categories.indexOf(cert.category),
      status: statusOrder(cert.status),
      minutes: format.minutes ?? null,
      questions: totalQuestions(format) ?? null,
      price: format.priceUsd ?? null,
      passingScore: format.passingScore ?? null,
    },
  };
}
