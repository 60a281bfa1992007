import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RunAction, useAction } from '../../app/action.js';
import { del, patch, post, put } from '../../app/api.js';
import { Button, ErrorMessage, Select, TextArea, TextInput } from '../../ui/index.js';
import type { PlanView } from './types.js';

type Props = { view: PlanView; reload: () => void };

/** The dream circle, the objectives with their straw poll, and the dreams brought back to celebrate. */
export function DreamsPanel({ view, reload }: Props) {
  const { error, run } = useAction({ onDone: reload });
  const parts = { view, run, url: `/api/plans/${view.plan.id}` };
  return (
    <div className="dreams-panel">
      <ErrorMessage error={error} />
      <DreamCircle {...parts} />
      <Objectives {...parts} />
      <StrawPoll {...parts} />
      <Celebration {...parts} />
    </div>
  );
}

interface PartProps {
  view: PlanView;
  run: RunAction;
  url: string;
}

/** Each member's dream for the plan, said in turn and written down. */
function DreamCircle({ view, run, url }: PartProps) {
  const { t } = useTranslation();
  const [dreamText, setDreamText] = useState('');
  const [dreamMember, setDreamMember] = useState('');
  const names = new Map(view.members.map((member) => [member.id, member.name]));
  const memberOptions = [
    { value: '', label: t('karabirrdt.nobody') },
    ...view.members.map((member) => ({ value: String(member.id), label: member.name })),
  ];
  return (
    <section aria-labelledby="dream-circle-title" className="card">
      <h2 id="dream-circle-title">{t('karabirrdt.dreamCircle')}</h2>
      <p className="hint">{t('karabirrdt.dreamHelp')}</p>
      <ul className="dream-list">
        {view.dreams.map((dream) => (
          <li key={dream.id}>
            <blockquote>«{dream.text}»</blockquote>
            <span className="muted">
              — {dream.memberId === null ? t('karabirrdt.nobody') : names.get(dream.memberId)}
            </span>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          run(
            () =>
              post(`${url}/dreams`, {
                text: dreamText,
                memberId: dreamMember ? Number(dreamMember) : null,
              }),
            { after: () => setDreamText('') },
          );
        }}
      >
        <Select
          label={t('karabirrdt.whose')}
          value={dreamMember}
          onChange={(event) => setDreamMember(event.target.value)}
          options={memberOptions}
        />
        <TextArea
          label={t('karabirrdt.dream')}
          value={dreamText}
          onChange={(event) => setDreamText(event.target.value)}
        />
        <Button type="submit">{t('karabirrdt.addDream')}</Button>
      </form>
    </section>
  );
}

/** The plan's objectives (at most eight), ranked by the dots of the poll. */
function Objectives({ view, run, url }: PartProps) {
  const { t } = useTranslation();
  const [objectiveTitle, setObjectiveTitle] = useState('');
  return (
    <section aria-labelledby="objectives-title" className="card">
      <h2 id="objectives-title">{t('karabirrdt.objectives')}</h2>
      <p className="hint">{t('karabirrdt.objectivesHelp')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('karabirrdt.rank')}</th>
            <th scope="col">{t('karabirrdt.objective')}</th>
            <th scope="col">{t('karabirrdt.dots')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {view.objectives.map((objective) => (
            <tr key={objective.id}>
              <td>{objective.rank}</td>
              <th scope="row">{objective.title}</th>
              <td>
                <span aria-hidden="true">{'●'.repeat(Math.min(objective.dots, 30))} </span>
                {objective.dots}
              </td>
              <td>
                <Button
                  variant="link"
                  aria-label={`${t('common.delete')}: ${objective.title}`}
                  onClick={() => run(() => del(`${url}/objectives/${objective.id}`))}
                >
                  {t('common.delete')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="toolbar"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          run(() => post(`${url}/objectives`, { title: objectiveTitle }), {
            after: () => setObjectiveTitle(''),
          });
        }}
      >
        <TextInput
          label={t('karabirrdt.objective')}
          value={objectiveTitle}
          onChange={(event) => setObjectiveTitle(event.target.value)}
        />
        <Button type="submit" disabled={view.objectives.length >= 8}>
          {t('karabirrdt.addObjective')}
        </Button>
      </form>
    </section>
  );
}

/** Each member spreads their dots over the objectives. */
function StrawPoll({ view, run, url }: PartProps) {
  const { t } = useTranslation();
  const [voter, setVoter] = useState('');
  const [dots, setDots] = useState<Record<number, string>>({});
  const chooseVoter = (value: string) => {
    setVoter(value);
    const mine = view.poll.filter((entry) => String(entry.memberId) === value);
    setDots(Object.fromEntries(mine.map((entry) => [entry.objectiveId, String(entry.dots)])));
  };
  const used = Object.values(dots).reduce((sum, value) => sum + (Number(value) || 0), 0);
  return (
    <section aria-labelledby="poll-title" className="card">
      <h2 id="poll-title">{t('karabirrdt.poll')}</h2>
      <p>
        <strong>{t('karabirrdt.pollQuestion')}</strong>
      </p>
      <Select
        label={t('karabirrdt.pollMember')}
        value={voter}
        onChange={(event) => chooseVoter(event.target.value)}
        options={[
          { value: '', label: '—' },
          ...view.members.map((member) => ({ value: String(member.id), label: member.name })),
        ]}
      />
      {voter ? (
        <form
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            run(() =>
              put(`${url}/poll/${voter}`, {
                dots: view.objectives.map((objective) => ({
                  objectiveId: objective.id,
                  dots: Number(dots[objective.id] || 0),
                })),
              }),
            );
          }}
        >
          <div className="form-row">
            {view.objectives.map((objective) => (
              <TextInput
                key={objective.id}
                label={objective.title}
                type="number"
                min={0}
                max={view.plan.dotsPerMember}
                value={dots[objective.id] ?? '0'}
                onChange={(event) =>
                  setDots((current) => ({ ...current, [objective.id]: event.target.value }))
                }
              />
            ))}
          </div>
          <p role="status" className={used > view.plan.dotsPerMember ? 'warn-text' : 'muted'}>
            {t('karabirrdt.pollBudget', { used, budget: view.plan.dotsPerMember })}
          </p>
          <Button type="submit">{t('karabirrdt.savePoll')}</Button>
        </form>
      ) : null}
    </section>
  );
}

/** At the end, the dreams brought back: achieved or not. */
function Celebration({ view, run, url }: PartProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="celebration-title" className="card">
      <h2 id="celebration-title">{t('karabirrdt.celebration')}</h2>
      <p className="hint">{t('karabirrdt.celebrationHelp')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('karabirrdt.dream')}</th>
            <th scope="col">{t('karabirrdt.achieved')}</th>
          </tr>
        </thead>
        <tbody>
          {view.dreams.map((dream) => (
            <tr key={dream.id}>
              <th scope="row">«{dream.text}»</th>
              <td>
                <Select
                  label={t('karabirrdt.achieved')}
                  value={dream.achieved === null ? '' : dream.achieved ? 'yes' : 'no'}
                  onChange={(event) =>
                    run(() =>
                      patch(`${url}/dreams/${dream.id}`, {
                        achieved: event.target.value === '' ? null : event.target.value === 'yes',
                      }),
                    )
                  }
                  options={[
                    { value: '', label: t('karabirrdt.notEvaluated') },
                    { value: 'yes', label: `✓ ${t('common.yes')}` },
                    { value: 'no', label: `✗ ${t('common.no')}` },
                  ]}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
