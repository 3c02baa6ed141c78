import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, sqlitePath } from './config.ts';

describe('loadConfig', () => {
  it('needs no environment: SQLite under ./.data on 127.0.0.1:3000, production, no proxy', () => {
    const config = loadConfig({}, '/srv/baton');

    expect(config).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/baton/.data',
      logLevel: 'info',
      nodeEnv: 'production',
      trustProxy: false,
      timerPollMs: 5000,
    });
    expect(sqlitePath(config)).toBe(path.join('/srv/baton/.data', 'baton.sqlite'));
  });

  it('reads every variable, resolving the data directory against the working directory', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        BATON_DATA_DIR: 'var/baton',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/baton',
        BATON_LOG_LEVEL: 'debug',
        NODE_ENV: 'production',
        BATON_TRUST_PROXY: '10.0.0.0/8, ::1,loopback',
        BATON_ALLOWED_HOSTS: 'Baton.example.com, baton.internal:8080',
        BATON_TIMER_POLL_MS: '250',
      },
      '/srv',
    );

    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/var/baton',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/baton',
      logLevel: 'debug',
      nodeEnv: 'production',
      trustProxy: ['10.0.0.0/8', '::1', 'loopback'],
      allowedHosts: ['baton.example.com', 'baton.internal:8080'],
      timerPollMs: 250,
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' }, '/x').port).toBe(3000);
  });

  it('names the variable when a value is bad', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ BATON_LOG_LEVEL: 'loud' })).toThrow(/BATON_LOG_LEVEL/);
    expect(() => loadConfig({ BATON_TRUST_PROXY: 'yes-please' })).toThrow(/BATON_TRUST_PROXY/);
    expect(() => loadConfig({ BATON_TRUST_PROXY: '10.0.0.0/33' })).toThrow(/BATON_TRUST_PROXY/);
    expect(() => loadConfig({ BATON_ALLOWED_HOSTS: 'http://x/' })).toThrow(/BATON_ALLOWED_HOSTS/);
    expect(() => loadConfig({ BATON_TIMER_POLL_MS: '-1' })).toThrow(/BATON_TIMER_POLL_MS/);
  });

  it('turns the timer loop off when the poll interval is 0', () => {
    expect(loadConfig({ BATON_TIMER_POLL_MS: '0' }).timerPollMs).toBe(0);
  });

  it('trusts every proxy only when told true, and none when told false', () => {
    expect(loadConfig({ BATON_TRUST_PROXY: 'TRUE' }).trustProxy).toBe(true);
    expect(loadConfig({ BATON_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });
});
