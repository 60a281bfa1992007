import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { Loading } from '../ui/index.js';
import { useRegions } from './data.js';
import type { NavEntry } from './feature.js';
import { setLocale } from './i18n.js';
import { useSession } from './session.js';

const sections = [
  'inicio',
  'dialogos',
  'actores',
  'resultados',
  'sintesis',
  'modelo',
  'planificacion',
  'datos',
  'administracion',
];

/** Español / English, remembered on this device (also on the phone and the projector). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.language?.startsWith('en') ? 'en' : 'es';
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('common.language')}</span>
      <select value={current} onChange={(event) => setLocale(event.target.value as 'es' | 'en')}>
        <option value="es">Español</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}

function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('common.skipToContent')}
    </a>
  );
}

export function PublicLayout() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <div className="public-shell">
      <SkipLink />
      <header className="site-header">
        <Link to="/" className="brand">
          {t('common.appName')}
        </Link>
        <nav aria-label="Minga">
          <LanguageSwitch />
          <Link to={me ? '/staff' : '/login'}>{me ? t('common.staffArea') : t('common.signIn')}</Link>
        </nav>
      </header>
      <main id="main" className="public-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('common.tagline')}</p>
      </footer>
    </div>
  );
}

export function BareLayout() {
  return (
    <main id="main" className="bare-main">
      <Outlet />
    </main>
  );
}

export function StaffLayout({ nav }: { nav: NavEntry[] }) {
  const { t } = useTranslation();
  const { me, loading, signOut, region, setRegion } = useSession();
  const location = useLocation();
  const regions = useRegions();
  const visibleNav = useMemo(
    () => (me ? nav.filter((entry) => !entry.roles || entry.roles.includes(me.role)) : []),
    [me, nav],
  );
  if (loading) return <Loading />;
  if (!me) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  const mine = regions.filter((candidate) => me.regions.includes(candidate.code));
  return (
    <div className="staff-shell">
      <SkipLink />
      <header className="staff-header">
        <Link to="/staff" className="brand">
          {t('common.appName')}
        </Link>
        {mine.length > 1 ? (
          <label className="region-picker">
            <span>{t('common.region')}</span>
            <select value={region} onChange={(event) => setRegion(event.target.value)}>
              <option value="">{t('common.allRegions')}</option>
              {mine.map((candidate) => (
                <option key={candidate.code} value={candidate.code}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className="staff-user">
          <LanguageSwitch />
          <span>
            {me.name} · {t(`roles.${me.role}`)}
          </span>
          <button type="button" className="btn btn-link" onClick={() => void signOut()}>
            {t('common.signOut')}
          </button>
        </div>
      </header>
      <div className="staff-body">
        <nav className="staff-nav" aria-label={t('common.staffArea')}>
          {sections.map((section) => {
            const entries = visibleNav
              .filter((entry) => entry.section === section)
              .sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
            if (!entries.length) return null;
            return (
              <div key={section} className="nav-section">
                <h2>{t(`nav.${section}`)}</h2>
                <ul>
                  {entries.map((entry) => (
                    <li key={entry.to}>
                      <NavLink to={entry.to} end={entry.to === '/staff'}>
                        {t(entry.label)}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </nav>
        <main id="main" className="staff-main">
          <Outlet />
        </main>
      </div>
    </div>
  );
}

export function NotFound(): ReactNode {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('common.notFound')}</h1>
      <Link to="/">{t('common.back')}</Link>
    </section>
  );
}
