import { refusal } from '../../platform/errors/index.js';

/** What one vote is checked against: the room's rules and its merge chains at this instant. */
export interface BallotRules {
  budget: number;
  /** Most dots one participant may put on one idea, counted over its whole merge chain. */
  cap: number;
  /** Each idea of the dialogue → the idea at the end of its merge chain. */
  ends: Map<number, number>;
  /** Ideas hidden by the facilitator: no new dots on a chain that ends in one. */
  hidden: Set<number>;
}

export interface VoteResult {
  ideaId: number;
  dots: number;
  dotsLeft: number;
}

/**
 * Applies one vote to a participant's dots (idea → dots, changed in place) and returns what the
 * phone is told. Throws the refusal (budget, cap, hidden, nothing to take back) and changes nothing
 * then. Pure: the queue runs a whole batch of votes through it before writing once.
 */
export function applyVote(
  rules: BallotRules,
  mine: Map<number, number>,
  ideaId: number,
  delta: number,
): VoteResult {
  const end = rules.ends.get(ideaId);
  if (end === undefined) throw refusal('not_found', { what: `idea ${ideaId}` });
  if (delta > 0 && rules.hidden.has(end)) throw refusal('idea_hidden', { ideaId: end });
  let spent = 0;
  let onGroup = 0;
  const group: number[] = [];
  for (const [votedId, dots] of mine) {
    spent += dots;
    if (rules.ends.get(votedId) === end) {
      onGroup += dots;
      group.push(votedId);
    }
  }
  if (delta > 0) {
    if (spent + delta > rules.budget) throw refusal('over_budget', { used: spent, budget: rules.budget });
    if (onGroup + delta > rules.cap) throw refusal('over_idea_cap', { cap: rules.cap });
    mine.set(end, (mine.get(end) ?? 0) + delta);
  } else {
    if (onGroup < -delta) throw refusal('no_dots_to_remove', { dots: onGroup });
    // Taken back from the idea itself first, then from what was merged into it (oldest id first).
    group.sort((a, b) => (a === end ? -1 : b === end ? 1 : a - b));
    let toRemove = -delta;
    for (const votedId of group) {
      if (toRemove <= 0) break;
      const held = mine.get(votedId) ?? 0;
      const taken = Math.min(held, toRemove);
      if (held - taken > 0) mine.set(votedId, held - taken);
      else mine.delete(votedId);
      toRemove -= taken;
    }
  }
  return { ideaId: end, dots: onGroup + delta, dotsLeft: rules.budget - spent - delta };
}
