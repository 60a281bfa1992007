import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import type { Feature } from './app/feature.js';
import { initI18n } from './app/i18n.js';
import './app/styles.css';
import './ui/ui.css';

// Every feature folder registers itself through its index.tsx.
const modules = import.meta.glob<{ feature: Feature }>('./features/*/index.tsx', { eager: true });
const features = Object.values(modules).map((module) => module.feature);

initI18n(features);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App features={features} />
  </StrictMode>,
);
