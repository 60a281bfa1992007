import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/client.js';
import type { Dialogue, StaffIdea } from '../dialogues/types.js';
import { DuplicateSuggestions } from '../synthesis/DuplicateSuggestions.js';

/**
 * Near-duplicates of one idea (synthesis feature), with one click to merge it into the other: the
 * newest idea as they arrive, or any idea the facilitator picks (here or from its card's
 * «Posibles duplicados»).
 */
export function PossibleDuplicates({
  dialogue,
  ideas,
  chosenId,
  onChoose,
  onChange,
}: {
  dialogue: Dialogue;
  ideas: StaffIdea[];
  /** The idea to compare; null follows the newest. */
  chosenId: number | null;
  onChoose(ideaId: number | null): void;
  onChange(action: () => Promise<unknown>): Promise<void>;
}) {
  const { t } = useTranslation();
  const visible = ideas
    .filter((idea) => !idea.hiddenReason && !idea.late && idea.mergedIntoId === null)
    .sort((a, b) => b.id - a.id);
  const newest = visible[0] ?? null;
  const compared = visible.find((idea) => idea.id === chosenId) ?? newest;
  const following = compared === newest && (chosenId === null || chosenId === newest?.id);
  return (
    <section
      className="card duplicates-slot"
      aria-labelledby="duplicates-heading"
      data-slot="possible-duplicates"
    >
      <h2 id="duplicates-heading">{t('live.duplicates')}</h2>
      {compared ? (
        <>
          <label className="duplicates-choice">
            {t('live.duplicatesCompare')}{' '}
            <select
              value={following ? '' : String(compared.id)}
              onChange={(event) => onChoose(event.target.value ? Number(event.target.value) : null)}
            >
              <option value="">{t('live.duplicatesNewest')}</option>
              {visible.map((idea) => (
                <option key={idea.id} value={idea.id}>
                  {idea.text.length > 80 ? `${idea.text.slice(0, 79)}…` : idea.text}
                </option>
              ))}
            </select>
          </label>
          <p className="muted">
            {following
              ? t('live.duplicatesOf', { text: compared.text })
              : t('live.duplicatesOfChosen', { text: compared.text })}
          </p>
          <DuplicateSuggestions
            key={compared.id}
            dialogueId={dialogue.id}
            ideaId={compared.id}
            onMerge={(intoId) =>
              void onChange(async () => {
                await call(api.ideas.mergeIdea, { params: { id: compared.id }, body: { intoId } });
                onChoose(null);
              })
            }
          />
        </>
      ) : (
        <p className="muted">{t('live.duplicatesNone')}</p>
      )}
    </section>
  );
}
