/** Clean a saved web page into the plan's text: drop page chrome, normalise characters and spacing. */
import { isCjk, toHalfWidth, toSimplifiedShadow } from './chars.ts';

/** Lines that are navigation, login bars, share widgets or footers when they open a line. */
const CHROME_START =
  /^(?:用户名|密码|记住我|登录|注册|加入收藏|收藏本站|设为首页|全国站|网站首页|首页\s|您的位置|当前位置|您现在的位置|扫一扫|扫描二维码|微信扫一扫|关注我们|分享到|打印本页|【打印|打印\s|关闭窗口|【关闭|【字体|字体[:：]|字号[:：]|来源[:：]|发布时间[:：]|信息来源[:：]|发布机构[:：]?\s*$|浏览次数|点击数|阅读次数|访问量|责任编辑|编辑[:：]|没找到您需要的|温馨提示|问题越详细|广告服务|载入时间|主办单位|承办单位|网站标识码|您访问的链接即将离开|上一篇|下一篇|相关链接|相关阅读|返回顶部|【返回|发布免费法律咨询)/i;

/** Markers of a footer, a breadcrumb or a widget, wherever they sit in a short line. */
const CHROME_MARKER = /copyright|©|版权所有|ICP备|ICP证|公网安备|>>|»|\[进入分站\]|在手机打开当前页/i;

/**
 * Footers and breadcrumbs are short and state nothing: a line that runs on or ends a sentence is the
 * plan's text even when it contains a marker (a page saved without line breaks is one line).
 */
const CHROME_MAX_LENGTH = 160;
const SENTENCE_END = /[。;；!?！？]/;

function isMarkedChrome(line: string): boolean {
  return line.length <= CHROME_MAX_LENGTH && !SENTENCE_END.test(line) && CHROME_MARKER.test(line);
}

/** A short line naming the hosting site, e.g. 陆河县人民政府门户网站. */
const SITE_NAME = /^.{2,18}(?:门户网站|政府网站|网站|官网)$/;

const BULLET_ONLY = /^[\s•·\-–—_=*|:：.。]*$/;

/** A navigation bar: several short words separated by spaces and no sentence punctuation. */
function isNavigationBar(line: string): boolean {
  if (/[。,，;；:：]/.test(line)) return false;
  const words = line.split(/\s+/).filter(Boolean);
  return words.length >= 4 && words.every((w) => w.length <= 8);
}

/** True when a line is web-page chrome rather than part of the document. */
export function isChromeLine(line: string): boolean {
  // Pages in traditional characters have the same chrome: judge the simplified reading.
  const bare = toSimplifiedShadow(line.replace(/^[•·\-\s]+/, ''));
  if (BULLET_ONLY.test(line)) return true;
  if (CHROME_START.test(bare) || isMarkedChrome(line)) return true;
  if (bare.length <= 20 && SITE_NAME.test(bare)) return true;
  // Bulleted page metadata (timestamps, empty "发布机构:" fields) is short and has no full stop.
  if (/^[•·]/.test(line) && bare.length <= 30 && !bare.includes('。')) return true;
  return isNavigationBar(bare);
}

/** Remove spaces that sit next to Chinese characters or punctuation; keep spaces between Latin words. */
function tightenSpaces(line: string): string {
  return line.replace(/ +/g, (spaces, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + spaces.length];
    return isCjk(before) || isCjk(after) || /[,;:()%]/.test(before ?? '') || /[,;:()%]/.test(after ?? '')
      ? ''
      : ' ';
  });
}

/** Pinyin glosses some sites insert after characters: 质(zhì)量 → 质量. */
const PINYIN_GLOSS = /(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/g;

/**
 * One line of a plan as quotes see it: full-width letters, digits and punctuation made half-width,
 * pinyin glosses removed, spacing next to Chinese removed, ends trimmed. Every reader (text, web
 * page, PDF, Word) passes its lines through this, so the same plan gives the same text.
 */
export function normalizeLine(line: string): string {
  return tightenSpaces(toHalfWidth(line).replace(PINYIN_GLOSS, '').trim());
}

/**
 * The cleaned text of a document: one paragraph per line, page chrome removed, full-width letters,
 * digits and punctuation made half-width, spacing normalised. Quote offsets refer to this text.
 */
export function cleanDocument(raw: string): string {
  const kept: string[] = [];
  for (const rawLine of raw.split(/\r\n?|\n/)) {
    const line = normalizeLine(rawLine);
    if (line && !isChromeLine(line)) kept.push(line);
  }
  return kept.join('\n');
}
