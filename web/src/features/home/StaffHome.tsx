import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../app/session.js';
import { Alert, PageHeader } from '../../ui/index.js';
import { DemoOffer } from '../results/DemoOffer.js';

export function StaffHome() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader title={t('home.staffTitle')} />
      {params.get('bienvenida') ? <Alert kind="success">{t('home.welcome')}</Alert> : null}
      <p>{t('home.staffIntro')}</p>
      <p className="muted">
        {me?.name} · {me ? t(`roles.${me.role}`) : ''}
      </p>
      <DemoOffer />
    </>
  );
}
