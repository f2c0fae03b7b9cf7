/** Turn the bytes of a plan document into text: UTF-8, GB18030/GBK or Big5 (detected), with clear errors for bad input. */
import { toSimplifiedShadow } from './chars.ts';

/** Why a file could not be read as a plan document. */
export class DocumentInputError extends Error {
  override name = 'DocumentInputError';
}

/** The encodings a plan's text is read in, as TextDecoder labels. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedDocument {
  text: string;
  encoding: TextEncoding;
}

/** Share of control characters above which a file is treated as binary rather than text. */
const BINARY_CONTROL_SHARE = 0.02;

function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control / n > BINARY_CONTROL_SHARE;
}

/**
 * Is every byte pair Big5's shape (a lead 0x81–0xFE, a trail 0x40–0x7E or 0xA1–0xFE)? Node's Big5
 * decoder drops some invalid bytes even when asked to be strict, so the shape is checked first.
 */
function hasBig5Shape(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (b === 0x80 || b === 0xff) return false;
    const t = bytes[++i];
    if (t === undefined || !((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe))) return false;
  }
  return true;
}

/** The text of bytes in one encoding, or undefined when they are not valid in it. */
export function decodeStrictly(label: TextEncoding, bytes: Uint8Array): string | undefined {
  if (label === 'big5' && !hasBig5Shape(bytes)) return undefined;
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The most frequent characters of Chinese prose and of plans (simplified forms). Text decoded in the
 * right encoding is mostly made of them; Big5 bytes read as GBK give kana, Greek and rare characters,
 * and GBK bytes read as Big5 give characters in no particular order.
 */
const COMMON =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麦侧帕滑奖';

let commonCodes: Set<number> | undefined;

/** Share of a decoded sample's Chinese characters that are common ones, less a penalty for signs of a wrong decoding. */
function plausibility(text: string): { score: number; chinese: number } {
  commonCodes ??= new Set([...COMMON].map((c) => c.charCodeAt(0)));
  const sample = toSimplifiedShadow(text.slice(0, 20000));
  let chinese = 0;
  let common = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      chinese++;
      if (commonCodes.has(c)) common++;
    } else if (
      (c >= 0x3040 && c <= 0x30ff) || // kana
      (c >= 0x0370 && c <= 0x04ff) || // Greek, Cyrillic
      (c >= 0x2500 && c <= 0x257f) || // box drawing
      (c >= 0x3400 && c <= 0x4dbf) || // rare ideographs (extension A)
      (c >= 0xe000 && c <= 0xf8ff) // private use
    ) {
      odd++;
    }
  }
  const total = chinese + odd;
  return { score: total ? (common - 2 * odd) / total : 0, chinese: total };
}

/** Below this share of common characters, text of some length is taken as wrongly decoded. */
const MIN_PLAUSIBILITY = 0.2;
/** Fewer Chinese characters than this say too little to judge an encoding by. */
const MIN_SAMPLE = 40;

/**
 * Bytes that are not UTF-8: GB18030 (a superset of GBK and GB2312) or Big5, whichever reads as
 * Chinese prose. Both decoders accept most byte pairs, so validity alone cannot tell them apart.
 */
export function detectChineseEncoding(bytes: Uint8Array): DecodedDocument | undefined {
  const candidates: { encoding: TextEncoding; text: string; score: number; chinese: number }[] = [];
  for (const encoding of ['gb18030', 'big5'] as const) {
    const text = decodeStrictly(encoding, bytes);
    if (text !== undefined) candidates.push({ encoding, text, ...plausibility(text) });
  }
  if (!candidates.length) return undefined;
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0]!;
  if (best.chinese >= MIN_SAMPLE && best.score < MIN_PLAUSIBILITY) return undefined;
  return { text: best.text, encoding: best.encoding };
}

/**
 * Decode a document's bytes. UTF-8 (with or without BOM) and UTF-16 with BOM are taken as they are;
 * other bytes are read as GB18030 (a superset of GBK and GB2312) or Big5, whichever reads as
 * Chinese. Throws DocumentInputError for empty, binary or undecodable input.
 */
export function decodeDocument(bytes: Uint8Array): DecodedDocument {
  if (bytes.length === 0) throw new DocumentInputError('the file is empty');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (isBinary(bytes)) throw new DocumentInputError('the file is binary, not text');
  const utf8 = decodeStrictly('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8.replace(/^\ufeff/, ''), encoding: 'utf-8' };
  const chinese = detectChineseEncoding(bytes);
  if (chinese) return chinese;
  throw new DocumentInputError(
    'the file is neither UTF-8, GB18030/GBK nor Big5 text (it does not decode cleanly in any of them)',
  );
}
