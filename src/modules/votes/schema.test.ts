import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanTexts } from '../../platform/http/input.js';
import { quickVote, voteSchema } from './schema.js';

/** What the route gives for a body without the quick check: the schema, then the text rule. */
function slow(value: unknown) {
  const parsed = voteSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const cleaned = cleanTexts(parsed.data, 'body', 'es');
  return cleaned.issues.length ? undefined : cleaned.value;
}

const awkwardText = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.constantFrom(
    '',
    ' ',
    ' k',
    'k ',
    'a\u0000b',
    'a\tb',
    '\u200b',
    'é',
    'e\u0301',
    'x'.repeat(100),
    'x'.repeat(101),
  ),
);
const awkwardNumber = fc.oneof(
  fc.integer({ min: -200, max: 200 }),
  fc.constantFrom(0, 1, -1, 100, -100, 101, 2 ** 31 - 1, 2 ** 31, -0, 1.5, Number.MAX_SAFE_INTEGER + 2),
  fc.double(),
);
const anything = fc.oneof(
  awkwardNumber,
  awkwardText,
  fc.constant(null),
  fc.boolean(),
  fc.constant(undefined),
);

describe('the vote body checked by hand', () => {
  it('accepts exactly what the schema and the text rule accept, and gives the same value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ ideaId: awkwardNumber, delta: awkwardNumber, clientKey: awkwardText }),
          fc.record(
            { ideaId: anything, delta: anything, clientKey: anything, extra: anything },
            { requiredKeys: [] },
          ),
          anything,
          fc.array(anything),
        ),
        (body) => {
          const quick = quickVote(body);
          // The quick check may pass a valid body on to the schema, never the other way round.
          if (quick !== undefined) expect(quick).toEqual(slow(body));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('takes the votes phones send, so the schema is not run for them', () => {
    const sent = [
      { ideaId: 7, delta: 1, clientKey: 'vote-3f2a9c1e-0b7d-4e5f-9a8b-1c2d3e4f5a6b' },
      { ideaId: 2 ** 31 - 1, delta: -100, clientKey: 'k' },
      { ideaId: 1, delta: 100, clientKey: 'x'.repeat(100), extra: 'dropped' },
    ];
    for (const body of sent) {
      expect(quickVote(body)).toEqual(slow(body));
      expect(quickVote(body)).toBeDefined();
    }
    for (const body of [
      { ideaId: 0, delta: 1, clientKey: 'k' },
      { ideaId: 1, delta: 0, clientKey: 'k' },
      { ideaId: 1, delta: 1, clientKey: ' k' },
      { ideaId: 1, delta: 1, clientKey: 'a\u0000b' },
      { ideaId: 1, delta: 1, clientKey: 'x'.repeat(101) },
      { ideaId: '1', delta: 1, clientKey: 'k' },
    ])
      expect(quickVote(body)).toBeUndefined();
  });
});
