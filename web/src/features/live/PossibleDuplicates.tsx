import { useTranslation } from 'react-i18next';
import { post } from '../../app/api.js';
import type { Dialogue, StaffIdea } from '../dialogues/types.js';
import { DuplicateSuggestions } from '../synthesis/DuplicateSuggestions.js';

/**
 * As ideas arrive, the newest one is compared with the rest of the dialogue (synthesis feature):
 * near-duplicates show with their similarity, and one click merges the new idea into the older one.
 */
export function PossibleDuplicates({
  dialogue,
  ideas,
  onChange,
}: {
  dialogue: Dialogue;
  ideas: StaffIdea[];
  onChange(action: () => Promise<unknown>): Promise<void>;
}) {
  const { t } = useTranslation();
  const newest = ideas
    .filter((idea) => !idea.hiddenReason && idea.mergedIntoId === null)
    .reduce<StaffIdea | null>((latest, idea) => (!latest || idea.id > latest.id ? idea : latest), null);
  return (
    <section
      className="card duplicates-slot"
      aria-labelledby="duplicates-heading"
      data-slot="possible-duplicates"
    >
      <h2 id="duplicates-heading">{t('live.duplicates')}</h2>
      {newest ? (
        <>
          <p className="muted">{t('live.duplicatesOf', { text: newest.text })}</p>
          <DuplicateSuggestions
            key={newest.id}
            dialogueId={dialogue.id}
            ideaId={newest.id}
            onMerge={(intoId) => void onChange(() => post(`/api/ideas/${newest.id}/merge`, { intoId }))}
          />
        </>
      ) : (
        <p className="muted">{t('live.duplicatesNone')}</p>
      )}
    </section>
  );
}
