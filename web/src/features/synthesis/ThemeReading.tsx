import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../app/format.js';
import type { ThemeDetail } from './types.js';

/** Why a theme's ideas are together (the phrases they share, counted) and the ideas that best represent it. */
export function ThemeReading({ theme }: { theme: ThemeDetail }) {
  const { t } = useTranslation();
  const byId = new Map(theme.ideas.map((idea) => [idea.id, idea]));
  const representatives = theme.representatives.flatMap((id) => byId.get(id) ?? []);
  if (!theme.phrases.length && !representatives.length) return null;
  return (
    <div className="grid">
      {theme.phrases.length ? (
        <section aria-labelledby="theme-why">
          <h2 id="theme-why">{t('synthesis.why')}</h2>
          <p className="muted">{t('synthesis.whyIntro')}</p>
          <ul>
            {theme.phrases.map((item) => (
              <li key={item.phrase}>
                {t('synthesis.phraseCount', {
                  phrase: item.phrase,
                  count: item.ideas,
                  ideas: formatInteger(item.ideas),
                  total: formatInteger(theme.ideas.length),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {representatives.length ? (
        <section aria-labelledby="theme-representatives">
          <h2 id="theme-representatives">{t('synthesis.representatives')}</h2>
          <ol>
            {representatives.map((idea) => (
              <li key={idea.id}>
                «{idea.text}» <span className="muted">— {idea.dialogue.title}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
