import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../app/api.js';
import { Select, TextArea, TextInput } from '../../ui/index.js';
import { Modal } from '../../ui/Modal.js';
import type { StaffIdea } from '../dialogues/types.js';

/** Moderation dialogs of one idea: edit its text, hide it with a reason, merge it into another. */
export function EditIdea({
  idea,
  onClose,
  onChange,
}: {
  idea: StaffIdea | null;
  onClose(): void;
  onChange(action: () => Promise<unknown>): Promise<void>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(idea?.text ?? '');
  return (
    <Modal
      title={t('live.editTitle')}
      open={idea !== null}
      onClose={onClose}
      submitLabel={t('common.save')}
      onSubmit={() => onChange(() => patch(`/api/ideas/${idea?.id}`, { text: text.trim() }))}
    >
      <TextArea
        label={t('live.ideaText')}
        value={text}
        maxLength={500}
        onChange={(e) => setText(e.target.value)}
      />
    </Modal>
  );
}

export function HideIdea({
  idea,
  onClose,
  onChange,
}: {
  idea: StaffIdea | null;
  onClose(): void;
  onChange(action: () => Promise<unknown>): Promise<void>;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  return (
    <Modal
      title={t('live.hideTitle')}
      open={idea !== null}
      onClose={onClose}
      submitLabel={t('live.hide')}
      submitVariant="danger"
      onSubmit={async () => {
        setTried(true);
        if (!reason.trim()) throw new Error(t('live.reasonRequired'));
        await onChange(() => post(`/api/ideas/${idea?.id}/hide`, { reason: reason.trim() }));
      }}
    >
      <p className="idea-quote">“{idea?.text}”</p>
      <TextInput
        label={t('live.hideReason')}
        hint={t('live.hideReasonHint')}
        value={reason}
        required
        maxLength={300}
        onChange={(event) => setReason(event.target.value)}
        error={tried && !reason.trim() ? t('live.reasonRequired') : undefined}
      />
    </Modal>
  );
}

export function MergeIdea({
  idea,
  candidates,
  onClose,
  onChange,
}: {
  idea: StaffIdea | null;
  candidates: StaffIdea[];
  onClose(): void;
  onChange(action: () => Promise<unknown>): Promise<void>;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState('');
  const [tried, setTried] = useState(false);
  const others = candidates.filter((candidate) => candidate.id !== idea?.id);
  return (
    <Modal
      title={t('live.mergeTitle')}
      open={idea !== null}
      onClose={onClose}
      submitLabel={t('live.merge')}
      onSubmit={async () => {
        setTried(true);
        if (!target) throw new Error(t('live.mergeRequired'));
        await onChange(() => post(`/api/ideas/${idea?.id}/merge`, { intoId: Number(target) }));
      }}
    >
      <p>{t('live.mergeIntro', { text: idea?.text ?? '' })}</p>
      <Select
        label={t('live.mergeTarget')}
        value={target}
        onChange={(event) => setTarget(event.target.value)}
        error={tried && !target ? t('live.mergeRequired') : undefined}
        options={[
          { value: '', label: t('live.chooseIdea') },
          ...others.map((other) => ({ value: String(other.id), label: other.text.slice(0, 90) })),
        ]}
      />
    </Modal>
  );
}
