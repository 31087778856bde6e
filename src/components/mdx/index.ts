/* Components guides can use without importing them: counts and lists computed from the catalogue, and the
   programme's figures from content/programme.yaml. */
import CategoryCerts from './CategoryCerts.astro';
import CertCount from './CertCount.astro';
import CountsByCategory from './CountsByCategory.astro';
import FeeExample from './FeeExample.astro';
import LatestBeta from './LatestBeta.astro';
import NewestCertification from './NewestCertification.astro';
import ProgrammeFact from './ProgrammeFact.astro';
import StandardFees from './StandardFees.astro';

export const guideComponents = {
  CategoryCerts,
  CertCount,
  CountsByCategory,
  FeeExample,
  LatestBeta,
  NewestCertification,
  ProgrammeFact,
  StandardFees,
};
