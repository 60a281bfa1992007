import type { Generated } from 'kysely';

/** A guide of ordered questions, maintained by the national team and reused in every region. */
export interface InterviewGuideTable {
  id: Generated<number>;
  title: string;
  description: string | null;
  created_by: number | null;
  created_at: string;
}

export interface InterviewGuideQuestionTable {
  id: Generated<number>;
  guide_id: number;
  position: number;
  text: string;
}

export interface InterviewTable {
  id: Generated<number>;
  actor_id: number;
  guide_id: number;
  region_code: string; // the actor's region at the time of the interview
  interviewer: string;
  date: string; // YYYY-MM-DD
  notes: string | null;
  created_by: number | null;
  created_at: string;
}

export interface InterviewAnswerTable {
  id: Generated<number>;
  interview_id: number;
  question_id: number;
  text: string;
}

/** A qualitative code of the national codebook. */
export interface InterviewCodeTable {
  id: Generated<number>;
  label: string;
  description: string | null;
  created_at: string;
}

/** A code applied to a passage [start, end) of an answer; the passage text is kept as quoted. */
export interface CodedPassageTable {
  id: Generated<number>;
  answer_id: number;
  code_id: number;
  start_offset: number;
  end_offset: number;
  passage: string;
  created_by: number | null;
  created_at: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    interview_guides: InterviewGuideTable;
    interview_guide_questions: InterviewGuideQuestionTable;
    interviews: InterviewTable;
    interview_answers: InterviewAnswerTable;
    interview_codes: InterviewCodeTable;
    coded_passages: CodedPassageTable;
  }
}
