/** The lead department (牵头部门) a plan names for a paragraph's tasks. */
import type { Span } from './structure.ts';

/** (牵头部门:市食药监局。责任单位:…) and 牵头单位:市质监局 */
const LABELLED = /牵头(?:部门|单位|处室)\s*[:：]\s*([^。;；,，)）\n]+)/;
/** (市质监局牵头,市农业局…参与) and …由市质监局负责牵头 */
const BEFORE_LEAD = /([\u4e00-\u9fa5、]{2,40}?)(?:负责)?牵头(?:负责|组织|落实|,|，|\)|）|。|;|$)/;
const RESPONSIBLE = /[(（]([\u4e00-\u9fa5、]{2,30}?)(?:负责|具体负责|牵头负责)[)）]/;
const DEPARTMENT_END = /(?:局|委|办|厅|部|院|会|中心|组|政府|站|所|处|队|署|室|馆|行|社|公司)$/;

function tidy(name: string): string {
  return name
    .replace(/^(?:由|请|各|并)/, '')
    .replace(/(?:等单位|等部门|等)$/, '')
    .trim();
}

/** Search one span of the shadow text; return the department as written in the original text. */
function leadIn(text: string, shadow: string, span: Span): string | null {
  const window = shadow.slice(span.start, span.end);
  // Most paragraphs name no department: skip the patterns unless a marker word is there.
  if (!window.includes('牵头') && !window.includes('负责')) return null;
  let m = LABELLED.exec(window);
  if (m && m[1]) {
    const at = span.start + m.index + m[0].indexOf(m[1]);
    const name = tidy(text.slice(at, at + m[1].length));
    if (name) return name;
  }
  // (市质监局负责): one body answers for the task; 按职责分工负责 names several without a lead.
  const responsible = RESPONSIBLE.exec(window);
  if (responsible?.[1] && !/按职责|分工|分别|各/.test(responsible[1])) {
    const name = tidy(responsible[1]);
    const at = span.start + responsible.index + responsible[0].indexOf(responsible[1]);
    if (DEPARTMENT_END.test(name)) return tidy(text.slice(at, at + responsible[1].length));
  }
  m = window.includes('牵头') ? BEFORE_LEAD.exec(window) : null;
  if (m && m[1]) {
    // Keep only the trailing run of department names: 市质监局、市商务局 in "…工作,由市质监局负责牵头".
    const raw = m[1];
    const names = raw.split(/[,，由和与及]/).pop() ?? raw;
    const at = span.start + m.index + raw.length - names.length;
    const name = tidy(text.slice(at, at + names.length));
    if (name && DEPARTMENT_END.test(name.split('、').pop() ?? name)) return name;
  }
  return null;
}

/**
 * The lead department for a paragraph: named in the paragraph itself, or on the line right after it
 * when a plan puts "牵头单位:…" on its own line.
 */
export function findLeadDepartment(
  text: string,
  shadow: string,
  paragraph: Span,
  next?: Span,
): string | null {
  const own = leadIn(text, shadow, paragraph);
  if (own) return own;
  if (next && /^[(（]?\s*牵头(?:部门|单位)/.test(shadow.slice(next.start, next.end)))
    return leadIn(text, shadow, next);
  return null;
}
