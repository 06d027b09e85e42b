// Article dates: 2022年6月27日 when written in full; 6月27日 with the year from the article, the page, or cues such as
// 迎接党的二十大 (2022). Dates without a written year are marked inferred.

const FULL = /([12][0-9]{3})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日/u;
const MONTH_DAY = /(?<![0-9年])([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日/u;
const CN_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function pad(n: number): string { return String(n).padStart(2, '0'); }

/** The most likely year of a text: the latest plausible year it writes, or one its congress cues imply. */
export function inferYear(text: string): number | null {
  const years = [...text.matchAll(/([12][0-9]{3})\s*年/gu)].map((m) => Number(m[1])).filter((y) => y >= 1990 && y <= 2035);
  if (years.length) {
    // The page's own year is the most frequent recent one.
    const counts = new Map<number, number>();
    for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  }
  if (/迎接党的二十大|喜迎二十大|二十大召开前/u.test(text)) return 2022;
  if (/党的二十大(?:报告|精神|胜利召开)/u.test(text)) return 2023;
  if (/庆祝建党百年|建党100周年/u.test(text)) return 2021;
  return null;
}

export function findDate(text: string, pageYear: number | null): { date: string; inferred: boolean } | null {
  const full = text.match(FULL);
  if (full) return { date: `${full[1]}-${pad(Number(full[2]))}-${pad(Number(full[3]))}`, inferred: false };
  const md = text.match(MONTH_DAY);
  const year = inferYear(text) ?? pageYear;
  if (md && year) {
    const m = Number(md[1]), d = Number(md[2]);
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { date: `${year}-${pad(m)}-${pad(d)}`, inferred: true };
  }
  const cn = text.match(/([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/u);
  if (cn && year) {
    const num = (s: string) => s.length === 1 ? CN_NUM[s] : s[0] === '十' ? 10 + (CN_NUM[s[1]] ?? 0) : (CN_NUM[s[0]] * 10) + (CN_NUM[s[2]] ?? 0);
    const m = num(cn[1]), d = num(cn[2]);
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { date: `${year}-${pad(m)}-${pad(d)}`, inferred: true };
  }
  return null;
}
