import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/client.js';
import { Button } from '../../ui/index.js';
import type { StaffIdea } from '../dialogues/types.js';

/** The ideas merged into one, each with its undo, nested as merged. */
export function MergedChildren({
  parent,
  ideas,
  onChange,
  readOnly = false,
}: {
  parent: StaffIdea;
  ideas: StaffIdea[];
  onChange(action: () => Promise<unknown>): Promise<void>;
  /** The dialogue is closed: the merges are shown, not undone. */
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const children = ideas.filter((idea) => idea.mergedIntoId === parent.id && !idea.hiddenReason);
  if (children.length === 0) return null;
  return (
    <div className="merged-under">
      <p className="muted">{t('live.mergedUnder')}</p>
      <ul>
        {children.map((child) => (
          <li key={child.id}>
            <span>{child.text}</span>{' '}
            {readOnly ? null : (
              <Button
                variant="link"
                onClick={() => void onChange(() => call(api.ideas.unmergeIdea, { params: { id: child.id } }))}
              >
                {t('live.unmerge')}
              </Button>
            )}
            <MergedChildren parent={child} ideas={ideas} onChange={onChange} readOnly={readOnly} />
          </li>
        ))}
      </ul>
    </div>
  );
}
