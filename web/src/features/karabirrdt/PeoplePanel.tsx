import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { del, post } from '../../app/api.js';
import { Button, ErrorMessage, TextInput } from '../../ui/index.js';
import type { PlanView } from './types.js';

type Props = { view: PlanView; reload: () => void };

/** The people of the plan: staff or simply named persons. */
export function PeoplePanel({ view, reload }: Props) {
  const { t } = useTranslation();
  const { error, run } = useAction({ onDone: reload });
  const [name, setName] = useState('');
  const url = `/api/plans/${view.plan.id}`;
  return (
    <section aria-labelledby="people-title" className="card">
      <h2 id="people-title">{t('karabirrdt.people')}</h2>
      <ErrorMessage error={error} />
      <ul>
        {view.members.map((member) => (
          <li key={member.id}>
            {member.name}{' '}
            <Button
              variant="link"
              aria-label={t('karabirrdt.removePerson', { name: member.name })}
              onClick={() => run(() => del(`${url}/members/${member.id}`))}
            >
              {t('karabirrdt.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <form
        className="toolbar"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          run(() => post(`${url}/members`, { name }), { after: () => setName('') });
        }}
      >
        <TextInput
          label={t('karabirrdt.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <Button type="submit">{t('karabirrdt.addPerson')}</Button>
      </form>
    </section>
  );
}
