/** The `licenses` report for people: findings in words, then the pools, then the roster's problems. */

export interface LicensesTextInput {
  roster: { file: string; rows: number; accepted: number; problems: { line: number; column: string | null; message: string }[]; warnings: string[] };
  usage: { file: string; rows: number; accepted: number; users: number };
  assumptions: { prices: Record<string, string>; gapMinutes: number; target: number; replications: number; seed: string; timeZone: string };
  findings: { severity: string; title: string; users: string[]; monthlyCost: string | null; detail: string }[];
  pools: { license: string; assigned: number; peakConcurrent: number; recommended: number; busyHour: { hourOfWeek: number } }[];
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const LABELS: Record<string, string> = { dialer_tab: 'Dialer Tab', dialer: 'Dialer', flex_port: 'Flex Port' };

/** Plain-text rendering of the JSON report (same numbers). */
export function licensesText(r: LicensesTextInput): string {
  const prices = Object.entries(r.assumptions.prices).map(([k, v]) => `${k} ${v}`).join(', ');
  const lines = [
    `roster ${r.roster.file}: ${r.roster.rows} rows, ${r.roster.accepted} users, ${r.roster.problems.length} problems`,
    `usage ${r.usage.file}: ${r.usage.accepted} of ${r.usage.rows} rows, ${r.usage.users} users`,
    `assumed monthly prices: ${prices}; sessions split by pauses over ${r.assumptions.gapMinutes} min; ` +
      `target ≤ ${(r.assumptions.target * 100).toFixed(2)}% of busy-hour time short; ${r.assumptions.replications} replications, seed ${r.assumptions.seed}, zone ${r.assumptions.timeZone}`,
    '',
    r.findings.length === 0 ? 'no findings' : `${r.findings.length} findings:`,
  ];
  for (const f of r.findings) {
    lines.push(`[${f.severity}] ${f.title}${f.monthlyCost !== null ? ` (${f.monthlyCost} a month)` : ''}`);
    if (f.users.length > 0) lines.push(`    users: ${f.users.join(', ')}`);
    lines.push(`    ${f.detail}`);
  }
  lines.push('', 'pool          assigned  peak concurrent  recommended  busy hour');
  for (const p of r.pools) {
    const h = p.busyHour.hourOfWeek;
    lines.push(`${(LABELS[p.license] ?? p.license).padEnd(12)} ${String(p.assigned).padStart(9)} ${String(p.peakConcurrent).padStart(16)} ${String(p.recommended).padStart(12)}  ${DAYS[Math.floor(h / 24)]} ${String(h % 24).padStart(2, '0')}:00`);
  }
  if (r.roster.problems.length > 0) {
    lines.push('', 'roster problems:');
    for (const p of r.roster.problems) lines.push(`  line ${p.line}${p.column ? `, ${p.column}` : ''}: ${p.message}`);
  }
  for (const w of r.roster.warnings) lines.push(`note: ${w}`);
  return lines.join('\n');
}
