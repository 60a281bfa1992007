import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig, trustProxyOf } from './config.js';

describe('config', () => {
  it('has defaults that run the app on port 3000 with SQLite in ./data', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.dataDir.endsWith('data')).toBe(true);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'tres', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })).toThrowError(
      ConfigError,
    );
    try {
      loadConfig({ PORT: 'tres', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect(String((error as Error).message)).toMatch(/PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/);
    }
  });

  it('trusts no proxy by default and accepts only addresses, CIDR ranges or named ranges', () => {
    expect(trustProxyOf(loadConfig({}))).toBe(false);
    expect(trustProxyOf(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback,::1' }))).toEqual([
      '10.0.0.0/8',
      'loopback',
      '::1',
    ]);
    for (const bad of ['true', '2', '10.0.0.0/33', 'proxy.local', '10.0.0.1/8/1'])
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrowError(/TRUST_PROXY/);
  });

  it('reads the CLI variables too: its language, its password and its debug switch', () => {
    expect(loadConfig({}).cliLocale).toBe('es');
    expect(loadConfig({ LANG: 'en_US.UTF-8' }).cliLocale).toBe('en');
    // Said explicitly, MINGA_LOCALE wins over the system's language.
    expect(loadConfig({ LANG: 'en_US.UTF-8', MINGA_LOCALE: 'es' }).cliLocale).toBe('es');
    expect(loadConfig({ MINGA_DEBUG: '1', MINGA_PASSWORD: 'una-clave-larga' })).toMatchObject({
      MINGA_DEBUG: true,
      MINGA_PASSWORD: 'una-clave-larga',
    });
    expect(() => loadConfig({ MINGA_DEBUG: 'quizás' })).toThrowError(/MINGA_DEBUG/);
  });

  it('never shows passwords when describing itself', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://minga:secreto@db:5432/minga',
      REDIS_URL: 'redis://:clave@cache:6379',
    });
    const text = JSON.stringify(describeConfig(config));
    expect(text).not.toContain('secreto');
    expect(text).not.toContain('clave');
  });
});
