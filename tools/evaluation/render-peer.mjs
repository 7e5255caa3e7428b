#!/usr/bin/env node
// Renders interchange records into noisy 1H spectra (JCAMP-DX 5.01, AFFN (X++(Y..Y))) with NMRium's
// nmr-processing simulate1D (the peer simulator, NOT our C++ code), for scoring automatic analysis.
//
// usage:
//   node tools/evaluation/render-peer.mjs [options] [OUTDIR]
// options:
//   --systems FILE      interchange records (default tests/data/analysis/literature-systems.json)
//   --gissmo DIR        instead of --systems: convert GISSMO coupling_info/*.json, keep the fit ones, pick --pick
//   --pick N            pick N records by the seed (default: all; 60 with --gissmo)
//   --fields LIST       MHz, comma-separated (default 43,60,80,90,100)
//   --lw HZ             Lorentzian FWHM (default 1.0)
//   --from/--to PPM     window (default -1 / 11)
//   --step-hz HZ        target point spacing (default 0.2; points chosen per field)
//   --solvent NAME      override every record's solvent (CDCl3, DMSO-d6, D2O, CD3OD, acetone-d6, C6D6)
//   --reference NAME    0-ppm reference name written to the truth (default TMS; DSS with D2O)
//   --snr MIN,MAX       SNR range, drawn log-uniformly (default 100,1000)
//   --seed N            master seed (default 20250601)
//   --max-cluster N     peer's maxClusterSize (default 12)
// OUTDIR defaults to /work/eval/peer-literature (or /work/eval/peer-gissmo with --gissmo).
// Env PEER_DIR: the peer-simulator folder with node_modules (default ../shared/tools/peer-simulator
// relative to the repository root).
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PEER_DIR = resolve(process.env.PEER_DIR ?? join(repoRoot, '..', 'shared', 'tools', 'peer-simulator'));
if (!existsSync(join(PEER_DIR, 'node_modules', 'nmr-processing'))) {
  console.error(`nmr-processing not found under ${PEER_DIR}/node_modules: run npm install there, or set PEER_DIR`);
  process.exit(2);
}
const peerRequire = createRequire(join(PEER_DIR, 'package.json'));
const nmrProcessingPath = peerRequire.resolve('nmr-processing');
const { simulate1D } = await import(pathToFileURL(nmrProcessingPath).href);
const peerVersion = JSON.parse(readFileSync(join(PEER_DIR, 'node_modules', 'nmr-processing', 'package.json'), 'utf8')).version;

// ---- options ----
const args = process.argv.slice(2);
const opt = {};
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i].startsWith('--')) opt[args[i].slice(2)] = args[++i];
  else positional.push(args[i]);
}
const gissmoDir = opt.gissmo;
const outdir = resolve(positional[0] ?? (gissmoDir ? '/work/eval/peer-gissmo' : '/work/eval/peer-literature'));
const fields = (opt.fields ?? '43,60,80,90,100').split(',').map(Number);
const lw = Number(opt.lw ?? 1.0);
const from = Number(opt.from ?? -1), to = Number(opt.to ?? 11);
const stepHz = Number(opt['step-hz'] ?? 0.2);
const [snrMin, snrMax] = (opt.snr ?? '100,1000').split(',').map(Number);
const seed = Number(opt.seed ?? 20250601) >>> 0;
const maxCluster = Number(opt['max-cluster'] ?? 12);
const pick = opt.pick !== undefined ? Number(opt.pick) : (gissmoDir ? 60 : Infinity);

// Residual solvent 1H lines (Fulmer et al., Organometallics 2010, 29, 2176), rendered as singlets.
const SOLVENT_PPM = { CDCl3: 7.26, 'DMSO-d6': 2.50, D2O: 4.79, CD3OD: 3.31, 'acetone-d6': 2.05, C6D6: 7.16, CD2Cl2: 5.32, CD3CN: 1.94 };

// ---- seeded RNG ----
function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function hashString(s) { // FNV-1a
  let h = 0x811c9dc5;
  for (const c of s) { h ^= c.charCodeAt(0); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}
function gaussian(rng) { // Box-Muller
  let u = 0; while (u === 0) u = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

// ---- GISSMO conversion (same grouping rule as core/dataset/gissmo.cpp) ----
const VOCAB = new Set([1, 2, 3, 4, 6, 9, 12, 18]);
function readGissmo(path) {
  const root = JSON.parse(readFileSync(path, 'utf8'));
  const ids = root['chemical shift'].map((e) => e.ID);
  const shift = root['chemical shift'].map((e) => e.value);
  const pos = new Map(ids.map((id, i) => [id, i]));
  const n = shift.length;
  const J = Array.from({ length: n }, () => new Array(n).fill(0));
  for (const e of root['J-coupling'] ?? []) {
    const a = pos.get(e.ID1), b = pos.get(e.ID2);
    if (a === undefined || b === undefined) throw new Error(`${path}: coupling names an atom without a shift`);
    J[a][b] = J[b][a] = e.value;
  }
  const equivalent = (a, b) => {
    if (Math.abs(shift[a] - shift[b]) > 1e-4) return false;
    for (let k = 0; k < n; k++) if (k !== a && k !== b && Math.abs(J[a][k] - J[b][k]) > 0.01) return false;
    return true;
  };
  const rep = [], size = [], groupOf = [];
  for (let atom = 0; atom < n; atom++) {
    let g = 0;
    while (g < rep.length && !equivalent(rep[g], atom)) g++;
    if (g === rep.length) { rep.push(atom); size.push(0); }
    size[g]++; groupOf.push(g);
  }
  // canonical order: descending shift
  const order = rep.map((_, g) => g).sort((a, b) => shift[rep[b]] - shift[rep[a]]);
  const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const label = new Map(order.map((g, i) => [g, i < 26 ? L[i] : `G${i}`]));
  const couplings = [];
  for (let x = 0; x < order.length; x++) for (let y = x + 1; y < order.length; y++) {
    const j = J[rep[order[x]]][rep[order[y]]];
    if (j !== 0) couplings.push([label.get(order[x]), label.get(order[y]), +j.toFixed(4)]);
  }
  // largest coupled cluster in spins
  const parent = order.map((_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const idx = new Map(order.map((g, i) => [label.get(g), i]));
  for (const [a, b] of couplings) parent[find(idx.get(a))] = find(idx.get(b));
  const clusterSpins = new Map();
  order.forEach((g, i) => clusterSpins.set(find(i), (clusterSpins.get(find(i)) ?? 0) + size[g]));
  return {
    id: basename(path, '.json'),
    labels: order.map((g) => label.get(g)),
    spin_groups: order.map((g) => [+shift[rep[g]].toFixed(4), size[g]]),
    couplings,
    maxClusterSpins: Math.max(...clusterSpins.values()),
  };
}
function gissmoProblem(r) {
  if (r.labels.length > 8) return `${r.labels.length} groups`;
  for (const [ppm, n] of r.spin_groups) {
    if (!VOCAB.has(n)) return `group of ${n}`;
    if (ppm < Math.max(0, from + 0.5) || ppm > to - 0.5) return `shift ${ppm} outside the window`;
  }
  for (const [, , j] of r.couplings) if (Math.abs(j) > 25) return `|J| ${j} > 25`;
  if (r.maxClusterSpins > 10) return `cluster of ${r.maxClusterSpins} spins`;
  return '';
}

// ---- load systems ----
let systems;
let selection = {};
if (gissmoDir) {
  const files = readdirSync(gissmoDir).filter((f) => f.endsWith('.json') && !/^D2O|^DSS/i.test(f)).sort();
  const byCompound = new Map(); // one simulation per compound: the first (sorted) fit one
  const skipped = [];
  for (const f of files) {
    let r;
    try { r = readGissmo(join(gissmoDir, f)); } catch (e) { skipped.push(`${f}: ${e.message}`); continue; }
    const why = gissmoProblem(r);
    if (why) { skipped.push(`${f}: ${why}`); continue; }
    const compound = r.id.replace(/_simulation_\d+$/, '');
    if (!byCompound.has(compound)) byCompound.set(compound, r);
  }
  const fit = [...byCompound.values()];
  systems = fit.map((r) => ({ ...r, solvent: 'D2O', source: `GISSMO (PublicNMRData/coupling_info/${r.id}.json; Dashti et al., Anal. Chem. 2017, 89, 12201; CC BY-SA 4.0)` }));
  selection = { gissmo_dir: resolve(gissmoDir), files: files.length, fit_compounds: fit.length, skipped: skipped.length };
  console.error(`GISSMO: ${files.length} files, ${fit.length} fit compounds, ${skipped.length} files skipped`);
} else {
  const path = resolve(opt.systems ?? join(repoRoot, 'tests', 'data', 'analysis', 'literature-systems.json'));
  systems = JSON.parse(readFileSync(path, 'utf8'));
  selection = { systems: path, records: systems.length };
}
if (Number.isFinite(pick) && pick < systems.length) { // seeded partial Fisher-Yates, then keep file order
  const rng = mulberry32(seed ^ 0x9e3779b9);
  const idx = systems.map((_, i) => i);
  for (let i = 0; i < pick; i++) { const j = i + Math.floor(rng() * (idx.length - i)); [idx[i], idx[j]] = [idx[j], idx[i]]; }
  systems = idx.slice(0, pick).sort((a, b) => a - b).map((i) => systems[i]);
  selection.picked = pick;
}
if (opt.solvent) for (const s of systems) s.solvent = opt.solvent;

// ---- simulation ----
function toSpinSystem(rec) {
  const index = Object.fromEntries(rec.labels.map((l, i) => [l, i]));
  const spins = [];
  rec.spin_groups.forEach(([, n], g) => { for (let k = 0; k < n; k++) spins.push(g); });
  const n = spins.length;
  const J = Array.from({ length: n }, () => new Array(n).fill(0));
  for (const [la, lb, j] of rec.couplings) {
    const a = index[la], b = index[lb];
    if (a === undefined || b === undefined) throw new Error(`${rec.id}: coupling ${la}-${lb} names an unknown label`);
    for (let p = 0; p < n; p++) for (let q = 0; q < n; q++)
      if ((spins[p] === a && spins[q] === b) || (spins[p] === b && spins[q] === a)) J[p][q] = j;
  }
  return { chemicalShifts: spins.map((g) => rec.spin_groups[g][0]), couplingConstants: J };
}

function jcamp({ title, field, solvent, x0, dx, y, origin }) {
  // Y scaled to integers with YFACTOR; X descending (FIRSTX = high ppm)
  const n = y.length;
  let maxAbs = 0; for (const v of y) maxAbs = Math.max(maxAbs, Math.abs(v));
  const yfactor = maxAbs > 0 ? maxAbs / 1e8 : 1;
  const lines = [
    `##TITLE=${title}`, '##JCAMP-DX=5.01', '##DATA TYPE=NMR SPECTRUM', '##DATA CLASS=XYDATA',
    `##ORIGIN=${origin}`, '##OWNER=public domain (simulated)',
    `##.OBSERVE FREQUENCY=${field.toFixed(6)}`, '##.OBSERVE NUCLEUS=^1H', `##.SOLVENT NAME=${solvent}`,
    '##XUNITS=PPM', '##YUNITS=ARBITRARY UNITS',
    `##FIRSTX=${x0.toFixed(8)}`, `##LASTX=${(x0 + (n - 1) * dx).toFixed(8)}`, `##DELTAX=${dx.toExponential(10)}`,
    `##NPOINTS=${n}`, '##XFACTOR=1', `##YFACTOR=${yfactor.toExponential(10)}`,
    `##FIRSTY=${Math.round(y[0] / yfactor)}`, '##XYDATA=(X++(Y..Y))',
  ];
  const perLine = 10;
  for (let i = 0; i < n; i += perLine) {
    const ys = [];
    for (let k = i; k < Math.min(n, i + perLine); k++) ys.push(Math.round(y[k] / yfactor));
    lines.push(`${(x0 + i * dx).toFixed(8)} ${ys.join(' ')}`);
  }
  lines.push('##END=');
  return lines.join('\n') + '\n';
}

mkdirSync(outdir, { recursive: true });
const cases = [];
const t0 = Date.now();
for (const rec of systems) {
  const spinSystem = toSpinSystem(rec);
  const protons = spinSystem.chemicalShifts.length;
  const solvent = rec.solvent ?? 'CDCl3';
  if (!(solvent in SOLVENT_PPM)) throw new Error(`${rec.id}: unknown solvent ${solvent}`);
  const reference = opt.reference ?? (solvent === 'D2O' ? 'DSS' : 'TMS');
  const name = rec.id.replace(/[^A-Za-z0-9.-]+/g, '_');
  for (const field of fields) {
    const nbPoints = Math.round(((to - from) * field) / stepHz) + 1;
    const simOpts = { frequency: field, from, to, nbPoints, lineWidth: lw, maxClusterSize: maxCluster, shape: { kind: 'lorentzian' } };
    const ts = process.hrtime.bigint();
    const mol = simulate1D(spinSystem, simOpts);
    const simMs = Number(process.hrtime.bigint() - ts) / 1e6;
    const single = (ppm) => simulate1D({ chemicalShifts: [ppm], couplingConstants: [[0]] }, simOpts).y; // 1 proton-equivalent
    const rng = mulberry32(seed ^ hashString(`${rec.id}@${field}`));
    const refH = 0.2 + 0.8 * rng();
    const solvH = 0.2 + 0.8 * rng();
    const snr = Math.exp(Math.log(snrMin) + rng() * (Math.log(snrMax) - Math.log(snrMin)));
    let tallest = 0; for (const v of mol.y) tallest = Math.max(tallest, v);
    const sigma = tallest / snr;
    const yRef = single(0.0), ySolv = single(SOLVENT_PPM[solvent]);
    // simulate1D's x ascends from `from` to `to`; write descending
    const y = new Float64Array(nbPoints);
    for (let i = 0; i < nbPoints; i++) {
      const k = nbPoints - 1 - i;
      y[i] = mol.y[k] + refH * yRef[k] + solvH * ySolv[k] + sigma * gaussian(rng);
    }
    const dx = -(to - from) / (nbPoints - 1);
    const base = `${name}_${field}MHz`;
    writeFileSync(join(outdir, `${base}.jdx`), jcamp({ title: `${rec.id} ${field} MHz simulated (nmr-processing ${peerVersion})`, field, solvent,
      x0: to, dx, y, origin: `Spinhance evaluation set, tools/evaluation/render-peer.mjs, seed ${seed}` }));
    const { maxClusterSpins, ...clean } = rec;
    const truth = { ...clean, field_mhz: field, snr: +snr.toFixed(2), noise_sigma: sigma, tallest_peak: tallest, linewidth_hz: lw, solvent,
      protons, reference, reference_intensity_h: +refH.toFixed(4), solvent_line_ppm: SOLVENT_PPM[solvent], solvent_intensity_h: +solvH.toFixed(4),
      points: nbPoints, from_ppm: from, to_ppm: to, seed, simulator: `nmr-processing ${peerVersion} simulate1D, maxClusterSize ${maxCluster}` };
    writeFileSync(join(outdir, `${base}.truth.json`), JSON.stringify(truth, null, 1) + '\n');
    cases.push({ case: base, id: rec.id, field_mhz: field, jdx: `${base}.jdx`, truth: `${base}.truth.json`, protons,
      groups: rec.labels.length, snr: truth.snr, points: nbPoints, simulate_ms: +simMs.toFixed(2) });
  }
  console.error(`${rec.id}: ${protons} H, ${rec.labels.length} groups`);
}
writeFileSync(join(outdir, 'manifest.json'), JSON.stringify({
  generator: 'tools/evaluation/render-peer.mjs', simulator: `nmr-processing ${peerVersion} (NMRium) simulate1D`, peer_dir: PEER_DIR,
  seed, fields, linewidth_hz: lw, lineshape: 'lorentzian', from_ppm: from, to_ppm: to, step_hz_target: stepHz,
  snr_range: [snrMin, snrMax], snr_definition: 'tallest molecule point / noise sigma (white Gaussian), log-uniform',
  extra_lines: 'reference singlet at 0.00 ppm (TMS; DSS for D2O) and residual solvent singlet (Fulmer 2010), each 0.2-1 proton-equivalent, uniform',
  selection, molecules: systems.length, spectra: cases.length, cases,
}, null, 1) + '\n');
writeFileSync(join(outdir, 'systems.json'), '[\n' + systems.map(({ maxClusterSpins, ...r }) => JSON.stringify(r)).join(',\n') + '\n]\n');
console.error(`${cases.length} spectra from ${systems.length} systems in ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${outdir}`);
