import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestServer } from '../../test/server.js';
import { ownWording, wordIssue } from './issues.js';

const schema = z.object({
  password: z.string().min(10).max(200),
  title: z.string().min(1),
  email: z.email(),
  dotsPerParticipant: z.number().int().min(1).max(20),
  questions: z.array(z.string().max(5)).min(1),
  phase: z.enum(['ideation', 'voting']),
  date: z.iso.date(),
  reason: z.string().min(3, { error: 'Escribe el motivo.' }),
});

function words(value: unknown, locale: 'es' | 'en' = 'es') {
  const result = schema.safeParse(value, ownWording);
  if (result.success) throw new Error('expected issues');
  return result.error.issues.map((issue) => wordIssue(issue, locale));
}

const good = {
  password: 'contraseña-larga',
  title: 'Diálogo',
  email: 'ana@sence.cl',
  dotsPerParticipant: 5,
  questions: ['¿Qué?'],
  phase: 'voting',
  date: '2026-11-25',
  reason: 'Repetida',
};

describe('validation in our own words', () => {
  it('names the field and says what is wrong, in Spanish and English, never in zod’s words', () => {
    expect(words({ ...good, password: 'corta' })).toEqual(['Contraseña: debe tener al menos 10 caracteres.']);
    expect(words({ ...good, password: 'corta' }, 'en')).toEqual([
      'Password: must have at least 10 characters.',
    ]);
    expect(words({ ...good, title: '' })).toEqual(['Título: es obligatorio.']);
    expect(words({ ...good, email: 'ana' })).toEqual([
      'Correo electrónico: debe ser un correo electrónico válido (nombre@dominio.cl).',
    ]);
    expect(words({ ...good, dotsPerParticipant: 25 })).toEqual([
      'Puntos por participante: debe ser 20 o menos.',
    ]);
    expect(words({ ...good, dotsPerParticipant: 2.5 })).toEqual([
      'Puntos por participante: debe ser un número entero.',
    ]);
    expect(words({ ...good, questions: ['¿Qué?', 'demasiado larga'] })).toEqual([
      'Pregunta 2: puede tener hasta 5 caracteres.',
    ]);
    expect(words({ ...good, questions: [] })).toEqual(['Pregunta: necesita al menos 1 elemento.']);
    expect(words({ ...good, phase: 'otra' })).toEqual(['Fase: debe ser una de las opciones ofrecidas.']);
    expect(words({ ...good, date: '25-11-2026' })).toEqual([
      'Fecha: debe ser una fecha válida (AAAA-MM-DD).',
    ]);
    const { password: _, ...missing } = good;
    expect(words(missing)).toEqual(['Contraseña: es obligatorio.']);
    // A schema's own message stays as written.
    expect(words({ ...good, reason: 'no' })).toEqual(['Escribe el motivo.']);
    for (const message of words({ password: 1, title: 2, email: 3 }))
      expect(message).not.toMatch(/Demasiado|se esperaba|Entrada inválida|>=/);
  });

  it('reaches the first screen: a short password is refused naming the field', async () => {
    const server = await startTestServer('sqlite');
    try {
      const response = await server
        .client()
        .post<{ error: { issues: Array<{ path: string; message: string }> } }>('/api/setup', {
          name: 'Ana',
          email: 'ana@sence.cl',
          password: 'corta',
        });
      expect(response.status).toBe(400);
      expect(response.body.error.issues).toContainEqual({
        path: 'body.password',
        message: 'Contraseña: debe tener al menos 10 caracteres.',
      });
    } finally {
      await server.close();
    }
  });
});
