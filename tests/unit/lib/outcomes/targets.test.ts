import { describe, expect, it } from 'vitest';
import { TARGETS } from '../../../fixtures/outcomes/targets';
import { readRepoFile } from './load';

describe('tests/fixtures/outcomes/targets.ts', () => {
  it.each(Object.values(TARGETS))('$target_id quotes data/sources/$doc_id.txt exactly', (target) => {
    expect(readRepoFile(`data/sources/${target.doc_id}.txt`)).toContain(target.quote);
  });
});
