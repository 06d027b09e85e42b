// The article's home place: the place its relative names (市委, 我县, 全区) refer to.
import { gazetteer, placeByCode, type PlaceRecord } from '../extract/gazetteer.ts';

const RELATIVE_CUES: Array<[RegExp, string]> = [
  [/(?:我|全|本|该)省|省(?:内|委|政府|人民政府|人大|政协)/gu, '省'],
  [/(?:我|全|本|该)市|市(?:委|政府|人民政府|人大|政协|纪委|教育局|领导)/gu, '市'],
  [/(?:我|全|本|该)县|县(?:委|政府|人民政府|人大|政协|纪委|教育局|领导)/gu, '县'],
  [/(?:我|全|本|该)区|区(?:委|政府|人民政府|人大|政协|纪委|教育局|领导)/gu, '区'],
  [/(?:我|全|本|该)旗|旗(?:委|政府)/gu, '旗'],
  [/(?:我|全|本|该)州|州(?:委|政府)/gu, '州'],
];

/** Which level words (市/县/区/旗/州) the article uses relatively, most used first. */
export function relativeLevels(norm: string): string[] {
  const counts: Array<[string, number]> = [];
  for (const [re, level] of RELATIVE_CUES) {
    const n = norm.match(re)?.length ?? 0;
    if (n) counts.push([level, n]);
  }
  return counts.sort((a, b) => b[1] - a[1]).map(([l]) => l);
}

/** The level words the article uses for its own scope (全市, 我县, 本区), as opposed to naming a body (市委). */
export function scopeLevels(norm: string): string[] {
  return [...new Set([...norm.matchAll(/(?:我|全|本)([省市县区旗州])/gu)].map((m) => m[1]))];
}

function levelWord(rec: PlaceRecord): string {
  if (rec.level === 'province') return '省';
  if (/自治州$/u.test(rec.name)) return '州';
  if (/盟$/u.test(rec.name)) return '盟';
  const last = rec.name.slice(-1);
  return last;
}

/**
 * Chooses the home place from weighted place mentions (the article's own, then the page's) and the relative words the
 * article uses: an article that says 市委 lives in a 市, one that says 县委 in a 县.
 */
export function chooseHome(articleWeights: Map<string, number>, pageWeights: Map<string, number>, allLevels: string[], scope: string[] = []): string | null {
  // Provinces are never chosen here (see below), so 省 says nothing about which city or county is meant.
  const levels = allLevels.filter((l) => l !== '省');
  const score = new Map<string, number>();
  const addFrom = (weights: Map<string, number>, factor: number) => {
    for (const [code, w] of weights) {
      const rec = placeByCode(code);
      // A township speaks for its county (贾家庄镇 → 汾阳市).
      if (rec?.level === 'township' && rec.parent) { score.set(rec.parent, (score.get(rec.parent) ?? 0) + w * factor * 0.8); continue; }
      if (!rec || rec.level === 'township' || rec.level === 'village' || rec.level === 'province') continue;
      score.set(code, (score.get(code) ?? 0) + w * factor);
      // Mentions of a county also speak for its prefecture, a little.
      if (rec.parent && rec.level === 'county') score.set(rec.parent, (score.get(rec.parent) ?? 0) + w * factor * 0.3);
    }
  };
  addFrom(articleWeights, 1);
  // The page helps choose among the article's own places (and the prefectures above them); a place only the rest of the
  // page names does not become this article's home when the article names places of its own.
  const own = new Set(score.keys());
  addFrom(own.size ? new Map([...pageWeights].filter(([c]) => own.has(c))) : pageWeights, 0.35);
  let best: string | null = null;
  let bestScore = 0;
  for (const [code, s] of score) {
    const rec = placeByCode(code)!;
    let v = s;
    const lw = levelWord(rec);
    if (levels.length) {
      if (lw === levels[0]) v *= 2.5;
      else if (levels.includes(lw)) v *= 1.5;
      // A district named in a 全市 article (在小店区和迎泽区召开) is where things happen, not whose article it is.
      else if (scope.length && !scope.includes(lw)) v *= 0.4;
    }
    if (v > bestScore || (v === bestScore && best !== null && code < best)) { best = code; bestScore = v; }
  }
  if (best) return lowerHome(best, score, levels);
  // Only a province is named: use it.
  for (const [code] of [...articleWeights, ...pageWeights]) if (placeByCode(code)?.level === 'province') return code;
  return null;
}

/**
 * 晋中市…启动仪式在榆次区…举办, 区委副书记…, 副区长…: a city's article that speaks of 区委 or 区政府 and names one
 * district of the city lives in that district, from where 市 still reaches the city (全市 too); from the city, 区 would
 * reach nothing.
 */
function lowerHome(best: string, score: Map<string, number>, levels: string[]): string {
  const rec = placeByCode(best);
  if (!rec || rec.level !== 'prefecture') return best;
  const lower: string[] = levels.filter((l) => l === '区' || l === '县' || l === '旗');
  if (!lower.length) return best;
  const named = [...score.keys()].map((c) => placeByCode(c)!).filter((r) => r.level === 'county' && r.parent === best && lower.includes(levelWord(r)));
  return named.length === 1 ? named[0].code : best;
}

/** The place a relative level word refers to from the home place: 市 in a 县 article is the county's prefecture city. */
export function placeForLevel(home: string | null, level: string): PlaceRecord | null {
  if (!home) return null;
  const rec = placeByCode(home);
  if (!rec) return null;
  const chain = [rec, ...rec.ancestors.map((a) => placeByCode(a)!)];
  if (level === '省') return chain.find((r) => r.level === 'province') ?? null;
  for (const r of chain) {
    if (r.level === 'township' || r.level === 'village') continue;
    if (levelWord(r) === level) return r;
  }
  if (level === '市') return chain.find((r) => r.level === 'prefecture') ?? null;
  if (level === '区' || level === '县' || level === '旗') return chain.find((r) => r.level === 'county') ?? null;
  if (level === '州' || level === '盟') return chain.find((r) => r.level === 'prefecture') ?? null;
  if (level === '镇' || level === '乡' || level === '街道') return chain.find((r) => r.level === 'township') ?? null;
  return null;
}

/**
 * The place a manifest names for a page: a 6-digit code, or division names from the top down (山西晋中市平遥县,
 * 太原市小店区(推定)). Each name is read with the ones before it, so 铁东区 after 四平市 is 四平's; null when no name
 * is known.
 */
export function placeOfHint(hint: string): string | null {
  const code = /\b(\d{6})\b/u.exec(hint)?.[1];
  if (code && placeByCode(code)) return code;
  const { trie } = gazetteer();
  let chosen: PlaceRecord | null = null;
  for (let i = 0; i < hint.length;) {
    const m = trie.longestAt(hint, i);
    if (!m) { i++; continue; }
    const candidates = m.values.map((v) => placeByCode(v.code)!).filter((r) => r.level !== 'township' || chosen);
    // Below what is already known when possible; otherwise the highest-level reading of the name.
    const under: PlaceRecord[] = chosen ? candidates.filter((r) => r.ancestors.includes(chosen!.code)) : [];
    const pick: PlaceRecord | undefined = (under.length ? under : candidates).sort((a, b) => a.ancestors.length - b.ancestors.length || (a.code < b.code ? -1 : 1))[0];
    if (pick && (!chosen || under.length || pick.ancestors.length >= chosen.ancestors.length)) chosen = pick;
    i = m.end;
  }
  return chosen?.code ?? null;
}
