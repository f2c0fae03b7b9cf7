/** Read a plan's own metadata from its text: title, issuer, 文号, issue date, kind and horizon years. */
import { toSimplifiedShadow } from './chars.ts';
import { parseChineseNumeral } from './numerals.ts';
import { isTargetYear } from './types.ts';

export type DocumentKind = 'opinion' | 'action plan' | 'work plan' | 'outline' | 'plan' | 'notice';

export interface DocumentMeta {
  /** The plan's own title (not the covering notice's), when one can be found. */
  title: string | null;
  /** The covering notice's title (关于印发…的通知). */
  noticeTitle: string | null;
  issuingBody: string | null;
  docNumber: string | null;
  /** YYYY-MM-DD */
  issueDate: string | null;
  kind: DocumentKind | null;
  /** Years the plan's targets run to, ascending. */
  horizonYears: number[];
  /** The place the plan is for, as named in its title (杭州市, 临夏州). */
  placeName: string | null;
}

const DOC_NUMBER = /[\u4e00-\u9fa5]{1,10}[〔[(]\s*(?:19|20)\d{2}\s*[〕\])]\s*\d{1,4}\s*号/;
const ISSUER = /^[\u4e00-\u9fa5]{2,20}(?:人民政府办公厅|人民政府办公室|人民政府|委员会|办公室|领导小组)$/;
const PLAN_WORDS =
  /(?:意见|方案|计划|纲要|规划|办法|措施|要点)(?:\((?:19|20)\d{2}[-—~至]+(?:19|20)\d{2}年?\))?$/;

function kindOf(title: string): DocumentKind | null {
  if (/行动计划|工作计划|计划$/.test(title)) return 'action plan';
  if (/工作方案|实施方案|方案$/.test(title)) return 'work plan';
  if (/纲要/.test(title)) return 'outline';
  if (/规划/.test(title)) return 'plan';
  if (/意见/.test(title)) return 'opinion';
  if (/通知$/.test(title)) return 'notice';
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** 2014年8月15日, 2011-02-26, 二○一一年二月二十六日 → YYYY-MM-DD */
export function parseIssueDate(line: string): string | null {
  let m = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/.exec(line);
  if (m) return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  m = /((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})/.exec(line);
  if (m) return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  m = /([零〇○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/.exec(
    line,
  );
  if (m) {
    const y = parseChineseNumeral(m[1]!);
    const mo = parseChineseNumeral(m[2]!);
    const d = parseChineseNumeral(m[3]!);
    if (y && mo && d) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  return null;
}

/**
 * Metadata a plan states about itself. Every field is read from the text and is null (or empty)
 * where the text does not say. Pass the simplified shadow when it is already computed.
 */
export function detectDocumentMeta(text: string, shadow?: string): DocumentMeta {
  const s = shadow ?? toSimplifiedShadow(text);
  const lines = s.split('\n');
  const head = lines.slice(0, 40);

  // Length first: on a long line the pattern would run to the line's end from every 关于印发.
  const noticeTitle = head.find((l) => l.length <= 80 && /关于印发.+的通知$/.test(l)) ?? null;
  const title =
    head.find((l) => l.length <= 60 && !/通知|《/.test(l) && PLAN_WORDS.test(l)) ??
    (noticeTitle ? (/印发(.+?)的通知$/.exec(noticeTitle)?.[1] ?? null) : null);
  // The plan's own 文号 opens a line (or follows a 文号 label); numbers inside sentences cite other documents.
  let docNumber: string | null = null;
  for (const line of head) {
    const own = new RegExp(`^(?:发布文号|文号|发文字号)?[:：]?\\s*(${DOC_NUMBER.source})`).exec(line);
    if (own?.[1]) {
      docNumber = own[1].replace(/\s/g, '');
      break;
    }
  }

  let issueDate: string | null = null;
  let issuingBody: string | null = noticeTitle ? (/^(.+?)关于印发/.exec(noticeTitle)?.[1] ?? null) : null;
  for (let i = 0; i < head.length; i++) {
    const line = head[i]!;
    if (!issueDate && line.length <= 20) issueDate = parseIssueDate(line);
    if (!issuingBody && ISSUER.test(line)) issuingBody = line;
    const labelled = /^发布(?:部门|机构)[:：](.+)$/.exec(line);
    if (!issuingBody && labelled?.[1]) issuingBody = labelled[1].trim();
    if (!issueDate && /发布日期/.test(line)) issueDate = parseIssueDate(line);
  }

  const years = new Set<number>();
  for (const t of [title ?? '', noticeTitle ?? '']) {
    const range = /((?:19|20)\d{2})[-—~至]+((?:19|20)\d{2})/.exec(t);
    if (range) years.add(Number(range[2]));
    else for (const m of t.matchAll(/((?:19|20)\d{2})年/g)) years.add(Number(m[1]));
  }
  for (const m of s.matchAll(/(?:到|至|力争到|争取到|力争|争取|确保)((?:19|20)\d{2})年/g))
    years.add(Number(m[1]));
  const issueYear = issueDate ? Number(issueDate.slice(0, 4)) : null;
  const horizonYears = [...years]
    .filter((y) => isTargetYear(y) && (issueYear === null || y >= issueYear))
    .sort((a, b) => a - b);
  if (!horizonYears.length) {
    for (const m of s.matchAll(/((?:19|20)\d{2})年(?:\d{1,2}月)?(?:底|末|前)/g)) years.add(Number(m[1]));
    const last = Math.max(...[...years].filter(isTargetYear));
    if (Number.isFinite(last)) horizonYears.push(last);
  }

  const placeName =
    /^([\u4e00-\u9fa5]{2,8}?(?:自治州|市|州|县|区|盟))/.exec(title ?? noticeTitle ?? '')?.[1] ?? null;
  return {
    title,
    noticeTitle,
    issuingBody,
    docNumber,
    issueDate,
    kind: title ? kindOf(title) : noticeTitle ? kindOf(noticeTitle) : null,
    horizonYears,
    placeName,
  };
}
