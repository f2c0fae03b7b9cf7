import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  buildPolicyMeta,
} from '../../../scripts/lib/policy.ts';
import { ROOT } from '../../published-data.ts';

describe('the site policy', () => {
  it('refuses framing by other sites in the header, in both the CSP and X-Frame-Options', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'self'");
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('SAMEORIGIN');
  });

  it('keeps every directive but frame-ancestors in the meta copy, and says why', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(META_CONTENT_SECURITY_POLICY.split('; ')).toEqual(
      CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')),
    );
    expect(buildPolicyMeta()).toContain(`content="${META_CONTENT_SECURITY_POLICY}"`);
    expect(buildPolicyMeta()).toMatch(/frame-ancestors is not here: browsers ignore it in a meta/);
  });

  it.each(['index.html', 'bench.html', 'bench-import.html'])(
    '%s has the place the meta is written to',
    (page) => {
      const html = readFileSync(path.join(ROOT, page), 'utf8');
      expect(html).toContain('<!-- content-security-policy -->');
      expect(html).not.toContain('http-equiv="Content-Security-Policy"');
    },
  );
});
