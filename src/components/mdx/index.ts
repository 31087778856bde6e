/* Components guides can use without importing them: counts and lists computed from the catalogue, each exam's
   format, question types, pass mark and domain weights from its certification file, and the programme's figures from
   content/programme.yaml. */
import CategoryCerts from './CategoryCerts.astro';
import CertCount from './CertCount.astro';
import CountsByCategory from './CountsByCategory.astro';
import DomainWeights from './DomainWeights.astro';
import ExamFormat from './ExamFormat.astro';
import ExamFormats from './ExamFormats.astro';
import FeeExample from './FeeExample.astro';
import LatestBeta from './LatestBeta.astro';
import NewestCertification from './NewestCertification.astro';
import PassingScores from './PassingScores.astro';
import ProgrammeFact from './ProgrammeFact.astro';
import QuestionTypesTable from './QuestionTypesTable.astro';
import StandardFees from './StandardFees.astro';

export const guideComponents = {
  CategoryCerts,
  CertCount,
  CountsByCategory,
  DomainWeights,
  ExamFormat,
  ExamFormats,
  FeeExample,
  LatestBeta,
  NewestCertification,
  PassingScores,
  ProgrammeFact,
  QuestionTypesTable,
  StandardFees,
};
