import { buildVoteMatrix, type VoteMatrix } from './math/matrix.js';

/**
 * The votes of a consultation as the engine reads them: rows are its participants in order of
 * joining, columns its published statements (and those withdrawn after people voted on them, as
 * moderated out), in order of id.
 */
export interface ConsultationMatrix {
  matrix: VoteMatrix;
  participantIds: number[];
  statementIds: number[];
  excluded: Set<number>;
}

export function consultationMatrix(
  participantIds: number[],
  statements: ReadonlyArray<{ id: number; status: string }>,
  votes: ReadonlyArray<{ participant_id: number; statement_id: number; vote: number }>,
): ConsultationMatrix {
  const voted = new Set(votes.map((vote) => vote.statement_id));
  const columns = statements.filter((statement) => statement.status === 'shown' || voted.has(statement.id));
  const statementIds = columns.map((statement) => statement.id);
  const excluded = new Set<number>();
  columns.forEach((statement, index) => {
    if (statement.status !== 'shown') excluded.add(index);
  });
  const rowOf = new Map(participantIds.map((id, index) => [id, index]));
  const colOf = new Map(statementIds.map((id, index) => [id, index]));
  const rows: number[] = [];
  const cols: number[] = [];
  const values: number[] = [];
  for (const vote of votes) {
    const row = rowOf.get(vote.participant_id);
    const col = colOf.get(vote.statement_id);
    if (row === undefined || col === undefined) continue;
    rows.push(row);
    cols.push(col);
    values.push(vote.vote);
  }
  return {
    matrix: buildVoteMatrix(participantIds.length, statementIds.length, rows, cols, values),
    participantIds,
    statementIds,
    excluded,
  };
}
