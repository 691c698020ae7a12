const N = 200000;
const strs: string[] = []; for (let i = 0; i < N; i++) strs.push(new Date(1.79e12 + i * 60013).toISOString());
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48, b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}
function daysFromCivil(y: number, m: number, d: number) {
  y -= m <= 2 ? 1 : 0; const era = Math.floor(y / 400); const yoe = y - era * 400; const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1; const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function parse(s: string): number | undefined {
  if (s.length !== 24 || s.charCodeAt(23) !== 90 || s.charCodeAt(10) !== 84 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 46) return undefined;
  const year = two(s, 0) * 100 + two(s, 2), month = two(s, 5), day = two(s, 8), hour = two(s, 11), minute = two(s, 14), second = two(s, 17);
  const ms = two(s, 20) * 10 + two(s, 21) - two(s,21) + (s.charCodeAt(22) - 48);
  return (daysFromCivil(year, month, day) * 24 + hour) * 3600000 + minute * 60000 + second * 1000 + ms;
}
for (let r = 0; r < 5; r++) {
  let t = performance.now(); let s = 0;
  for (const x of strs) s += parse(x)!;
  console.log('parse', (performance.now() - t).toFixed(1), s === strs.reduce((a, x) => a + Date.parse(x), 0));
}
