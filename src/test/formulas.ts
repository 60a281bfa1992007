import {
  createDialogue,
  goLive,
  joinPhone,
  phoneIdea,
  setPhase,
  vote,
} from '../modules/dialogues/testing.js';
import type { ApiClient } from './client.js';
import type { TestServer } from './server.js';

/**
 * Texts a spreadsheet would run as formulas (or that sit next to the neutralisation rule), as an
 * anonymous phone may type them. The last two already begin with an apostrophe: they must come
 * back from a round trip exactly as typed too.
 */
export const hostileIdeas = [
  '=HYPERLINK("http://x")',
  '-5 % de desempleo',
  '+56 9 1234 5678',
  '@SUMA(A1:A9)',
  '＝HYPERLINK("http://ancho")',
  "'ya empezaba con comilla",
  '\'=HYPERLINK("http://y")',
];
export const hostileTitle = '=1+1 Diálogo';
export const hostileOrganization = '@Sindicato Textil';
export const hostileComment = '=HYPERLINK("http://comentario")';

/** Starts with a character a spreadsheet reads as the start of a formula. */
export const formulaStart = /^[=+\-@\t\r＝＋－＠]/;

/**
 * A closed dialogue fed by anonymous phones with the texts above: every idea gets a dot, one phone
 * names its organisation and leaves an evaluation comment. Returns the dialogue id.
 */
export async function hostileDialogue(server: TestServer, staff: ApiClient): Promise<number> {
  const dialogue = await createDialogue(staff, { title: hostileTitle, dotsPerParticipant: 10 });
  await goLive(staff, dialogue.id);
  const phone = await joinPhone(server, dialogue, {
    organizationName: hostileOrganization,
    organizationKind: 'sindicato',
  });
  const ideaIds: number[] = [];
  for (const text of hostileIdeas) ideaIds.push(await phoneIdea(phone, dialogue, text));
  await setPhase(staff, dialogue.id, 'voting');
  for (const ideaId of ideaIds) {
    const given = await vote(phone, ideaId, 1);
    if (given.status !== 200 && given.status !== 201) throw new Error(`vote: ${JSON.stringify(given.body)}`);
  }
  await setPhase(staff, dialogue.id, 'evaluation');
  const evaluated = await phone.put('/api/me/evaluation', { rating: 'bueno', comment: hostileComment });
  if (evaluated.status !== 201) throw new Error(`evaluation: ${JSON.stringify(evaluated.body)}`);
  const closed = await staff.post(`/api/dialogues/${dialogue.id}/status`, { status: 'closed' });
  if (closed.status !== 200) throw new Error(`close: ${JSON.stringify(closed.body)}`);
  return dialogue.id;
}
