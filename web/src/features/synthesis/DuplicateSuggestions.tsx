import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { formatPercent } from '../../app/format.js';
import { Button, ErrorMessage, Loading } from '../../ui/index.js';

/**
 * Near-duplicates of an idea in its dialogue, for the facilitator console: each with its similarity
 * and a one-click merge (the console passes `onMerge`, which calls api.ideas.mergeIdea).
 */
export function DuplicateSuggestions({
  dialogueId,
  ideaId,
  onMerge,
}: {
  dialogueId: number;
  ideaId: number;
  onMerge: (intoId: number) => void;
}) {
  const { t } = useTranslation();
  const { data, error, loading } = useLoad(
    (signal) => call(api.synthesis.findDuplicates, { params: { id: dialogueId, ideaId }, signal }),
    [dialogueId, ideaId],
  );
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  const duplicates = data?.duplicates ?? [];
  return (
    <section aria-label={t('synthesis.duplicatesTitle')}>
      <h3>{t('synthesis.duplicatesTitle')}</h3>
      {duplicates.length === 0 ? (
        <p className="muted">{t('synthesis.duplicatesNone')}</p>
      ) : (
        <ul>
          {duplicates.map((duplicate) => (
            <li key={duplicate.ideaId}>
              <span>{duplicate.text}</span>{' '}
              <span className="muted">
                ({t('synthesis.similarity')}: {formatPercent(duplicate.score)})
              </span>{' '}
              <Button variant="secondary" onClick={() => onMerge(duplicate.ideaId)}>
                {t('synthesis.mergeHere')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
