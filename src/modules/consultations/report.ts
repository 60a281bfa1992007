import type { OpinionGroupsResult } from './math/engine.js';

/**
 * The opinion groups in the open shape the CLI prints and the app exports: ids are the
 * participants' and statements' own (Pol.is's participant and comment ids when read from its
 * export), shares are fractions 0…1 rounded to 4 places.
 */
export interface OpinionGroupsReport {
  groups: Array<{ group_id: number; participant_ids: string[] }>;
  representative: Record<
    string,
    Array<{
      statement_id: string;
      direction: 'agree' | 'disagree';
      group_share: number;
      rest_share: number;
      repness: number;
      repness_test: number;
      probability: number;
      probability_test: number;
      significant: boolean;
    }>
  >;
  consensus: Array<{
    statement_id: string;
    direction: 'agree' | 'disagree';
    consensus: number;
    group_shares: number[];
  }>;
  divisive: Array<{ statement_id: string; divisiveness: number; group_net: number[] }>;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

export function opinionGroupsReport(
  result: OpinionGroupsResult,
  participantIds: ReadonlyArray<string>,
  statementIds: ReadonlyArray<string>,
): OpinionGroupsReport {
  const representative: OpinionGroupsReport['representative'] = {};
  for (const group of result.groups) {
    representative[String(group.id)] = group.representative.map((item) => ({
      statement_id: statementIds[item.statement],
      direction: item.direction,
      group_share: round(item.groupShare),
      rest_share: round(item.restShare),
      repness: round(item.repness),
      repness_test: round(item.repnessZ),
      probability: round(item.probability),
      probability_test: round(item.probabilityZ),
      significant: item.significant,
    }));
  }
  return {
    groups: result.groups.map((group) => ({
      group_id: group.id,
      participant_ids: group.members.map((row) => participantIds[row]),
    })),
    representative,
    consensus: result.consensus.map((item) => ({
      statement_id: statementIds[item.statement],
      direction: item.direction,
      consensus: round(item.consensus),
      group_shares: item.groupShares.map(round),
    })),
    divisive: result.divisive.map((item) => ({
      statement_id: statementIds[item.statement],
      divisiveness: round(item.divisiveness),
      group_net: item.groupNet.map(round),
    })),
  };
}
