/**
 * The scope strings stored in `synthesis_*.scope` (shared: cycles read them too): `CL` for the nation, a region's code
 * (`CL-BI`), or `ciclo-<id>` for the dialogues attached to an annual cycle's phases.
 */

/** The nation's scope code; a region's scope is its code. */
export const NATION = 'CL';

/** Every well-formed scope (whether it exists is the policy's question). */
export const scopePattern = /^(CL(-[A-Z]{2})?|ciclo-[1-9][0-9]{0,8})$/;

const cyclePattern = /^ciclo-([1-9][0-9]{0,8})$/;
const regionPattern = /^CL-[A-Z]{2}$/;

/** The scope of an annual cycle's themes. */
export const cycleScope = (cycleId: number) => `ciclo-${cycleId}`;

/** The cycle a scope stands for, or null for a region or the nation. */
export function cycleOfScope(scope: string): number | null {
  const match = cyclePattern.exec(scope);
  return match ? Number(match[1]) : null;
}

/** The region a scope stands for, or null for the nation and cycles (both span regions). */
export const regionOfScope = (scope: string): string | null => (regionPattern.test(scope) ? scope : null);
