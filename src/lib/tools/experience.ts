/*
 * Experience levels of the path finder, kept free of other imports: the result pages' small script uses them.
 */

/** How much hands-on AWS experience the reader has, in the path finder's three steps. */
export const experienceLevels = ['none', 'some', 'experienced'] as const;
export type ExperienceLevel = (typeof experienceLevels)[number];

export const experienceLabels: Record<ExperienceLevel, string> = {
  none: 'None yet',
  some: 'Under two years',
  experienced: 'Two years or more',
};

/** Years of experience that stand for each level when a result page is pre-rendered. */
export const representativeYears: Record<ExperienceLevel, number> = { none: 0, some: 1, experienced: 2 };

/** Which level a number of years falls in. */
export function experienceLevel(years: number): ExperienceLevel {
  if (!(years >= 0.5)) return 'none';
  return years < 2 ? 'some' : 'experienced';
}
