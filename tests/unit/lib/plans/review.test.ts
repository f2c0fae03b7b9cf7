/** Reviewing a plan added in the browser: edits kept as override rows under the build's rule, ids, same-plan check. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addPlanRecord,
  calcCityId,
  calcDocId,
  calcPlanRows,
  checkPlanEdit,
  findPlanTwin,
  removePlanRecord,
  renamePlan,
  restorePlanRecord,
  setPlanEdit,
  type UserPlan,
} from '../../../../src/lib/plans/review.ts';
import { CITIES, INDICATOR_IDS, readUserPlan } from './plan-fixture.ts';

let plan: UserPlan;
beforeAll(async () => {
  plan = await readUserPlan(new Uint8Array(readFileSync('data/sources/hangzhou-2013.txt')), '杭州方案.txt');
});

/** The record whose quote holds `words`. */
function recordWith(words: string) {
  const record = plan.extracted.find((r) => r.quote.includes(words));
  if (record === undefined) throw new Error(`no record quotes ${words}`);
  return record;
}

describe('the metadata a plan opens with', () => {
  it('is read from its text, the city matched against the known cities', () => {
    expect(plan.meta).toMatchObject({
      doc_id: 'hangzhou-2013',
      city_id: 'hangzhou',
      city_zh: '杭州市',
      city_en: 'Hangzhou',
      title: '杭州市争创全国质量强市示范城市工作方案',
      issuing_body: '杭州市人民政府办公厅',
      doc_number: '杭政办函〔2013〕98号',
      issue_date: '2013-05-24',
      kind: 'work plan',
      horizon_years: [2015],
    });
  });

  it.each([
    ['a known city by its Chinese name', '杭州市', '', 'hangzhou'],
    ['a new place by the English name typed', '温州市', 'Wenzhou', 'wenzhou'],
    ['a new place with no English name yet: a stable id', '温州市', '', calcCityId('温州市', '', [])],
  ])('city_id of %s', (_, zh, en, id) => {
    expect(calcCityId(zh, en, CITIES)).toBe(id);
    expect(calcCityId(zh, en, CITIES)).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  it('gives a doc_id no other plan has', () => {
    const meta = { city_id: 'hangzhou', issue_date: '2013-05-24', horizon_years: [2015] };
    expect(calcDocId(meta, new Set())).toBe('hangzhou-2013');
    expect(calcDocId(meta, new Set(['hangzhou-2013', 'hangzhou-2013-2']))).toBe('hangzhou-2013-3');
  });
});

describe('edits under the rule of overrides.csv', () => {
  it.each([
    // 产品质量国家监督抽查合格率稳定在90%以上: 90 is in the sentence, 95 is not.
    ['a value the sentence states', '国家监督抽查合格率', 'value', '90', null],
    ['a value the sentence does not state', '国家监督抽查合格率', 'value', '95', 'not-in-quote'],
    ['a value that is no number', '国家监督抽查合格率', 'value', 'ninety', 'not-a-number'],
    ['a target year', '国家监督抽查合格率', 'target_year', '2016', null],
    ['a year that is no year', '国家监督抽查合格率', 'target_year', '16', 'not-a-year'],
    ['an unknown indicator', '国家监督抽查合格率', 'indicator_id', 'no_such_indicator', 'invalid'],
    ['another comparator', '国家监督抽查合格率', 'comparator', '=', null],
  ])('%s', (_, words, field, value, problem) => {
    const record = recordWith(words);
    const found = checkPlanEdit(
      plan,
      { target_id: record.target_id, field: field as never, value, reason: 'test' },
      INDICATOR_IDS,
    );
    expect(found?.kind ?? null).toBe(problem);
  });

  it('keeps one edit per record and field, and drops one that sets a field back', () => {
    const record = recordWith('国家监督抽查合格率');
    const edit = (value: string) => ({
      target_id: record.target_id,
      field: 'comparator' as const,
      value,
      reason: 'x',
    });
    const once = setPlanEdit(plan, edit('='));
    expect(setPlanEdit({ ...plan, edits: once }, edit('~'))).toEqual([edit('~')]);
    expect(setPlanEdit({ ...plan, edits: once }, edit(record.comparator))).toEqual([]);
  });

  it('applies a corrected value, a removed record and an added target as the build does', () => {
    const spot = recordWith('国家监督抽查合格率');
    const removed = plan.extracted.find((r) => r.comparator === 'qualitative')!;
    let edits = setPlanEdit(plan, {
      target_id: spot.target_id,
      field: 'comparator',
      value: '=',
      reason: 'x',
    });
    edits = removePlanRecord({ ...plan, edits }, removed.target_id);
    // A sentence the reviewer selects: the first line that names 品牌.
    const quoteStart = plan.text.indexOf('名牌');
    const lineEnd = plan.text.indexOf('\n', quoteStart);
    const quote = plan.text.slice(quoteStart, lineEnd);
    edits = addPlanRecord(
      { ...plan, edits },
      { quoteStart, quote, fields: { domain: 'product', indicator_zh: '名牌' } },
    );
    const rows = calcPlanRows({ ...plan, edits }, INDICATOR_IDS);
    expect(rows.problems).toEqual([]);
    const byId = new Map(rows.targets.map((t) => [t.target_id, t]));
    expect(byId.get(spot.target_id)).toMatchObject({ comparator: '=', value: 90, review: 'corrected' });
    expect(byId.has(removed.target_id)).toBe(false);
    expect(byId.get('hangzhou-2013-a01')).toMatchObject({
      quote,
      quote_start: quoteStart,
      domain: 'product',
      indicator_zh: '名牌',
      comparator: 'qualitative',
      city_id: 'hangzhou',
    });
    expect(rows.targets).toHaveLength(plan.extracted.length);
    expect(rows.document).toMatchObject({
      doc_id: 'hangzhou-2013',
      source_file: 'hangzhou-2013.txt',
      start_year: 2013,
    });
    expect(restorePlanRecord({ edits }, removed.target_id)).toHaveLength(edits.length - 1);
  });

  it('follows a new doc_id: records and edits are renamed, nothing else changes', () => {
    const spot = recordWith('国家监督抽查合格率');
    const edited = {
      ...plan,
      edits: setPlanEdit(plan, { target_id: spot.target_id, field: 'value', value: '90', reason: 'x' }),
    };
    const renamed = renamePlan(
      { ...edited, edits: [{ target_id: spot.target_id, field: 'comparator', value: '=', reason: 'x' }] },
      { ...plan.meta, doc_id: 'wenzhou-2013', city_id: 'wenzhou' },
    );
    expect(renamed.extracted[0]).toMatchObject({ doc_id: 'wenzhou-2013', city_id: 'wenzhou' });
    expect(renamed.edits[0]!.target_id).toBe(spot.target_id.replace('hangzhou-2013', 'wenzhou-2013'));
    const rows = calcPlanRows(renamed, INDICATOR_IDS);
    expect(rows.targets.find((t) => t.target_id === renamed.edits[0]!.target_id)?.comparator).toBe('=');
  });
});

describe('a plan already in the dashboard', () => {
  const known = [
    {
      docId: 'hangzhou-2013',
      title: 'A',
      docNumber: '杭政办函〔2013〕98号',
      textSha256: 'aaa',
      origin: 'published' as const,
    },
    { docId: 'mine-2020', title: 'B', docNumber: null, textSha256: 'bbb', origin: 'yours' as const },
  ];
  it.each([
    [
      'the same 文号',
      { docNumber: '杭政办函〔2013〕98号', textSha256: 'zzz' },
      'hangzhou-2013',
      'doc_number',
    ],
    ['the same text', { docNumber: null, textSha256: 'bbb' }, 'mine-2020', 'text'],
    ['neither', { docNumber: '温政办〔2013〕1号', textSha256: 'zzz' }, null, null],
  ])('is found by %s', (_, plan, docId, reason) => {
    const twin = findPlanTwin(plan, known);
    expect(twin?.docId ?? null).toBe(docId);
    expect(twin?.reason ?? null).toBe(reason);
  });
});
