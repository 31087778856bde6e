/*
 * The path finder's experience levels (content/path-finder.yaml), kept free of other imports: the form's small script
 * uses them with the levels the page hands it.
 */
import type { ExperienceLevel } from '../../schemas/path-finder.ts';

/** What placing a reader needs of a level: its id and the years it starts from. */
export type LevelBoundary = Pick<ExperienceLevel, 'id' | 'fromYears'>;

/** The level a number of years falls in: the last whose fromYears it reaches (the first for a negative or no figure). */
export function experienceLevel<Level extends LevelBoundary>(
  years: number,
  levels: readonly Level[],
): Level | undefined {
  const known = years >= 0 ? years : 0;
  return levels.findLast((level) => known >= level.fromYears) ?? levels[0];
}
