// Draws a bench report as an SVG: per workload and system, requests/s and p99 latency as
// horizontal bars on log scales (the systems differ by two orders of magnitude).

interface Row {
  label: string;
  system: string;
  rps: number;
  p99Ms: number;
}

interface Report {
  date: string;
  quick: boolean;
  connections: number;
  workloads: {
    name: string;
    rps: number;
    baselineRps: number;
    p99Ms: number;
    baselineP99Ms?: number;
  }[];
  postgres:
    | { name: string; rps: number; baselineRps: number; p99Ms: number; baselineP99Ms: number }[]
    | null;
  peer: { name: string; peerRps: number; peerP99Ms: number }[] | null;
  mix:
    | { cache: string; rps: number; baselineRps: number; p99Ms: number; baselineP99Ms: number }[]
    | null;
}

const colours: Record<string, string> = {
  Khabar: '#2b6cb0',
  'Khabar, cache on': '#2b6cb0',
  'Khabar, cache off': '#90cdf4',
  PostGraphile: '#dd6b20',
  'hand-written SQL': '#718096',
};

function rowsOf(report: Report): { group: string; rows: Row[] }[] {
  const groups: { group: string; rows: Row[] }[] = [];
  for (const w of report.workloads)
    groups.push({
      group: `SQLite: ${w.name}`,
      rows: [
        { label: w.name, system: 'Khabar', rps: w.rps, p99Ms: w.p99Ms },
        {
          label: w.name,
          system: 'hand-written SQL',
          rps: w.baselineRps,
          p99Ms: w.baselineP99Ms ?? 0,
        },
      ],
    });
  for (const w of report.postgres ?? []) {
    const peer = report.peer?.find((p) => p.name === w.name);
    groups.push({
      group: `PostgreSQL: ${w.name}`,
      rows: [
        { label: w.name, system: 'Khabar', rps: w.rps, p99Ms: w.p99Ms },
        ...(peer
          ? [{ label: w.name, system: 'PostGraphile', rps: peer.peerRps, p99Ms: peer.peerP99Ms }]
          : []),
        { label: w.name, system: 'hand-written SQL', rps: w.baselineRps, p99Ms: w.baselineP99Ms },
      ],
    });
  }
  if (report.mix?.length) {
    const rows: Row[] = report.mix.map((m) => ({
      label: 'mix',
      system: `Khabar, cache ${m.cache}`,
      rps: m.rps,
      p99Ms: m.p99Ms,
    }));
    const first = report.mix[0]!;
    rows.push({
      label: 'mix',
      system: 'hand-written SQL',
      rps: first.baselineRps,
      p99Ms: first.baselineP99Ms,
    });
    groups.push({ group: 'PostgreSQL: Zipf mix, 1 ingest/s', rows });
  }
  return groups;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The report as a standalone SVG document. */
export function plot(report: Report): string {
  const groups = rowsOf(report);
  const rowHeight = 16;
  const groupGap = 22;
  const labelWidth = 130;
  const barWidth = 300;
  const panelGap = 70;
  const top = 64;
  const left = 12;
  const height =
    top + groups.reduce((sum, g) => sum + groupGap + g.rows.length * rowHeight, 0) + 40;
  const width = left + labelWidth + 2 * barWidth + panelGap + 90;
  const scale = (value: number, max: number) =>
    value <= 1 ? 0 : (Math.log10(value) / Math.log10(max)) * barWidth;
  const all = groups.flatMap((g) => g.rows);
  const maxRps = Math.max(10, ...all.map((r) => r.rps)) * 1.2;
  const maxP99 = Math.max(10, ...all.map((r) => r.p99Ms)) * 1.2;
  const rpsX = left + labelWidth;
  const p99X = rpsX + barWidth + panelGap;
  const parts: string[] = [];
  parts.push(
    `<text x="${left}" y="20" font-size="14" font-weight="bold">Khabar benchmark, ` +
      `${escapeXml(report.date.slice(0, 10))}${report.quick ? ' (--quick)' : ''}, ` +
      `${report.connections} connections</text>`,
    `<text x="${rpsX}" y="44" font-size="12" font-weight="bold">` +
      'requests/s (log scale, more is better)</text>',
    `<text x="${p99X}" y="44" font-size="12" font-weight="bold">` +
      'p99 latency, ms (log scale, less is better)</text>',
  );
  let y = top;
  for (const { group, rows } of groups) {
    y += groupGap;
    parts.push(
      `<text x="${left}" y="${y - 6}" font-size="11" font-weight="bold">${escapeXml(group)}</text>`,
    );
    for (const row of rows) {
      const colour = colours[row.system] ?? '#4a5568';
      const rpsWidth = scale(row.rps, maxRps);
      const p99Width = scale(row.p99Ms, maxP99);
      parts.push(
        `<text x="${left + 8}" y="${y + 11}" font-size="10">${escapeXml(row.system)}</text>`,
        `<rect x="${rpsX}" y="${y + 2}" width="${rpsWidth.toFixed(1)}" ` +
          `height="${rowHeight - 4}" fill="${colour}"/>`,
        `<text x="${(rpsX + rpsWidth + 4).toFixed(1)}" y="${y + 11}" font-size="10">` +
          `${Math.round(row.rps).toLocaleString('en')}</text>`,
        `<rect x="${p99X}" y="${y + 2}" width="${p99Width.toFixed(1)}" ` +
          `height="${rowHeight - 4}" fill="${colour}"/>`,
        `<text x="${(p99X + p99Width + 4).toFixed(1)}" y="${y + 11}" font-size="10">` +
          `${row.p99Ms}</text>`,
      );
      y += rowHeight;
    }
  }
  parts.push(
    `<text x="${left}" y="${height - 14}" font-size="10">Drawn by npm run bench from ` +
      'bench/results/latest.json; medians of the interleaved rounds.</text>',
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    '<title>Khabar benchmark: throughput and p99 per system and workload</title>',
    `<rect width="${width}" height="${height}" fill="white"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
