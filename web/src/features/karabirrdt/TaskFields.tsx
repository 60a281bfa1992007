import { useTranslation } from 'react-i18next';
import { Select, TextArea, TextInput } from '../../ui/index.js';
import type { Draft } from './taskDraft.js';
import { type PlanView, quadrants, type Task } from './types.js';

interface FieldsProps {
  view: PlanView;
  draft: Draft;
  set: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
}

/** What a task is: title, step of the web, objective, status, effort, dates, people and description. */
export function TaskFields({ view, draft, set, errors }: FieldsProps & { errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('karabirrdt.title')}
        value={draft.title}
        required
        onChange={(event) => set('title', event.target.value)}
        error={errors.title}
      />
      <div className="form-row">
        <div className="field">
          <label htmlFor="task-step">{t('karabirrdt.step')}</label>
          <select id="task-step" value={draft.step} onChange={(event) => set('step', event.target.value)}>
            {quadrants.map((quadrant, index) => (
              <optgroup key={quadrant} label={t(`karabirrdt.quadrants.${quadrant}`)}>
                {[1, 2, 3].map((offset) => {
                  const step = index * 3 + offset;
                  return (
                    <option key={step} value={step}>
                      {step}. {t(`karabirrdt.steps.${step}`)}
                    </option>
                  );
                })}
              </optgroup>
            ))}
          </select>
        </div>
        <Select
          label={t('karabirrdt.objective')}
          value={draft.objectiveId}
          onChange={(event) => set('objectiveId', event.target.value)}
          options={[
            { value: '', label: t('karabirrdt.noObjective') },
            ...view.objectives.map((objective) => ({
              value: String(objective.id),
              label: `${objective.rank}. ${objective.title}`,
            })),
          ]}
        />
        <Select
          label={t('karabirrdt.statusLabel')}
          value={draft.status}
          onChange={(event) => set('status', event.target.value as Task['status'])}
          options={(['pending', 'in_progress', 'done'] as const).map((status) => ({
            value: status,
            label: t(`karabirrdt.status.${status}`),
          }))}
        />
      </div>
      <div className="form-row">
        <TextInput
          label={t('karabirrdt.hours')}
          type="number"
          min={0}
          step="0.5"
          value={draft.hours}
          onChange={(event) => set('hours', event.target.value)}
          error={errors.hours}
        />
        <TextInput
          label={t('karabirrdt.cost')}
          type="number"
          min={0}
          step={1}
          value={draft.cost}
          onChange={(event) => set('cost', event.target.value)}
          error={errors.cost}
        />
        <TextInput
          label={t('karabirrdt.duration')}
          type="number"
          min={0}
          step={1}
          value={draft.durationDays}
          onChange={(event) => set('durationDays', event.target.value)}
          error={errors.durationDays}
        />
        <TextInput
          label={t('karabirrdt.startDate')}
          type="date"
          value={draft.startDate}
          onChange={(event) => set('startDate', event.target.value)}
          error={errors.startDate}
        />
        <TextInput
          label={t('karabirrdt.dueDate')}
          type="date"
          value={draft.dueDate}
          onChange={(event) => set('dueDate', event.target.value)}
          error={
            errors.dueDate ??
            (draft.startDate && draft.dueDate && draft.dueDate < draft.startDate ? '<' : undefined)
          }
        />
      </div>
      <PeopleChoice view={view} draft={draft} set={set} />
      <TextArea
        label={t('karabirrdt.description')}
        optional
        value={draft.description}
        onChange={(event) => set('description', event.target.value)}
      />
    </>
  );
}

/** Who can do the task and who wants to learn it, among the plan's members. */
function PeopleChoice({ view, draft, set }: FieldsProps) {
  const { t } = useTranslation();
  const togglePerson = (key: 'canDo' | 'wantsToLearn', id: number) =>
    set(key, draft[key].includes(id) ? draft[key].filter((entry) => entry !== id) : [...draft[key], id]);
  return (
    <div className="form-row">
      {(['canDo', 'wantsToLearn'] as const).map((key) => (
        <fieldset key={key} className="people-choice">
          <legend>{t(`karabirrdt.${key}`)}</legend>
          {view.members.map((member) => (
            <label key={member.id} className="check">
              <input
                type="checkbox"
                checked={draft[key].includes(member.id)}
                onChange={() => togglePerson(key, member.id)}
              />{' '}
              {member.name}
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
