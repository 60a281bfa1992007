/**
 * A small package whose every figure was counted by hand (see reports.test.ts): two dialogues, a
 * merge chain I4 → I3 → I2, votes on merged ideas, an idea with no dots (I5), tied ideas (I1, I6),
 * a participant with no organisation (P3).
 */
export const handPackage = {
  'dialogues.csv':
    'dialogue_id,region_code,title,date,dots_per_participant,max_dots_per_idea\nD1,CL-BI,Diálogo Biobío,2025-04-10,5,3\nD2,CL-RM,"Diálogo Santiago, centro",2025-05-02,3,\n',
  'organizations.csv':
    'organization_id,name,kind,region_code\nO1,Sindicato Uno,sindicato,CL-BI\nO2,OTEC Dos,otec,\n',
  'participants.csv':
    'participant_id,dialogue_id,organization_id,sector,gender,age_band\nP1,D1,O1,trabajador_ocupado,f,25-34\nP2,D1,O1,empleador,m,45-54\nP3,D1,,,,\nP4,D2,O2,academia,x,65+\n',
  'ideas.csv':
    'idea_id,dialogue_id,text,participant_id,table,merged_into\nI1,D1,Cursos de soldadura,P1,Mesa 1,\nI2,D1,"Becas de transporte, con ""apoyo""",P2,Mesa 1,\nI3,D1,Transporte para ir a los cursos,P2,Mesa 2,I2\nI4,D1,"Locomoción\nal curso",P3,Mesa 2,I3\nI5,D1,"=HYPERLINK(""x"")",,Mesa 2,\nI6,D1,Horarios vespertinos,P1,,\nJ1,D2,Bolsa de empleo,P4,A,\nJ2,D2,Mentorías,,A,\n',
  'votes.csv':
    'dialogue_id,idea_id,participant_id,dots\nD1,I1,P1,2\nD1,I4,P1,3\nD1,I2,P2,2\nD1,I3,P2,1\nD1,I6,P2,2\nD1,I1,P3,1\nD1,I6,P3,1\nD2,J1,P4,2\nD2,J2,P4,1\n',
  'evaluations.csv':
    'dialogue_id,participant_id,rating,comment\nD1,P1,excelente,Muy bien\nD1,P2,bueno,\nD1,P3,regular,\nD2,P4,malo,\n',
};
