/* Components guides can use without importing them: counts and lists computed from the catalogue. */
import CategoryCerts from './CategoryCerts.astro';
import CertCount from './CertCount.astro';
import CountsByCategory from './CountsByCategory.astro';
import LatestBeta from './LatestBeta.astro';
import NewestCertification from './NewestCertification.astro';

export const guideComponents = { CategoryCerts, CertCount, CountsByCategory, LatestBeta, NewestCertification };
