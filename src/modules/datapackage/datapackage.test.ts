import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../platform/context.js';
import { sharedDataAvailable, sharedDataDir } from '../../test/shared.js';
import { storeKinds } from '../../test/stores.js';
import { demoShape, generateProcess } from '../demo/generator.js';
import { reportFor } from '../reports/service.js';
import { exportPackage } from './exporter.js';
import { handPackage } from './fixtures.js';
import { formatProblem, importPackage, PackageRefused } from './importer.js';
import { folderSource } from './source.js';
import { countRows, openTestContext, writePackage } from './testing.js';

async function refusal(ctx: Context, files: Record<string, string>, locale: 'es' | 'en' = 'es') {
  try {
    await importPackage(ctx, folderSource(writePackage(files)), { locale });
  } catch (error) {
    if (error instanceof PackageRefused) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('the package was accepted');
}

const dialogues =
  'dialogue_id,region_code,title,date,dots_per_participant,max_dots_per_idea\nD1,CL-BI,Uno,2025-04-10,5,3\n';
const participants = 'participant_id,dialogue_id\nP1,D1\nP2,D1\n';
const ideas = 'idea_id,dialogue_id,text\nI1,D1,Una\nI2,D1,Dos\n';

describe.each(storeKinds)('the data package on %s', (kind) => {
  let ctx: Context;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ctx, close } = await openTestContext(kind));
  });
  afterAll(async () => close?.());

  it('refuses a package with one bad row deep inside and stores nothing at all', async () => {
    const rows = ['dialogue_id,idea_id,participant_id,dots'];
    const people = ['participant_id,dialogue_id,sector'];
    const manyIdeas = ['idea_id,dialogue_id,text'];
    for (let index = 0; index < 400; index++) {
      people.push(`P${index},D1,academia`);
      manyIdeas.push(`I${index},D1,Idea número ${index}`);
      rows.push(`D1,I${index},P${index},${index === 333 ? 'x' : 1}`);
    }
    const problems = await refusal(ctx, {
      'dialogues.csv': dialogues,
      'organizations.csv': 'organization_id,name\nO1,Uno\n',
      'participants.csv': `${people.join('\n')}\n`,
      'ideas.csv': `${manyIdeas.join('\r\n')}\r\n`,
      'votes.csv': `\ufeff${rows.join('\n')}\n`,
      'evaluations.csv': 'dialogue_id,participant_id,rating\nD1,P1,bueno\n',
    });
    expect(problems).toEqual(['votes.csv:335: dots: «x» no es un número entero mayor o igual que 1']);
    expect(Object.values(await countRows(ctx)).every((count) => count === 0)).toBe(true);
  });

  it('lists every kind of broken rule as file:line: column: problem', async () => {
    const problems = await refusal(ctx, {
      'dialogues.csv':
        'dialogue_id,region_code,title,date,dots_per_participant,max_dots_per_idea\nD1,CL-BI,Uno,2025-04-10,5,3\nD1,CL-XX,Dos,2025-02-30,0,\nD3,CL-RM,,2025-01-01,2,\n',
      'organizations.csv': 'organization_id,name,kind\nO1,Uno,banco\n',
      'participants.csv':
        'participant_id,dialogue_id,organization_id,sector,gender,age_band\nP1,D1,O9,,f,25-34\nP2,D1,,estudiante,z,10-14\nP3,D3,,,,\n',
      'ideas.csv':
        'idea_id,dialogue_id,text,participant_id,merged_into\nI1,D1,Una,P1,I2\nI2,D1,Dos,,I1\nI3,D1,Tres,P3,\nI4,D3,Cuatro,,I3\n',
      'votes.csv':
        'dialogue_id,idea_id,participant_id,dots\nD1,I3,P1,3\nD1,I3,P1,1\nD1,I3,P2,3\nD1,I3,P2,3\nD1,I9,P2,1\n',
      'evaluations.csv': 'dialogue_id,participant_id,rating\nD1,P1,bueno\nD1,P1,excelente\nD1,P2,genial\n',
    });
    expect(problems).toEqual([
      'dialogues.csv:3: dialogue_id: el identificador «D1» ya apareció en la línea 2',
      'dialogues.csv:3: region_code: «CL-XX» no es una de las 16 regiones (código ISO 3166-2:CL, p. ej. CL-BI)',
      'dialogues.csv:3: date: «2025-02-30» no es una fecha válida AAAA-MM-DD',
      'dialogues.csv:3: dots_per_participant: «0» no es un número entero mayor o igual que 1',
      'dialogues.csv:4: title: está vacía y es obligatoria',
      'organizations.csv:2: kind: «banco» no está en la lista (empresa, gremio, sindicato, otec, otic, omil, municipio, servicio_publico, academia, ong, otra)',
      'participants.csv:2: organization_id: «O9» no existe en organizations.csv',
      'participants.csv:3: sector: «estudiante» no está en la lista (trabajador_ocupado, trabajador_desocupado, empleador, organizacion_social, proveedor_capacitacion, sector_publico, academia, otro)',
      'participants.csv:3: gender: «z» no está en la lista (f, m, x)',
      'participants.csv:3: age_band: «10-14» no está en la lista (15-24, 25-34, 35-44, 45-54, 55-64, 65+)',
      'ideas.csv:4: participant_id: «P3» pertenece a otro diálogo («D3»)',
      'ideas.csv:5: merged_into: «I3» pertenece a otro diálogo («D1»)',
      'ideas.csv:2: merged_into: la cadena de fusiones que empieza en «I1» vuelve sobre sí misma',
      'votes.csv:3: dots: el participante «P1» suma 4 puntos en la idea «I3» (tras seguir las fusiones); el máximo por idea es 3',
      'votes.csv:5: dots: el participante «P2» suma 6 puntos en el diálogo; el máximo es 5',
      'votes.csv:5: dots: el participante «P2» suma 6 puntos en la idea «I3» (tras seguir las fusiones); el máximo por idea es 3',
      'votes.csv:6: idea_id: «I9» no existe en ideas.csv',
      'evaluations.csv:3: participant_id: el participante «P1» ya evaluó este diálogo en la línea 2',
      'evaluations.csv:4: rating: «genial» no está en la lista (excelente, bueno, regular, malo)',
    ]);
    expect((await countRows(ctx)).dialogues).toBe(0);
  });

  it('imports a package saved again by Excel in es-CL: `;`, Windows-1252, a BOM, and says how it read each file', async () => {
    const excel = (text: string) => Buffer.from(text.replaceAll(',', ';'), 'latin1');
    const summary = await importPackage(
      ctx,
      folderSource(
        writePackage({
          'dialogues.csv': excel(
            'dialogue_id,region_code,title,date,dots_per_participant,max_dots_per_idea\r\nD1,CL-NB,Diálogo Ñuble,2025-04-10,5,3\r\n',
          ),
          'participants.csv': Buffer.from(`\ufeff${participants.replaceAll(',', ';')}`),
          'ideas.csv': excel(
            'idea_id,dialogue_id,text\r\nI1,D1,"Capacitación en ""oficios"""\r\nI2,D1,Más cursos\r\n',
          ),
        }),
      ),
      { locale: 'es' },
    );
    expect(summary.ideas).toBe(2);
    expect(summary.detected).toEqual({
      'dialogues.csv': 'separador «;», Windows-1252, punto decimal',
      'participants.csv': 'separador «;», UTF-8 con BOM, punto decimal',
      'ideas.csv': 'separador «;», Windows-1252, punto decimal',
    });
    const stored = await ctx.db.selectFrom('ideas').select('text').orderBy('id').execute();
    expect(stored.map((row) => row.text)).toEqual(['Capacitación en "oficios"', 'Más cursos']);
    const dialogue = await ctx.db.selectFrom('dialogues').select('title').executeTakeFirstOrThrow();
    expect(dialogue.title).toBe('Diálogo Ñuble');
    await ctx.db.deleteFrom('votes').execute();
    await ctx.db.deleteFrom('ideas').execute();
    await ctx.db.deleteFrom('dialogue_tables').execute();
    await ctx.db.deleteFrom('participants').execute();
    await ctx.db.deleteFrom('dialogues').execute();
  });

  it('speaks English when asked, and names missing files and columns', async () => {
    expect(await refusal(ctx, {}, 'en')).toEqual(['dialogues.csv:1: *: the required file is missing']);
    expect(
      await refusal(
        ctx,
        { 'dialogues.csv': 'dialogue_id,title,date,dots_per_participant\n', 'ideas.csv': 'idea_id,text\n' },
        'en',
      ),
    ).toEqual([
      'dialogues.csv:1: region_code: this required column is missing',
      'ideas.csv:1: dialogue_id: this required column is missing',
    ]);
  });

  it('holds imported text to the API’s limits: length, control and invisible-only characters', async () => {
    const long = 'a'.repeat(200_000);
    const problems = await refusal(ctx, {
      'dialogues.csv': `dialogue_id,region_code,title,date,dots_per_participant\nD1,CL-BI,"Uno\u0000",2025-04-10,5\n`,
      'participants.csv': participants,
      'ideas.csv': `idea_id,dialogue_id,text\nI1,D1,${long}\nI2,D1,\u200B\u200B\nI3,D1,"Dos líneas\nbien"\n`,
    });
    expect(problems).toEqual([
      'dialogues.csv:2: title: contiene caracteres de control o solo caracteres invisibles',
      'ideas.csv:2: text: tiene 200000 caracteres; el máximo es 500',
      'ideas.csv:3: text: contiene caracteres de control o solo caracteres invisibles',
    ]);
    expect((await countRows(ctx)).ideas).toBe(0);
  });

  it('counts dots on merged ideas at the end of the chain for the per-idea cap', async () => {
    const problems = await refusal(ctx, {
      'dialogues.csv': dialogues,
      'participants.csv': participants,
      'ideas.csv': 'idea_id,dialogue_id,text,merged_into\nI1,D1,Una,\nI2,D1,Dos,I1\nI3,D1,Tres,I2\n',
      'votes.csv': 'dialogue_id,idea_id,participant_id,dots\nD1,I1,P1,1\nD1,I2,P1,1\nD1,I3,P1,2\n',
    });
    expect(problems).toEqual([
      'votes.csv:4: dots: el participante «P1» suma 4 puntos en la idea «I1» (tras seguir las fusiones); el máximo por idea es 3',
    ]);
  });

  it('accepts a package without optional files, and sums repeated vote rows', async () => {
    const dialogue = 'dialogue_id,region_code,title,date,dots_per_participant\nR1,CL-AI,Solo,2025-01-01,4\n';
    const summary = await importPackage(
      ctx,
      folderSource(
        writePackage({
          'dialogues.csv': dialogue,
          'participants.csv': 'participant_id,dialogue_id\nQ1,R1\n',
          'ideas.csv': ideas.replaceAll('D1', 'R1'),
          'votes.csv': 'dialogue_id,idea_id,participant_id,dots\nR1,I1,Q1,1\nR1,I1,Q1,1\n',
        }),
      ),
      { locale: 'es' },
    );
    expect(summary).toMatchObject({ dialogues: 1, participants: 1, ideas: 2, votes: 2 });
    const report = await reportFor(ctx, { regions: null, region: 'CL-AI' });
    expect(report).toMatchObject({ dots: 2, ideas_after_merge: 2 });
    await ctx.db.deleteFrom('votes').execute();
    await ctx.db.deleteFrom('ideas').execute();
    await ctx.db.deleteFrom('dialogue_tables').execute();
    await ctx.db.deleteFrom('participants').execute();
    await ctx.db.deleteFrom('dialogues').execute();
  });

  it('round trip: import → export → import into an empty store gives the same report and ids', async () => {
    // Stores of its own: the other tests expect the shared one empty, in whatever order they run.
    const origin = await openTestContext(kind);
    const other = await openTestContext(kind);
    try {
      const { ctx } = origin;
      const demo = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-demo-'));
      await generateProcess(demo, demoShape);
      await importPackage(ctx, folderSource(demo), { locale: 'es' });
      await importPackage(ctx, folderSource(writePackage(handPackage)), { locale: 'es' });
      const first = await reportFor(ctx, { regions: null });
      const exported = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-export-'));
      await exportPackage(ctx, exported);
      await importPackage(other.ctx, folderSource(exported), { locale: 'es' });
      expect(await reportFor(other.ctx, { regions: null })).toEqual(first);
      const again = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-export-'));
      await exportPackage(other.ctx, again);
      for (const file of ['dialogues.csv', 'ideas.csv', 'votes.csv', 'participants.csv', 'evaluations.csv'])
        expect(fs.readFileSync(path.join(again, file), 'utf8')).toBe(
          fs.readFileSync(path.join(exported, file), 'utf8'),
        );
      const ideasCsv = fs.readFileSync(path.join(exported, 'ideas.csv'), 'utf8');
      expect(ideasCsv).toContain('I4,D1,"Locomoción\nal curso",P3,Mesa 2,I3');
      expect(ideasCsv).toContain('I2,D1,"Becas de transporte, con ""apoyo""",P2,Mesa 1,');
    } finally {
      await other.close();
      await origin.close();
    }
  }, 120_000);
});

describe('a package built from Decide Madrid 2019 (real supports)', () => {
  it.runIf(sharedDataAvailable())('gives the concentration counted by hand', async () => {
    const proposals = parse(fs.readFileSync(path.join(sharedDataDir, 'decide-madrid-2019/proposals.csv')), {
      columns: true,
    }) as Array<{ id: string; title: string; numSupports: string }>;
    // Decide Madrid publishes how many supports each proposal got, not who gave them, so people
    // cannot be rebuilt. Honest construction: one participant per proposal, holding that proposal's
    // supports as dots (budget and cap set to the largest count). Concentration depends only on
    // the dots per idea, so its figures are the real ones; the participant count is not meaningful.
    const supports = proposals.map((proposal) => Number(proposal.numSupports));
    const largest = Math.max(...supports);
    const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
    const folder = writePackage({
      'dialogues.csv': `dialogue_id,region_code,title,date,dots_per_participant\nMAD,CL-RM,Decide Madrid 2019,2019-01-01,${largest}\n`,
      'participants.csv': `participant_id,dialogue_id\n${proposals.map((p) => `S${p.id},MAD`).join('\n')}\n`,
      'ideas.csv': `idea_id,dialogue_id,text\n${proposals.map((p) => `${p.id},MAD,${quote(p.title)}`).join('\n')}\n`,
      'votes.csv': `dialogue_id,idea_id,participant_id,dots\n${proposals.map((p) => `MAD,${p.id},S${p.id},${p.numSupports}`).join('\n')}\n`,
    });
    const { ctx, close } = await openTestContext('sqlite');
    try {
      await importPackage(ctx, folderSource(folder), { locale: 'es' });
      const report = await reportFor(ctx, { regions: null });
      // The count by hand: sort the supports, add them up from the top.
      const sorted = [...supports].sort((a, b) => b - a);
      const total = sorted.reduce((sum, value) => sum + value, 0);
      const topShare = (k: number) => sorted.slice(0, k).reduce((sum, value) => sum + value, 0) / total;
      let k30 = 0;
      while (topShare(k30) < 0.3) k30++;
      let k50 = 0;
      while (topShare(k50) < 0.5) k50++;
      let k80 = 0;
      while (topShare(k80) < 0.8) k80++;
      let pairs = 0;
      for (const a of sorted) for (const b of sorted) pairs += Math.abs(a - b);
      const gini = pairs / (2 * sorted.length * total);
      expect(report.ideas).toBe(80);
      expect(report.dots).toBe(228_140);
      expect(report.concentration.top_share['10']).toBeCloseTo(topShare(10), 9);
      expect(report.concentration.top_share['20']).toBeCloseTo(topShare(20), 9);
      expect(report.concentration.top_share['40']).toBeCloseTo(topShare(40), 9);
      expect(report.concentration.top_share['100']).toBe(1);
      expect(report.concentration.ideas_for_share).toEqual({ '0.3': k30, '0.5': k50, '0.8': k80 });
      expect(report.concentration.gini).toBeCloseTo(gini, 9);
    } finally {
      await close();
    }
  });
});
