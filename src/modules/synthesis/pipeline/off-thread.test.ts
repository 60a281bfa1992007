import { describe, expect, it } from 'vitest';
import { discoverThemesOffThread, ThemeRunCancelled } from './off-thread.js';
import { discoverThemes } from './themes.js';

const ideas = Array.from({ length: 120 }, (_, index) => ({
  id: String(index + 1),
  text:
    index % 3 === 0
      ? `Más buses y recorridos nocturnos de transporte público ${index}`
      : index % 3 === 1
        ? `Salas cuna y jardines infantiles para el cuidado de los hijos ${index}`
        : `Cursos de capacitación en oficios con certificación técnica ${index}`,
  dots: index % 4,
}));

describe('themes in a worker thread', () => {
  it('gives the same themes as on the main thread, with progress', async () => {
    const stages: string[] = [];
    const result = await discoverThemesOffThread(
      ideas,
      { k: 3, seed: 2 },
      {
        onProgress: (stage) => stages.push(stage),
      },
    );
    const here = discoverThemes(ideas, { k: 3, seed: 2 });
    expect([...result.assignment]).toEqual([...here.assignment]);
    expect(result.themes.map((theme) => theme.label)).toEqual(here.themes.map((theme) => theme.label));
    expect(stages).toContain('agrupación');
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const run = discoverThemesOffThread(
      ideas,
      { seed: 1 },
      {
        signal: controller.signal,
        onProgress: () => controller.abort(),
      },
    );
    await expect(run).rejects.toBeInstanceOf(ThemeRunCancelled);
  });
});
