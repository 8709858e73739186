import { describe, expect, it } from 'vitest';
import { parseQueueUrl, redactRedisUrls, redactSecrets } from '../../sim/index.ts';

describe('queue URLs', () => {
  it('reads host, port, database, user, password and TLS; the display form never holds the password', () => {
    const plain = parseQueueUrl('redis://127.0.0.1:6380/2');
    expect(plain).toMatchObject({ host: '127.0.0.1', port: 6380, db: 2, tls: false, display: 'redis://127.0.0.1:6380/2', secrets: [] });
    expect(parseQueueUrl('redis://cache.internal')).toMatchObject({ host: 'cache.internal', port: 6379, db: 0 });
    const tls = parseQueueUrl('rediss://sim:p%40ss%3Aword@redis.example.com:6390/1');
    expect(tls).toMatchObject({ host: 'redis.example.com', port: 6390, db: 1, tls: true, username: 'sim', password: 'p@ss:word' });
    expect(tls.display).toBe('rediss://sim:***@redis.example.com:6390/1');
    expect(tls.secrets).toContain('p@ss:word');
    expect(parseQueueUrl('redis://[::1]:7000').host).toBe('::1');
  });

  it('takes the password from the environment when the URL has none (kept out of ps)', () => {
    const target = parseQueueUrl('redis://127.0.0.1:6379', 'from-env');
    expect(target.password).toBe('from-env');
    expect(target.display).toBe('redis://127.0.0.1:6379');
    expect(target.secrets).toEqual(['from-env']);
  });

  it('refuses other schemes, bad ports, paths and parameters with QUEUE_URL_INVALID, never echoing the password', () => {
    for (const [url, message] of [
      ['http://127.0.0.1:6379', /redis:\/\/ or rediss:\/\//],
      ['redis://127.0.0.1:6379/db', /database number/],
      ['redis://127.0.0.1:6379/0?tls=true', /query parameters/],
      ['not a url with :secret@', /must be a URL/],
      ['redis://:topsecret@127.0.0.1:6379/abc', /database number/],
    ] as const) {
      let error: (Error & { code?: string }) | undefined;
      try {
        parseQueueUrl(url);
      } catch (e) {
        error = e as Error & { code?: string };
      }
      expect(error?.code, url).toBe('QUEUE_URL_INVALID');
      expect(error?.message, url).toMatch(message);
      expect(error?.message).not.toContain('topsecret');
    }
  });

  it('redacts secrets and URL passwords from any text', () => {
    expect(redactSecrets('AUTH failed for hunter2 (hunter2)', ['hunter2'])).toBe('AUTH failed for *** (***)');
    expect(redactRedisUrls('majordome simulate x --queue rediss://u:hunter2@h:1/0 --out y')).toBe('majordome simulate x --queue rediss://u:***@h:1/0 --out y');
    expect(redactRedisUrls('--queue redis://:p@h --queue redis://h:6379')).toBe('--queue redis://:***@h --queue redis://h:6379');
  });
});
