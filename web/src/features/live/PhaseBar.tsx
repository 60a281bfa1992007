import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/client.js';
import { ConfirmButton } from '../../ui/Modal.js';
import type { Dialogue } from '../dialogues/types.js';

export type Step = 'ideation' | 'voting' | 'evaluation' | 'closing';

export const steps: Step[] = ['ideation', 'voting', 'evaluation', 'closing'];

/** The steps of the session, the current one marked, and the button to the next (asking first). */
export function PhaseBar({
  dialogue,
  step,
  onChange,
}: {
  dialogue: Dialogue;
  step: Step | null;
  onChange(action: () => Promise<unknown>): Promise<void>;
}) {
  const { t } = useTranslation();
  const index = step ? steps.indexOf(step) : -1;
  const next = index >= 0 && index < steps.length - 1 ? steps[index + 1] : null;
  const label = (value: Step) => (value === 'closing' ? t('live.closing') : t(`dialogues.phase.${value}`));
  const nextAction = next
    ? {
        voting: {
          label: t('live.toVoting'),
          message: t('live.toVotingMessage', {
            count: dialogue.dotsPerParticipant,
            dots: dialogue.dotsPerParticipant,
          }),
          run: () => call(api.dialogues.phase, { params: { id: dialogue.id }, body: { phase: 'voting' } }),
        },
        evaluation: {
          label: t('live.toEvaluation'),
          message: t('live.toEvaluationMessage'),
          run: () =>
            call(api.dialogues.phase, { params: { id: dialogue.id }, body: { phase: 'evaluation' } }),
        },
        closing: {
          label: t('live.toClosing'),
          message: t('live.toClosingMessage'),
          run: () => call(api.dialogues.status, { params: { id: dialogue.id }, body: { status: 'closed' } }),
        },
        ideation: null,
      }[next]
    : null;
  // One phase back while live (voting → ideation, evaluation → voting), asking first.
  const previous = step === 'voting' ? 'ideation' : step === 'evaluation' ? 'voting' : null;
  const back = previous ? (
    <ConfirmButton
      label={t('live.backTo', { phase: t(`dialogues.phase.${previous}`).toLocaleLowerCase() })}
      title={t('live.backTo', { phase: t(`dialogues.phase.${previous}`).toLocaleLowerCase() })}
      message={previous === 'ideation' ? t('live.backToIdeationMessage') : t('live.backToVotingMessage')}
      variant="secondary"
      onConfirm={() =>
        onChange(() => call(api.dialogues.phase, { params: { id: dialogue.id }, body: { phase: previous } }))
      }
    />
  ) : null;
  return (
    <nav className="phase-bar card" aria-label={t('live.phaseBar')}>
      <ol>
        {steps.map((value, position) => (
          <li
            key={value}
            className={position === index ? 'phase-current' : position < index ? 'phase-done' : 'phase-next'}
            aria-current={position === index ? 'step' : undefined}
          >
            <span aria-hidden="true">{position < index ? '✓' : position + 1}</span> {label(value)}
            {position === index ? <span className="visually-hidden"> ({t('live.current')})</span> : null}
            {position < index ? <span className="visually-hidden"> ({t('live.done')})</span> : null}
          </li>
        ))}
      </ol>
      <div className="phase-actions">
        {step === null ? (
          <>
            <p>{t('live.notLive', { status: t(`dialogues.status.${dialogue.status}`) })}</p>
            {dialogue.status === 'draft' ? (
              <ConfirmButton
                label={t('live.openRegistration')}
                title={t('live.openRegistration')}
                message={t('live.openRegistrationMessage', { code: dialogue.joinCode })}
                variant="secondary"
                onConfirm={() =>
                  onChange(() =>
                    call(api.dialogues.status, { params: { id: dialogue.id }, body: { status: 'open' } }),
                  )
                }
              />
            ) : null}
            <ConfirmButton
              label={t('live.start')}
              title={t('live.start')}
              message={t('live.startMessage')}
              onConfirm={() =>
                onChange(async () => {
                  if (dialogue.status === 'draft')
                    await call(api.dialogues.status, {
                      params: { id: dialogue.id },
                      body: { status: 'open' },
                    });
                  await call(api.dialogues.status, { params: { id: dialogue.id }, body: { status: 'live' } });
                })
              }
            />
          </>
        ) : nextAction ? (
          <>
            {back}
            <ConfirmButton
              label={nextAction.label}
              title={nextAction.label}
              message={nextAction.message}
              variant={next === 'closing' ? 'danger' : 'primary'}
              onConfirm={() => onChange(nextAction.run)}
            />
          </>
        ) : (
          <p>{t('live.closedReadOnly')}</p>
        )}
      </div>
    </nav>
  );
}
