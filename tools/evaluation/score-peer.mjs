#!/usr/bin/env node
// Scores NMRium's automatic multiplet analysis (the peer: autoranges.mjs = nmr-processing xyAutoRangesPicking)
// on a folder written by render-peer.mjs, against each case's *.truth.json.
//
// usage: node tools/evaluation/score-peer.mjs FOLDER [--jobs N] [--reuse] [--gate PPM]
//   --jobs N   parallel autoranges processes (default 1)
//   --reuse    re-score FOLDER/peer-output.jsonl instead of running the peer again
//   --gate     largest |Δδ| for a match (default 0.3 ppm)
// Env PEER_DIR: folder with autoranges.mjs and node_modules (default ../shared/tools/peer-simulator relative
// to the repository root). Writes FOLDER/peer-output.jsonl (raw peer output) and FOLDER/peer-score.json.
//
// Scoring rules
//  * Truth signals: groups with equal shifts (|Δδ| < 0.001 ppm: AA'BB' halves, the two ortho H of a phenyl,
//    independent ethyl groups of Et2O/Et3N) merge into one expected signal with the summed proton count.
//  * Peer signals within 0.02 ppm of 0.00 ppm (TMS/DSS) or of the residual solvent line are dropped unless a
//    true signal lies within 0.05 ppm of that line.
//  * Matching: Hungarian assignment minimising total |Δδ| between peer and true signals; pairs farther apart
//    than the gate count as unmatched on both sides.
//  * group-count accuracy: share of cases with (#kept peer signals) == (#true signals).
//  * all-within-0.01: share of cases where every true signal has a matched peer signal within 0.01 ppm.
//  * nH accuracy: over matched pairs, round(peer nH) == true nH; "raw" uses the peer's nH as printed (normalised
//    by the peer over everything it integrated, reference and solvent lines included), "renorm" rescales the
//    kept signals to sum to the molecule's proton count.
//  * J MAE: for each matched true signal, its true J list = distinct |J| >= 1.0 Hz (linewidth) of couplings from
//    its groups to groups at other shifts, sorted descending (values within 0.3 Hz merged); the peer's js of the
//    matched signal are sorted descending and paired rank by rank (k-th largest with k-th largest) for
//    k < min(lengths). MAE over all pairs. "J coverage": share of matched true signals with a non-empty true J
//    list for which the peer reported at least one J.
//  * time: the peer's own analysis time (ms printed by autoranges.mjs) and the wall time of the process.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PEER_DIR = resolve(process.env.PEER_DIR ?? join(repoRoot, '..', 'shared', 'tools', 'peer-simulator'));
const args = process.argv.slice(2);
const opt = {}; const pos = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--reuse') opt.reuse = true;
  else if (args[i].startsWith('--')) opt[args[i].slice(2)] = args[++i];
  else pos.push(args[i]);
}
if (!pos[0]) { console.error('usage: score-peer.mjs FOLDER [--jobs N] [--reuse] [--gate PPM]'); process.exit(2); }
const folder = resolve(pos[0]);
const jobs = Number(opt.jobs ?? 1);
const gate = Number(opt.gate ?? 0.3);
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));

function runPeer(c) {
  return new Promise((res) => {
    const t0 = process.hrtime.bigint();
    const p = spawn(process.execPath, [join(PEER_DIR, 'autoranges.mjs'), join(folder, c.jdx), String(c.protons)], { cwd: PEER_DIR });
    let out = '', err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      let parsed = null;
      try { parsed = JSON.parse(out.trim().split('\n').pop()); } catch { /* failure recorded below */ }
      res({ case: c.case, wall_s: wall, exit: code, ...(parsed ?? { error: err.slice(-500) || 'no output' }) });
    });
  });
}

let outputs;
const rawPath = join(folder, 'peer-output.jsonl');
if (opt.reuse && existsSync(rawPath)) {
  outputs = readFileSync(rawPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
} else {
  if (!existsSync(join(PEER_DIR, 'node_modules', 'nmr-processing'))) {
    console.error(`nmr-processing not found under ${PEER_DIR}/node_modules: run npm install there, or set PEER_DIR`);
    process.exit(2);
  }
  outputs = new Array(manifest.cases.length);
  let next = 0, done = 0;
  const worker = async () => {
    while (next < manifest.cases.length) {
      const i = next++;
      outputs[i] = await runPeer(manifest.cases[i]);
      if (++done % 25 === 0) console.error(`${done}/${manifest.cases.length}`);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  writeFileSync(rawPath, outputs.map((o) => JSON.stringify(o)).join('\n') + '\n');
}
const byCase = new Map(outputs.map((o) => [o.case, o]));

// Hungarian algorithm (rectangular: rows <= cols), returns assignment row -> col
function hungarian(cost) {
  const n = cost.length, m = cost[0]?.length ?? 0;
  if (n === 0 || m === 0) return [];
  const INF = 1e18; const u = new Array(n + 1).fill(0), v = new Array(m + 1).fill(0), p = new Array(m + 1).fill(0), way = new Array(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i; let j0 = 0; const minv = new Array(m + 1).fill(INF); const used = new Array(m + 1).fill(false);
    do {
      used[j0] = true; const i0 = p[j0]; let delta = INF, j1 = 0;
      for (let j = 1; j <= m; j++) if (!used[j]) {
        const cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (let j = 0; j <= m; j++) if (used[j]) { u[p[j]] += delta; v[j] -= delta; } else minv[j] -= delta;
      j0 = j1;
    } while (p[j0] !== 0);
    do { const j1 = way[j0]; p[j0] = p[j1]; j0 = j1; } while (j0);
  }
  const ans = new Array(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j] > 0) ans[p[j] - 1] = j - 1;
  return ans;
}
function match(truthSig, peerSig) { // returns [[ti, pi]] within gate
  const transpose = truthSig.length > peerSig.length;
  const A = transpose ? peerSig : truthSig, B = transpose ? truthSig : peerSig;
  const cost = A.map((a) => B.map((b) => Math.abs(a.delta - b.delta)));
  const asg = hungarian(cost);
  const pairs = [];
  asg.forEach((j, i) => { if (j >= 0 && cost[i][j] <= gate) pairs.push(transpose ? [j, i] : [i, j]); });
  return pairs;
}

function truthSignals(t) {
  const idx = Object.fromEntries(t.labels.map((l, i) => [l, i]));
  const sigs = [];
  t.spin_groups.forEach(([ppm, n], g) => {
    const s = sigs.find((x) => Math.abs(x.delta - ppm) < 0.001);
    if (s) { s.nH += n; s.groups.push(g); } else sigs.push({ delta: ppm, nH: n, groups: [g] });
  });
  for (const s of sigs) {
    const js = [];
    for (const [a, b, j] of t.couplings) {
      const ga = idx[a], gb = idx[b];
      const inA = s.groups.includes(ga), inB = s.groups.includes(gb);
      if (inA === inB) continue; // not touching this signal, or inside it (isochronous partners)
      const other = inA ? gb : ga;
      if (Math.abs(t.spin_groups[other][0] - s.delta) < 0.001) continue;
      if (Math.abs(j) >= 1.0) js.push(Math.abs(j));
    }
    js.sort((x, y) => y - x);
    s.js = js.filter((j, i) => i === 0 || js[i - 1] - j > 0.3);
  }
  return sigs;
}

const perCase = [];
for (const c of manifest.cases) {
  const t = JSON.parse(readFileSync(join(folder, c.truth), 'utf8'));
  const o = byCase.get(c.case);
  const ts = truthSignals(t);
  const rec = { case: c.case, id: c.id, field: c.field_mhz, snr: t.snr, true_signals: ts.length };
  if (!o || !o.signals) { perCase.push({ ...rec, failed: true, error: o?.error ?? 'no peer output' }); continue; }
  const lines = [0, t.solvent_line_ppm];
  const kept = o.signals.filter((s) => !lines.some((L) => Math.abs(s.delta - L) < 0.02 && !ts.some((x) => Math.abs(x.delta - L) < 0.05)));
  const sumH = kept.reduce((a, s) => a + (s.nH ?? 0), 0);
  const pairs = match(ts, kept);
  const m = pairs.map(([ti, pi]) => {
    const T = ts[ti], P = kept[pi];
    const pj = [...(P.js ?? [])].map(Math.abs).sort((x, y) => y - x);
    const jErr = [];
    for (let k = 0; k < Math.min(pj.length, T.js.length); k++) jErr.push(Math.abs(pj[k] - T.js[k]));
    return { true_delta: T.delta, peer_delta: P.delta, abs_dd: Math.abs(T.delta - P.delta), true_nH: T.nH,
      peer_nH: P.nH, peer_nH_renorm: sumH > 0 ? (P.nH * t.protons) / sumH : null, multiplicity: P.multiplicity,
      true_js: T.js, peer_js: pj, j_abs_err: jErr };
  });
  const matchedTrue = new Set(pairs.map(([ti]) => ti));
  perCase.push({ ...rec, peer_signals: kept.length, dropped_reference_solvent: o.signals.length - kept.length,
    matched: m.length, unmatched_true: ts.length - m.length, extra_peer: kept.length - m.length,
    count_ok: kept.length === ts.length,
    all_within_001: ts.every((_, i) => matchedTrue.has(i)) && m.every((x) => x.abs_dd <= 0.01),
    peer_ms: o.ms, wall_s: o.wall_s, matches: m });
}

const fields = [...new Set(perCase.map((c) => c.field))].sort((a, b) => a - b);
const mean = (a) => (a.length ? a.reduce((x, y) => x + y, 0) / a.length : NaN);
function summarise(cs) {
  const ok = cs.filter((c) => !c.failed);
  const ms = ok.flatMap((c) => c.matches);
  const withJ = ms.filter((x) => x.true_js.length > 0);
  const jerr = ms.flatMap((x) => x.j_abs_err);
  return {
    cases: cs.length, failed: cs.length - ok.length,
    group_count_accuracy: mean(ok.map((c) => (c.count_ok ? 1 : 0))),
    true_signals: ok.reduce((a, c) => a + c.true_signals, 0), matched: ms.length,
    unmatched_true: ok.reduce((a, c) => a + c.unmatched_true, 0), extra_peer: ok.reduce((a, c) => a + c.extra_peer, 0),
    shift_mae_ppm: mean(ms.map((x) => x.abs_dd)),
    all_within_001_ppm: mean(ok.map((c) => (c.all_within_001 ? 1 : 0))),
    nH_accuracy_raw: mean(ms.map((x) => (Math.round(x.peer_nH) === x.true_nH ? 1 : 0))),
    nH_accuracy_renorm: mean(ms.map((x) => (Math.round(x.peer_nH_renorm) === x.true_nH ? 1 : 0))),
    j_mae_hz: mean(jerr), j_pairs: jerr.length,
    j_coverage: mean(withJ.map((x) => (x.peer_js.length > 0 ? 1 : 0))),
    peer_ms_mean: mean(ok.map((c) => c.peer_ms)), wall_s_mean: mean(ok.map((c) => c.wall_s)),
  };
}
const summary = { all: summarise(perCase) };
for (const f of fields) summary[`${f}MHz`] = summarise(perCase.filter((c) => c.field === f));

const pct = (x) => (Number.isFinite(x) ? (100 * x).toFixed(1) + '%' : '-');
const num = (x, d) => (Number.isFinite(x) ? x.toFixed(d) : '-');
const head = ['field', 'cases', 'count acc', 'shift MAE ppm', 'all<=0.01', 'nH acc raw', 'nH acc renorm', 'J MAE Hz (pairs)', 'J cover', 'unmatched/extra', 'peer ms', 'wall s'];
const rows = Object.entries(summary).map(([k, s]) => [k, String(s.cases) + (s.failed ? ` (${s.failed} failed)` : ''), pct(s.group_count_accuracy), num(s.shift_mae_ppm, 4),
  pct(s.all_within_001_ppm), pct(s.nH_accuracy_raw), pct(s.nH_accuracy_renorm), `${num(s.j_mae_hz, 2)} (${s.j_pairs})`, pct(s.j_coverage),
  `${s.unmatched_true}/${s.extra_peer}`, num(s.peer_ms_mean, 1), num(s.wall_s_mean, 2)]);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const fmt = (r) => '| ' + r.map((x, i) => x.padEnd(widths[i])).join(' | ') + ' |';
console.log(`peer: NMRium nmr-processing xyAutoRangesPicking (${PEER_DIR}/autoranges.mjs) on ${folder}`);
console.log(fmt(head)); console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(fmt(r));
writeFileSync(join(folder, 'peer-score.json'), JSON.stringify({ folder, peer_dir: PEER_DIR, gate_ppm: gate, summary, cases: perCase }, null, 1) + '\n');
console.log(`wrote ${join(folder, 'peer-score.json')}`);
