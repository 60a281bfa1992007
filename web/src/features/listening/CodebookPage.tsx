import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { fieldErrors, get, post } from '../../app/api.js';
import { useLoad } from '../../app/data.js';
import { optional, text } from '../../app/form.js';
import { useSession } from '../../app/session.js';
import { Alert, Button, ErrorMessage, PageHeader, TextArea, TextInput } from '../../ui/index.js';
import type { Guide } from './InterviewsPage.js';

interface Code {
  id: number;
  label: string;
  description: string | null;
}

/** Interview guides and the national codebook: everyone reads them, the national team maintains them. */
export function CodebookPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const national = me?.role === 'national';
  const codes = useLoad((signal) => get<{ codes: Code[] }>('/api/interview-codes', { signal }), []);
  const guides = useLoad((signal) => get<{ guides: Guide[] }>('/api/interview-guides', { signal }), []);
  const addCode = useAction({
    form: (form) =>
      post('/api/interview-codes', {
        label: text(form, 'label'),
        description: optional(form, 'description'),
      }),
    onDone: () => codes.reload(),
  });
  const addGuide = useAction({
    form: (form) =>
      post('/api/interview-guides', {
        title: text(form, 'title'),
        questions: text(form, 'questions')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      }),
    onDone: () => guides.reload(),
  });
  const codeErrors = fieldErrors(addCode.error);
  const guideErrors = fieldErrors(addGuide.error);
  return (
    <>
      <PageHeader title={t('listening.codebook.title')}>
        <p>{t('listening.codebook.intro')}</p>
      </PageHeader>
      {!national ? <Alert>{t('listening.codebook.nationalOnly')}</Alert> : null}
      <div className="grid grid-wide">
        <section className="card" aria-labelledby="codes">
          <h2 id="codes">{t('listening.codebook.codes')}</h2>
          <ErrorMessage error={codes.error} />
          <ul>
            {codes.data?.codes.map((code) => (
              <li key={code.id}>
                <strong>{code.label}</strong>
                {code.description ? <span className="muted"> — {code.description}</span> : null}
              </li>
            ))}
          </ul>
          {national ? (
            <form onSubmit={addCode.submit} noValidate>
              {addCode.done ? <Alert kind="success">{t('listening.codebook.codeAdded')}</Alert> : null}
              <ErrorMessage error={addCode.error} />
              <TextInput
                label={t('listening.codebook.label')}
                name="label"
                required
                error={codeErrors.label}
              />
              <TextInput label={t('listening.codebook.description')} name="description" optional />
              <Button type="submit" disabled={addCode.busy}>
                {t('listening.codebook.addCode')}
              </Button>
            </form>
          ) : null}
        </section>
        <section className="card" aria-labelledby="guides">
          <h2 id="guides">{t('listening.codebook.guides')}</h2>
          <ErrorMessage error={guides.error} />
          {guides.data?.guides.map((guide) => (
            <div key={guide.id}>
              <h3>{guide.title}</h3>
              <ol>
                {guide.questions.map((question) => (
                  <li key={question.id}>{question.text}</li>
                ))}
              </ol>
            </div>
          ))}
          {national ? (
            <form onSubmit={addGuide.submit} noValidate>
              {addGuide.done ? <Alert kind="success">{t('listening.codebook.guideAdded')}</Alert> : null}
              <ErrorMessage error={addGuide.error} />
              <TextInput
                label={t('listening.codebook.guideTitle')}
                name="title"
                required
                error={guideErrors.title}
              />
              <TextArea
                label={t('listening.codebook.questions')}
                name="questions"
                rows={5}
                required
                error={guideErrors.questions}
              />
              <Button type="submit" disabled={addGuide.busy}>
                {t('listening.codebook.addGuide')}
              </Button>
            </form>
          ) : null}
        </section>
      </div>
    </>
  );
}
