import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { demoImageSpecs, type DemoImageKey } from "../lib/demo/images";

/**
 * Draws the demo newsroom's pictures: original, flat illustrations written as SVG and rendered to WebP with sharp.
 * Deterministic (each picture seeds its own random numbers from its name), so re-running gives the same files.
 * Usage: tsx scripts/draw-demo-images.ts   (writes public/images/demo/*.webp; commit the output)
 */

type Rng = () => number;
type Draw = (w: number, h: number, r: Rng) => string;

function rng(name: string): Rng {
  let s = [...name].reduce((a, c) => (Math.imul(a, 31) + c.charCodeAt(0)) | 0, 7);
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T,>(r: Rng, xs: T[]) => xs[Math.floor(r() * xs.length)];
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const n1 = (x: number) => Math.round(x * 10) / 10;

// Small SVG vocabulary: enough for flat editorial illustrations.
const rect = (x: number, y: number, w: number, h: number, fill: string, extra = "") =>
  `<rect x="${n1(x)}" y="${n1(y)}" width="${n1(w)}" height="${n1(h)}" fill="${fill}" ${extra}/>`;
const circle = (cx: number, cy: number, rad: number, fill: string, extra = "") =>
  `<circle cx="${n1(cx)}" cy="${n1(cy)}" r="${n1(rad)}" fill="${fill}" ${extra}/>`;
const poly = (pts: [number, number][], fill: string, extra = "") =>
  `<polygon points="${pts.map(([x, y]) => `${n1(x)},${n1(y)}`).join(" ")}" fill="${fill}" ${extra}/>`;
const line = (pts: [number, number][], stroke: string, width: number, extra = "") =>
  `<polyline points="${pts.map(([x, y]) => `${n1(x)},${n1(y)}`).join(" ")}" fill="none" stroke="${stroke}" stroke-width="${width}" stroke-linejoin="round" stroke-linecap="round" ${extra}/>`;
const pathD = (d: string, fill: string, extra = "") => `<path d="${d}" fill="${fill}" ${extra}/>`;

let gid = 0;
/** Full-canvas vertical gradient. */
function sky(w: number, h: number, top: string, bottom: string, height = h): string {
  const id = `g${gid++}`;
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>${rect(0, 0, w, height, `url(#${id})`)}`;
}
/** A soft cone of light from (x, y) downwards. */
function beam(x: number, y: number, spread: number, len: number, angle: number, color: string, opacity = 0.25): string {
  const a = (angle * Math.PI) / 180;
  const ex = x + Math.sin(a) * len;
  const ey = y + Math.cos(a) * len;
  const dx = Math.cos(a) * spread;
  const dy = -Math.sin(a) * spread;
  return poly([[x, y], [ex - dx, ey - dy], [ex + dx, ey + dy]], color, `opacity="${opacity}"`);
}
function waves(w: number, y0: number, rows: number, gap: number, color: string, r: Rng, opacity = 0.4): string {
  return range(rows)
    .map((i) => {
      const y = y0 + i * gap;
      const amp = 3 + r() * 4;
      const len = 60 + r() * 60;
      const pts: [number, number][] = range(Math.ceil(w / 20) + 1).map((k) => [k * 20, y + Math.sin((k * 20) / len + i) * amp]);
      return line(pts, color, 2, `opacity="${opacity}"`);
    })
    .join("");
}
function stars(w: number, h: number, n: number, r: Rng): string {
  return range(n).map(() => circle(r() * w, r() * h, 0.8 + r() * 1.6, "#fdf6e3", `opacity="${n1(0.4 + r() * 0.6)}"`)).join("");
}
function crane(x: number, base: number, height: number, reach: number, color: string): string {
  const top = base - height;
  return [
    rect(x, top, 14, height, color),
    rect(x + 70, top, 14, height, color),
    rect(x - reach * 0.35, top - 20, reach, 16, color),
    rect(x + 20, top - 70, 40, 50, color),
    line([[x + 40, top - 70], [x - reach * 0.3, top - 20]], color, 4),
    line([[x + 40, top - 70], [x + reach * 0.6, top - 20]], color, 4),
    line([[x - reach * 0.2, top - 4], [x - reach * 0.2, top + 120]], color, 3),
  ].join("");
}
function hull(x: number, y: number, w: number, h: number, color: string): string {
  return poly([[x, y], [x + w, y], [x + w - h * 0.8, y + h], [x + h * 0.4, y + h]], color);
}
function containers(x: number, y: number, cols: number, rows: number, cw: number, ch: number, r: Rng, colors: string[]): string {
  let out = "";
  for (let c = 0; c < cols; c++) {
    const height = Math.max(1, Math.round(rows * (0.5 + r() * 0.5)));
    for (let k = 0; k < height; k++) out += rect(x + c * cw, y - (k + 1) * ch, cw - 3, ch - 3, pick(r, colors));
  }
  return out;
}
function houses(w: number, base: number, r: Rng, colors: string[], scale = 1): string {
  let out = "";
  let x = -20;
  while (x < w) {
    const hw = (70 + r() * 90) * scale;
    const hh = (120 + r() * 160) * scale;
    const c = pick(r, colors);
    out += rect(x, base - hh, hw, hh, c) + poly([[x - 6, base - hh], [x + hw / 2, base - hh - hw * 0.45], [x + hw + 6, base - hh]], "#7a3b2e");
    for (let wy = base - hh + 25 * scale; wy < base - 40 * scale; wy += 45 * scale)
      for (let wx = x + 14 * scale; wx < x + hw - 24 * scale; wx += 30 * scale) out += rect(wx, wy, 14 * scale, 22 * scale, "#f6e7c1", `opacity="${r() > 0.4 ? 0.9 : 0.25}"`);
    x += hw + 4;
  }
  return out;
}
function spines(x: number, base: number, width: number, r: Rng, colors: string[], maxH: number): string {
  let out = "";
  let cx = x;
  while (cx < x + width - 20) {
    const bw = 18 + r() * 26;
    const bh = maxH * (0.65 + r() * 0.35);
    out += rect(cx, base - bh, bw, bh, pick(r, colors)) + rect(cx + 4, base - bh + 14, bw - 8, 4, "#f5ecd7", 'opacity="0.6"');
    cx += bw + 2;
  }
  return out;
}
function person(x: number, y: number, s: number, body: string, head: string): string {
  return pathD(`M${x - 22 * s},${y + 60 * s} q0,-38 ${22 * s},-38 q${22 * s},0 ${22 * s},38 z`, body) + circle(x, y, 14 * s, head);
}
function chartFrame(w: number, h: number, bg = "#f7f3ea"): string {
  let out = rect(0, 0, w, h, bg);
  for (let y = h * 0.15; y < h * 0.9; y += h * 0.125) out += line([[w * 0.08, y], [w * 0.94, y]], "#d9d2c3", 2);
  return out + line([[w * 0.08, h * 0.9], [w * 0.94, h * 0.9]], "#6b6457", 3);
}
function mapBase(w: number, h: number, r: Rng): string {
  let out = rect(0, 0, w, h, "#efe6d2");
  for (let i = 0; i < 14; i++) out += line([[r() * w, 0], [r() * w, h]], "#ffffff", 6 + r() * 6, 'opacity="0.8"');
  for (let i = 0; i < 10; i++) out += line([[0, r() * h], [w, r() * h]], "#ffffff", 6 + r() * 6, 'opacity="0.8"');
  return out;
}
function river(w: number, h: number, width: number, color = "#4f8fc0"): string {
  return line(range(21).map((i): [number, number] => [(i / 20) * w, h * 0.55 + Math.sin(i * 0.7) * h * 0.18]), color, width);
}
function avatar(bg: string, skin: string, hair: string, shirt: string, style: number, glasses: boolean): Draw {
  return (w, h) => {
    const cx = w / 2;
    const hairShapes = [
      pathD(`M${cx - 92},${h * 0.46} q0,-120 92,-120 q92,0 92,120 q-20,-70 -92,-70 q-72,0 -92,70z`, hair),
      pathD(`M${cx - 100},${h * 0.75} q-10,-230 100,-230 q110,0 100,230 l-30,0 q10,-150 -70,-170 q-80,20 -70,170z`, hair),
      circle(cx, h * 0.28, 70, hair) + circle(cx - 70, h * 0.38, 40, hair) + circle(cx + 70, h * 0.38, 40, hair),
      pathD(`M${cx - 88},${h * 0.4} q4,-100 88,-100 q84,0 88,100 l-12,-30 l-150,0z`, hair),
    ];
    return [
      rect(0, 0, w, h, bg),
      circle(w * 0.82, h * 0.18, 60, "#ffffff", 'opacity="0.12"'),
      style === 1 ? hairShapes[1] : "",
      pathD(`M${cx - 150},${h} q0,-130 150,-130 q150,0 150,130z`, shirt),
      rect(cx - 26, h * 0.6, 52, 50, skin),
      pathD(`M${cx - 80},${h * 0.42} q0,-90 80,-90 q80,0 80,90 q0,100 -80,100 q-80,0 -80,-100z`, skin),
      style !== 1 ? hairShapes[style] : "",
      circle(cx - 30, h * 0.47, 7, "#2a2a2a") + circle(cx + 30, h * 0.47, 7, "#2a2a2a"),
      glasses ? `<g fill="none" stroke="#1f1f1f" stroke-width="5">${circle(cx - 30, h * 0.47, 22, "none")}${circle(cx + 30, h * 0.47, 22, "none")}</g>` + line([[cx - 8, h * 0.47], [cx + 8, h * 0.47]], "#1f1f1f", 5) : "",
      line([[cx - 22, h * 0.6], [cx, h * 0.615], [cx + 22, h * 0.6]], "#7a4a3a", 5),
    ].join("");
  };
}

const navy = "#13233a";
const warm = ["#c8553d", "#f28f3b", "#ffd5c2", "#588b8b", "#2d3047", "#e0a458"];
const boxColors = ["#c8553d", "#2e86ab", "#f6ae2d", "#588157", "#8d6a9f", "#d1495b", "#edae49"];

const drawings: Record<DemoImageKey, Draw> = {
  "harbour-cranes-dusk": (w, h, r) =>
    sky(w, h, "#2b2d42", "#f4a259") +
    circle(w * 0.7, h * 0.62, 90, "#ffd29d") +
    rect(0, h * 0.72, w, h * 0.28, "#243447") +
    waves(w, h * 0.76, 8, 24, "#f4a259", r, 0.35) +
    [0.12, 0.32, 0.52].map((f) => crane(w * f, h * 0.72, 300 + r() * 80, 380, navy)).join("") +
    hull(w * 0.55, h * 0.66, w * 0.4, 70, "#1b1b2f") +
    containers(w * 0.58, h * 0.66, 14, 4, 40, 26, r, ["#3d405b", "#81423b", "#2f4858", "#5a3d55"]),
  "container-stacks": (w, h, r) =>
    sky(w, h, "#9cc5e6", "#e8f1f8") +
    crane(w * 0.72, h * 0.86, 480, 420, "#d1495b") +
    range(3).map((k) => containers(40 + k * 520, h * 0.92 - k * 0, 11, 6 - k, 44, 30, r, boxColors)).join("") +
    rect(0, h * 0.92, w, h * 0.08, "#6b6b6b"),
  "old-town-rooftops": (w, h, r) =>
    sky(w, h, "#f9d7a4", "#f3efe0") + circle(w * 0.2, h * 0.22, 70, "#fff3d6") + houses(w, h * 0.7, r, ["#e9c46a", "#f4a261", "#e76f51", "#a8dadc", "#f1faee"], 1.1) + houses(w, h * 1.02, r, ["#264653", "#2a9d8f", "#b56576", "#6d597a"], 1.4),
  "ferry-night-crossing": (w, h, r) =>
    sky(w, h, "#0b1026", "#23395b") + stars(w, h * 0.55, 90, r) + circle(w * 0.8, h * 0.2, 55, "#f5f0d8") +
    rect(0, h * 0.62, w, h * 0.38, "#0e1a2b") + waves(w, h * 0.66, 10, 30, "#5b7db1", r, 0.5) +
    hull(w * 0.28, h * 0.56, 560, 70, "#e9ecef") + rect(w * 0.32, h * 0.47, 380, 60, "#dee2e6") + rect(w * 0.39, h * 0.41, 120, 40, "#ced4da") +
    range(12).map((i) => rect(w * 0.33 + i * 30, h * 0.49, 18, 16, "#ffd166")).join("") +
    beam(w * 0.28, h * 0.6, 120, 500, 95, "#ffd166", 0.15),
  "pilot-boat-dawn": (w, h, r) =>
    sky(w, h, "#f6bd60", "#f7ede2") + circle(w * 0.25, h * 0.6, 80, "#f28482", 'opacity="0.8"') +
    rect(0, h * 0.62, w, h * 0.38, "#84a59d") + waves(w, h * 0.66, 10, 28, "#f7ede2", r) +
    rect(w * 0.5, h * 0.18, w * 0.5, h * 0.5, "#2d3142") + rect(w * 0.56, h * 0.12, 80, 60, "#4f5d75") +
    range(9).map((i) => line([[w * 0.58 + i * 22, h * 0.3], [w * 0.58 + i * 22, h * 0.62]], "#bfc0c0", 3)).join("") +
    hull(w * 0.22, h * 0.6, 240, 50, "#f77f00") + rect(w * 0.25, h * 0.53, 100, 40, "#fcbf49"),
  "fishing-boats-quay": (w, h, r) =>
    sky(w, h, "#bde0fe", "#e9f5ff") + rect(0, h * 0.58, w, h * 0.42, "#457b9d") + waves(w, h * 0.62, 10, 26, "#e9f5ff", r) +
    rect(0, h * 0.78, w, h * 0.22, "#8d8d8d") + rect(0, h * 0.78, w, 12, "#5c5c5c") +
    [0.15, 0.45, 0.72].map((f, i) => hull(w * f, h * 0.56, 240, 60, ["#e63946", "#1d3557", "#f1faee"][i]) + rect(w * f + 90, h * 0.2, 8, h * 0.36, "#3a3a3a") + rect(w * f + 40, h * 0.48, 80, 34, "#f1faee")).join(""),
  "grey-point-lighthouse": (w, h, r) =>
    sky(w, h, "#1e2a44", "#6c8ead") + stars(w, h * 0.4, 40, r) + beam(w * 0.5, h * 0.22, 110, 900, -100, "#fff3b0", 0.25) + beam(w * 0.5, h * 0.22, 110, 900, 100, "#fff3b0", 0.25) +
    rect(0, h * 0.74, w, h * 0.26, "#2b4162") + waves(w, h * 0.78, 6, 28, "#a9c5e0", r) +
    poly([[w * 0.3, h], [w * 0.38, h * 0.7], [w * 0.62, h * 0.68], [w * 0.72, h]], "#3a3a3a") +
    poly([[w * 0.45, h * 0.7], [w * 0.47, h * 0.26], [w * 0.53, h * 0.26], [w * 0.55, h * 0.7]], "#f1f1f1") +
    range(3).map((i) => poly([[w * 0.453 + i * 0.003 * w, h * (0.62 - i * 0.14)], [w * 0.455 + i * 0.004 * w, h * (0.56 - i * 0.14)], [w * 0.545 - i * 0.004 * w, h * (0.56 - i * 0.14)], [w * 0.547 - i * 0.003 * w, h * (0.62 - i * 0.14)]], "#c1121f")).join("") +
    rect(w * 0.465, h * 0.18, w * 0.07, h * 0.08, "#fff3b0") + poly([[w * 0.455, h * 0.18], [w * 0.5, h * 0.12], [w * 0.545, h * 0.18]], "#c1121f"),
  "moorings-winter": (w, h, r) =>
    sky(w, h, "#9aa5b1", "#dfe3e8") + rect(0, h * 0.8, w, h * 0.2, "#6b705c") +
    range(5).map((i) => {
      const x = 60 + i * 310;
      return line([[x + 60, h * 0.8], [x + 90, h * 0.62]], "#333", 6) + line([[x + 200, h * 0.8], [x + 170, h * 0.62]], "#333", 6) + hull(x, h * 0.52, 280, 90, pick(r, ["#e5e5e5", "#1d3557", "#a8dadc", "#e63946"])) + rect(x + 136, h * 0.12, 6, h * 0.4, "#444");
    }).join("") + range(120).map(() => circle(r() * w, r() * h, 2 + r() * 3, "#ffffff", 'opacity="0.8"')).join(""),
  "swing-bridge-steel": (w, h, r) =>
    sky(w, h, "#cfd8dc", "#eceff1") + houses(w, h * 0.55, r, ["#90a4ae", "#b0bec5", "#78909c"], 0.8) + rect(0, h * 0.55, w, h * 0.45, "#37474f") + waves(w, h * 0.7, 8, 30, "#90a4ae", r) +
    rect(0, h * 0.5, w, 26, "#455a64") + line(range(17).map((i): [number, number] => [i * (w / 16), i % 2 ? h * 0.3 : h * 0.5]), "#546e7a", 14) + line([[0, h * 0.3], [w, h * 0.3]], "#546e7a", 14) +
    rect(w * 0.46, h * 0.5, 60, h * 0.2, "#455a64"),
  "shipyard-hull": (w, h, r) =>
    sky(w, h, "#3d405b", "#81b29a") + rect(0, h * 0.8, w, h * 0.2, "#2f2f2f") + hull(w * 0.1, h * 0.4, w * 0.8, 260, "#c1440e") + rect(w * 0.1, h * 0.36, w * 0.8, 30, "#e6e6e6") +
    range(12).map((i) => line([[w * 0.1 + i * 110, h * 0.3], [w * 0.1 + i * 110, h * 0.8]], "#cccccc", 4)).join("") + line([[w * 0.08, h * 0.45], [w * 0.92, h * 0.45]], "#cccccc", 4) + line([[w * 0.08, h * 0.62], [w * 0.92, h * 0.62]], "#cccccc", 4) +
    range(30).map(() => { const x = w * 0.55 + r() * 60; const y = h * 0.55 + r() * 40; return line([[w * 0.57, h * 0.58], [x, y - 60]], "#ffd166", 2); }).join(""),
  "seawall-mural": (w, h, r) =>
    sky(w, h, "#d8e2dc", "#ffe5d9", h * 0.35) + rect(0, h * 0.35, w, h * 0.5, "#6d6875") +
    range(7).map((i) => line(range(41).map((k): [number, number] => [k * (w / 40), h * (0.4 + i * 0.06) + Math.sin(k * 0.5 + i) * 14]), pick(r, ["#ffb4a2", "#e5989b", "#b5838d", "#ffcdb2", "#4ea8de", "#f6bd60"]), 22)).join("") +
    range(8).map((i) => circle(120 + i * 190, h * 0.58, 36, "#f4f1de") + circle(120 + i * 190, h * 0.56, 24, pick(r, ["#3d405b", "#81b29a", "#e07a5f"]))).join("") +
    rect(0, h * 0.85, w, h * 0.15, "#3c6e71") + waves(w, h * 0.88, 4, 24, "#d8e2dc", r),
  "mural-detail": (w, h, r) =>
    rect(0, 0, w, h, "#6d6875") +
    range(11).map((i) => line(range(31).map((k): [number, number] => [k * (w / 30), h * (0.05 + i * 0.09) + Math.sin(k * 0.45 + i) * 18]), pick(r, ["#1d4e89", "#f4a261", "#c8553d", "#e9c46a", "#2a9d8f"]), 36)).join("") +
    range(6).map(() => pathD(`M${r() * w},${r() * h} q40,-30 80,0 q-40,30 -80,0z`, "#f4f1de")).join(""),
  "elsen-flood-map": (w, h, r) =>
    mapBase(w, h, r) + pathD(`M0,${h * 0.35} C${w * 0.3},${h * 0.2} ${w * 0.5},${h * 0.85} ${w},${h * 0.6} L${w},${h * 0.95} C${w * 0.5},${h} ${w * 0.3},${h * 0.55} 0,${h * 0.7}z`, "#4f8fc0", 'opacity="0.3"') +
    river(w, h, 34) + range(40).map(() => rect(w * 0.3 + r() * w * 0.4, h * 0.15 + r() * h * 0.7, 30, 22, "#b7ad99")).join("") +
    range(6).map(() => circle(w * 0.25 + r() * w * 0.5, h * 0.3 + r() * h * 0.5, 14, "#d62828", 'stroke="#fff" stroke-width="5"')).join(""),
  "tram-line-map": (w, h, r) =>
    mapBase(w, h, r) + pathD(`M0,${h * 0.8} Q${w * 0.5},${h * 0.65} ${w},${h * 0.9} L${w},${h} L0,${h}z`, "#9cc9e8") +
    line([[w * 0.1, h * 0.2], [w * 0.35, h * 0.3], [w * 0.5, h * 0.5], [w * 0.75, h * 0.55], [w * 0.9, h * 0.75]], "#6a4c93", 20) +
    [[0.1, 0.2], [0.35, 0.3], [0.5, 0.5], [0.75, 0.55], [0.9, 0.75]].map(([x, y]) => circle(w * x, h * y, 22, "#ffffff", 'stroke="#6a4c93" stroke-width="9"')).join(""),
  "charger-map": (w, h, r) =>
    rect(0, 0, w, h, "#f1f5f2") +
    range(8).flatMap((row) => range(14).map((col) => rect(30 + col * 110, 40 + row * 105, 100, 95, "#2a9d8f", `opacity="${n1(0.1 + r() * 0.8)}"`))).join("") +
    range(70).map(() => circle(r() * w, r() * h, 7, "#e76f51", 'stroke="#fff" stroke-width="3"')).join(""),
  "sensor-network": (w, h, r) => {
    const nodes = range(16).map((): [number, number] => [w * 0.05 + r() * w * 0.9, h * 0.1 + r() * h * 0.8]);
    return rect(0, 0, w, h, "#0d1b2a") + range(8).map((i) => line(range(33).map((k): [number, number] => [k * (w / 32), h * (0.15 + i * 0.1) + Math.sin(k * 0.4 + i) * 30]), "#1b263b", 3)).join("") +
      river(w, h, 18, "#3a86ff") + nodes.map((a, i) => line([a, nodes[(i + 1) % nodes.length]], "#415a77", 2)).join("") +
      nodes.map(([x, y]) => circle(x, y, 22, "#ffbe0b", 'opacity="0.25"') + circle(x, y, 9, "#ffbe0b")).join("");
  },
  "budget-bars": (w, h, r) =>
    chartFrame(w, h) + range(9).map((i) => { const bh = h * (0.15 + r() * 0.6); return rect(w * 0.1 + i * w * 0.095, h * 0.9 - bh, w * 0.07, bh, i === 3 ? "#c8553d" : "#1d4e89"); }).join(""),
  "poll-line-chart": (w, h, r) =>
    chartFrame(w, h) + ["#1d4e89", "#c8553d", "#2a9d8f", "#e9c46a"].map((c, i) => { let y = h * (0.3 + i * 0.14); return line(range(25).map((k): [number, number] => [w * 0.08 + k * (w * 0.86) / 24, (y += (r() - 0.5) * 30)]), c, 8); }).join(""),
  "donations-dots": (w, h, r) =>
    rect(0, 0, w, h, "#fbf8f1") + range(5).map((g) => range(30 + g * 12).map(() => circle(w * (0.12 + g * 0.19) + (r() - 0.5) * 200, h * 0.5 + (r() - 0.5) * 500, 4 + r() * r() * 40, ["#1d4e89", "#c8553d", "#2a9d8f", "#6a994e", "#8d6a9f"][g], 'opacity="0.75"')).join("")).join(""),
  "tide-curve": (w, h) =>
    rect(0, 0, w, h, "#eaf4f4") + pathD(`M0,${h} ` + range(81).map((k) => `L${n1((k / 80) * w)},${n1(h * 0.5 + Math.sin((k / 80) * Math.PI * 4) * h * 0.28)}`).join(" ") + ` L${w},${h}z`, "#3d5a80") +
    range(9).map((i) => line([[(i / 8) * w, 0], [(i / 8) * w, h]], "#98c1d9", 2, 'stroke-dasharray="10 12"')).join("") + circle(w * 0.125, h * 0.22, 16, "#ee6c4d") + circle(w * 0.375, h * 0.78, 16, "#ee6c4d"),
  "sensor-chart": (w, h, r) =>
    chartFrame(w, h, "#ffffff") + ["#1d4e89", "#3a86ff", "#2a9d8f", "#e76f51", "#8338ec"].map((c, i) => line(range(30).map((k): [number, number] => [w * 0.08 + k * (w * 0.86) / 29, h * 0.85 - (k < 14 + i * 2 ? r() * 20 : (k - 14 - i * 2) * (24 + i * 6))]), c, 6)).join(""),
  "assembly-seats-arc": (w, h) => {
    const parties: [number, string][] = [[31, "#1d4e89"], [24, "#c8553d"], [9, "#2a9d8f"], [6, "#6a994e"], [3, "#9e9e9e"]];
    const colors = parties.flatMap(([n, c]) => Array(n).fill(c) as string[]);
    const rows = [14, 16, 20, 23];
    let k = 0;
    let out = rect(0, 0, w, h, "#f6f1e7");
    rows.forEach((count, ri) => range(count).forEach((i) => {
      const a = Math.PI - (i / (count - 1)) * Math.PI;
      const rad = 260 + ri * 90;
      out += circle(w / 2 + Math.cos(a) * rad, h * 0.85 - Math.sin(a) * rad, 30, colors[k++] ?? "#ddd");
    }));
    return out;
  },
  "ballot-box-grid": (w, h) =>
    rect(0, 0, w, h, "#f1faee") + rect(w * 0.3, h * 0.45, w * 0.4, h * 0.45, "#457b9d") + rect(w * 0.28, h * 0.42, w * 0.44, 40, "#1d3557") + rect(w * 0.42, h * 0.43, w * 0.16, 14, "#0b1d33") +
    poly([[w * 0.44, h * 0.1], [w * 0.6, h * 0.14], [w * 0.56, h * 0.44], [w * 0.42, h * 0.42]], "#ffffff", 'stroke="#a8dadc" stroke-width="4"') + line([[w * 0.47, h * 0.27], [w * 0.5, h * 0.31], [w * 0.55, h * 0.2]], "#e63946", 10),
  "courthouse-columns": (w, h) =>
    sky(w, h, "#dbe4ee", "#f5f5f0") + poly([[w * 0.15, h * 0.3], [w * 0.5, h * 0.1], [w * 0.85, h * 0.3]], "#e9e4d8", 'stroke="#b8b09e" stroke-width="6"') + rect(w * 0.15, h * 0.3, w * 0.7, 30, "#d8d1c0") +
    range(8).map((i) => rect(w * 0.18 + i * w * 0.0886, h * 0.35, 50, h * 0.43, "#ece7db", 'stroke="#c5bda9" stroke-width="4"')).join("") +
    range(4).map((i) => rect(w * (0.12 - i * 0.02), h * (0.78 + i * 0.055), w * (0.76 + i * 0.04), h * 0.055, i % 2 ? "#cfc7b4" : "#ddd6c5")).join(""),
  "council-chamber": (w, h) =>
    rect(0, 0, w, h, "#3b2f2f") + rect(0, h * 0.7, w, h * 0.3, "#6b4226") +
    range(4).map((i) => pathD(`M${w * (0.05 + i * 0.05)},${h * (0.95 - i * 0.1)} Q${w / 2},${h * (0.55 - i * 0.1)} ${w * (0.95 - i * 0.05)},${h * (0.95 - i * 0.1)}`, "none", 'stroke="#a47148" stroke-width="36"')).join("") +
    circle(w / 2, h * 0.22, 90, "#f5efe0", 'stroke="#c9a66b" stroke-width="12"') + line([[w / 2, h * 0.22], [w / 2 + 45, h * 0.22 + 30]], "#222", 8) + line([[w / 2, h * 0.22], [w / 2 + 20, h * 0.22 - 65]], "#222", 6),
  "debate-podiums": (w, h) =>
    rect(0, 0, w, h, "#101820") + range(4).map((i) => beam(w * (0.2 + i * 0.2), 0, 120, h * 0.8, 0, "#f2e9e4", 0.18) + rect(w * (0.2 + i * 0.2) - 70, h * 0.55, 140, h * 0.35, ["#1d4e89", "#c8553d", "#2a9d8f", "#6a994e"][i]) + person(w * (0.2 + i * 0.2), h * 0.4, 1.4, "#2b2d42", "#d4a373")).join("") + rect(0, h * 0.9, w, h * 0.1, "#22333b"),
  "choir-rows": (w, h, r) =>
    sky(w, h, "#3d348b", "#7678ed") + range(4).map((row) => range(12 - (row % 2)).map((i) => person(110 + i * 130 + (row % 2) * 65, h * (0.2 + row * 0.18), 1.5, pick(r, ["#f18701", "#f35b04", "#232323", "#3d405b"]), pick(r, ["#8d5524", "#c68642", "#e0ac69", "#f1c27d", "#ffdbac"]))).join("")).join(""),
  "cinema-seats": (w, h) =>
    rect(0, 0, w, h, "#14080e") + beam(w / 2, h, 500, h * 0.9, 180, "#fdf0d5", 0.08) + rect(w * 0.15, h * 0.06, w * 0.7, h * 0.36, "#fdf0d5", 'opacity="0.9"') +
    range(4).map((row) => range(16).map((i) => rect(40 + i * 96 + (row % 2) * 20, h * (0.55 + row * 0.11), 80, h * 0.1, "#9d0208", 'rx="14"')).join("")).join(""),
  "theatre-curtain": (w, h) =>
    rect(0, 0, w, h, "#1b0a0a") + beam(w / 2, 0, 220, h * 0.95, 0, "#fff1c1", 0.3) +
    range(10).map((i) => rect(i * (w * 0.035), 0, w * 0.035, h, i % 2 ? "#8b0000" : "#a4161a")).join("") + range(10).map((i) => rect(w - (i + 1) * (w * 0.035), 0, w * 0.035, h, i % 2 ? "#8b0000" : "#a4161a")).join("") +
    rect(0, 0, w, h * 0.1, "#660708") + rect(w * 0.38, h * 0.7, w * 0.24, 24, "#8d6346") + rect(w * 0.4, h * 0.72, 14, h * 0.2, "#6f4e37") + rect(w * 0.59, h * 0.72, 14, h * 0.2, "#6f4e37") + rect(0, h * 0.9, w, h * 0.1, "#e9ecef", 'opacity="0.8"'),
  "festival-stage-lights": (w, h, r) =>
    rect(0, 0, w, h, "#0b0b1f") + range(7).map((i) => beam(w * (0.15 + i * 0.12), h * 0.08, 90, h * 0.9, (r() - 0.5) * 50, pick(r, ["#ff006e", "#3a86ff", "#8338ec", "#ffbe0b"]), 0.3)).join("") +
    rect(w * 0.08, h * 0.06, w * 0.84, 20, "#555") + rect(w * 0.2, h * 0.55, w * 0.6, h * 0.12, "#222244") +
    range(60).map(() => circle(r() * w, h * (0.78 + r() * 0.22), 22 + r() * 10, "#05050f")).join(""),
  "night-market-lanterns": (w, h, r) =>
    sky(w, h, "#03045e", "#2b2d42") + range(3).map((k) => { const y0 = h * (0.15 + k * 0.12); return pathD(`M0,${y0} Q${w / 2},${y0 + 160} ${w},${y0}`, "none", 'stroke="#444" stroke-width="3"') + range(24).map((i) => { const t = i / 23; return circle(t * w, y0 + 4 * 80 * t * (1 - t) * 2 * 0.5 * 2, 9, pick(r, ["#ffd166", "#ffbe0b", "#fb8500"])); }).join(""); }).join("") +
    range(6).map((i) => poly([[i * 280, h * 0.7], [i * 280 + 130, h * 0.58], [i * 280 + 260, h * 0.7]], pick(r, ["#e63946", "#f1faee", "#457b9d"])) + rect(i * 280 + 20, h * 0.7, 220, h * 0.3, "#1d1d2c")).join("") + range(6).map((i) => circle(i * 280 + 130, h * 0.85, 30, "#ff9f1c", 'opacity="0.6"')).join(""),
  "fair-stalls": (w, h, r) =>
    sky(w, h, "#a2d2ff", "#edf6f9") + rect(0, h * 0.75, w, h * 0.25, "#90be6d") + line([[0, h * 0.12], [w, h * 0.18]], "#555", 3) + range(30).map((i) => poly([[i * 55, h * (0.12 + i * 0.002)], [i * 55 + 40, h * (0.12 + i * 0.002)], [i * 55 + 20, h * 0.2]], pick(r, warm))).join("") +
    range(5).map((i) => { const x = 40 + i * 315; return range(6).map((s) => rect(x + s * 46, h * 0.35, 46, 90, s % 2 ? "#ffffff" : pick(r, ["#e63946", "#2a9d8f", "#f4a261"]))).join("") + rect(x + 10, h * 0.45, 256, h * 0.3, "#bc6c25") + rect(x + 10, h * 0.45, 256, 20, "#dda15e"); }).join(""),
  "whale-skeleton-hall": (w, h) =>
    rect(0, 0, w, h, "#e9e3d5") + range(5).map((i) => pathD(`M${80 + i * 230},${h * 0.6} L${80 + i * 230},${h * 0.2} Q${160 + i * 230},${h * 0.05} ${240 + i * 230},${h * 0.2} L${240 + i * 230},${h * 0.6}z`, "#cfe3ea")).join("") + rect(0, h * 0.82, w, h * 0.18, "#8c7a5b") +
    pathD(`M${w * 0.08},${h * 0.5} Q${w * 0.5},${h * 0.3} ${w * 0.92},${h * 0.45}`, "none", 'stroke="#f8f4ea" stroke-width="18" stroke-linecap="round"') +
    range(22).map((i) => { const t = 0.15 + i * 0.03; const x = w * (0.08 + 0.84 * t); const y = h * (0.5 - 0.4 * t * (1 - t) * 1.2); return line([[x, y], [x - 20, y + 90 - Math.abs(i - 8) * 3]], "#f8f4ea", 8); }).join("") +
    pathD(`M${w * 0.06},${h * 0.47} q-50,20 -20,60 q40,-10 60,-40z`, "#f8f4ea"),
  "flood-street-waterline": (w, h, r) =>
    sky(w, h, "#adb5bd", "#dee2e6") + range(6).map((i) => { const x = i * 270; return rect(x, h * 0.2, 262, h * 0.8, pick(r, ["#b5838d", "#e5989b", "#6d6875", "#ffb4a2", "#cdb4db"])) + rect(x + 30, h * 0.45, 200, h * 0.3, "#22333b") + rect(x + 20, h * 0.36, 222, 40, "#495057"); }).join("") +
    rect(0, h * 0.62, w, h * 0.38, "#8d6e63", 'opacity="0.85"') + waves(w, h * 0.64, 10, 30, "#d7ccc8", r, 0.5) + line([[0, h * 0.55], [w, h * 0.55]], "#5d4037", 6, 'opacity="0.6"'),
  "relief-centre-cots": (w, h, r) =>
    rect(0, 0, w, h, "#e9edc9") + rect(0, h * 0.35, w, h * 0.65, "#ccd5ae") + range(3).map((i) => line([[0, h * (0.4 + i * 0.2)], [w, h * (0.4 + i * 0.2)]], "#fefae0", 4)).join("") +
    range(3).flatMap((row) => range(7).map((i) => rect(60 + i * 220 + row * 30, h * (0.42 + row * 0.18), 180, 80, "#6c757d", 'rx="8"') + rect(60 + i * 220 + row * 30, h * (0.42 + row * 0.18), 110, 80, pick(r, ["#457b9d", "#e76f51", "#2a9d8f", "#f4a261"]), 'rx="8"') + rect(70 + i * 220 + row * 30 + 120, h * (0.43 + row * 0.18) + 10, 40, 56, "#fefae0", 'rx="10"'))).join("") + rect(w * 0.35, h * 0.05, w * 0.3, h * 0.2, "#fefae0", 'stroke="#588157" stroke-width="10"') + rect(w * 0.48, h * 0.08, w * 0.04, h * 0.14, "#d62828") + rect(w * 0.455, h * 0.125, w * 0.09, h * 0.05, "#d62828"),
  "school-notebooks": (w, h, r) =>
    rect(0, 0, w, h, "#deb887") + range(12).map((i) => line([[0, i * 80], [w, i * 80 + 40]], "#c49a6c", 3)).join("") +
    range(5).map((i) => `<g transform="rotate(${n1((r() - 0.5) * 24)} ${240 + i * 280} ${h / 2})">${rect(120 + i * 280, h * 0.25, 230, 320, pick(r, ["#0057b7", "#ffd700", "#2a9d8f", "#e76f51", "#f1faee"]))}${rect(140 + i * 280, h * 0.32, 190, 40, "#ffffff", 'opacity="0.8"')}</g>`).join("") +
    `<g transform="rotate(-20 ${w * 0.5} ${h * 0.8})">${rect(w * 0.3, h * 0.8, 500, 22, "#f6bd60")}${poly([[w * 0.3 + 500, h * 0.8], [w * 0.3 + 540, h * 0.8 + 11], [w * 0.3 + 500, h * 0.8 + 22]], "#3a3a3a")}</g>`,
  "bookshop-shelves": (w, h, r) =>
    rect(0, 0, w, h, "#5e3023") + range(4).map((i) => spines(60, h * (0.25 + i * 0.23), w - 120, r, ["#9c6644", "#335c67", "#e09f3e", "#9e2a2b", "#540b0e", "#fff3b0", "#2d6a4f"], h * 0.18) + rect(40, h * (0.25 + i * 0.23), w - 80, 16, "#895737")).join(""),
  "book-stack": (w, h, r) =>
    sky(w, h, "#fefae0", "#faedcd") + rect(0, h * 0.88, w, h * 0.12, "#d4a373") +
    range(9).map((i) => { const bw = 420 + r() * 220; const bh = 56 + r() * 20; return rect(w / 2 - bw / 2 + (r() - 0.5) * 60, h * 0.88 - (i + 1) * 78, bw, bh, pick(r, ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#6d597a"]), 'rx="6"'); }).join(""),
  "heat-sun-fields": (w, h, r) =>
    sky(w, h, "#ff7b00", "#ffd000", h * 0.55) + circle(w * 0.5, h * 0.38, 150, "#fff3b0") + range(5).map((i) => line(range(41).map((k): [number, number] => [k * (w / 40), h * (0.1 + i * 0.08) + Math.sin(k + i) * 8]), "#fff3b0", 3, 'opacity="0.4"')).join("") +
    range(8).map((i) => poly([[0, h * (0.55 + i * 0.06)], [w, h * (0.52 + i * 0.06)], [w, h], [0, h]], i % 2 ? "#e9c46a" : "#d4a017")).join("") + range(20).map(() => line([[r() * w, h * 0.95], [r() * w, h * 0.6]], "#b08900", 2, 'opacity="0.3"')).join(""),
  "hills-mast": (w, h, r) =>
    sky(w, h, "#caf0f8", "#f1faee") + [0.45, 0.55, 0.68, 0.8].map((f, i) => pathD(`M0,${h} L0,${h * f} Q${w * (0.25 + r() * 0.2)},${h * (f - 0.15)} ${w * 0.5},${h * f} T${w},${h * f} L${w},${h}z`, ["#95d5b2", "#74c69d", "#52b788", "#2d6a4f"][i])).join("") +
    line([[w * 0.7, h * 0.15], [w * 0.66, h * 0.5]], "#6c757d", 8) + line([[w * 0.7, h * 0.15], [w * 0.74, h * 0.5]], "#6c757d", 8) + range(3).map((i) => pathD(`M${w * 0.7 - 40 - i * 40},${h * 0.12} q${40 + i * 40},-${40 + i * 30} ${80 + i * 80},0`, "none", 'stroke="#e63946" stroke-width="6"')).join("") +
    range(6).map((i) => rect(w * (0.1 + i * 0.08), h * 0.72, 50, 36, "#fefae0") + poly([[w * (0.1 + i * 0.08) - 6, h * 0.72], [w * (0.1 + i * 0.08) + 25, h * 0.69], [w * (0.1 + i * 0.08) + 56, h * 0.72]], "#9d0208")).join(""),
  "data-grid": (w, h, r) =>
    rect(0, 0, w, h, "#0b132b") + range(12).flatMap((row) => range(24).map((col) => rect(20 + col * 65, 20 + row * 72, 58, 64, "#5bc0be", `opacity="${n1(0.05 + r() ** 2 * 0.95)}"`))).join(""),
  "server-racks": (w, h, r) =>
    rect(0, 0, w, h, "#0a0f1a") + range(6).map((i) => { const x = 60 + i * 255; return rect(x, h * 0.08, 220, h * 0.84, "#1c2541") + range(18).map((k) => rect(x + 14, h * 0.1 + k * 40, 192, 30, "#3a506b") + circle(x + 190, h * 0.1 + k * 40 + 15, 5, r() > 0.3 ? "#6fffe9" : "#ff5d8f")).join(""); }).join(""),
  "wifi-waves": (w, h, r) =>
    sky(w, h, "#48cae4", "#caf0f8") + houses(w, h * 0.75, r, ["#023e8a", "#0077b6", "#0096c7"], 0.9) + rect(0, h * 0.75, w, h * 0.25, "#03045e") + waves(w, h * 0.8, 6, 26, "#90e0ef", r) +
    range(5).map((i) => pathD(`M${w / 2 - 80 - i * 90},${h * 0.45 - i * 40} Q${w / 2},${h * 0.2 - i * 90} ${w / 2 + 80 + i * 90},${h * 0.45 - i * 40}`, "none", 'stroke="#ffffff" stroke-width="18" stroke-linecap="round" opacity="0.85"')).join("") + circle(w / 2, h * 0.5, 26, "#ffffff"),
  "phone-warning": (w, h) =>
    rect(0, 0, w, h, "#fde2e4") + rect(w * 0.36, h * 0.06, w * 0.28, h * 0.88, "#1f1f1f", 'rx="40"') + rect(w * 0.38, h * 0.12, w * 0.24, h * 0.72, "#f8f9fa", 'rx="10"') +
    rect(w * 0.4, h * 0.18, w * 0.17, 70, "#dee2e6", 'rx="16"') + rect(w * 0.4, h * 0.3, w * 0.19, 110, "#dee2e6", 'rx="16"') +
    poly([[w * 0.5, h * 0.5], [w * 0.58, h * 0.7], [w * 0.42, h * 0.7]], "#e63946") + rect(w * 0.495, h * 0.56, 12, 50, "#ffffff") + circle(w * 0.5, h * 0.665, 7, "#ffffff"),
  "video-frames": (w, h, r) =>
    rect(0, 0, w, h, "#222") + rect(0, h * 0.2, w, h * 0.6, "#111") + range(40).map((i) => rect(i * 42 + 8, h * 0.22, 24, 20, "#ddd") + rect(i * 42 + 8, h * 0.76, 24, 20, "#ddd")).join("") +
    range(4).map((i) => rect(40 + i * 390, h * 0.3, 360, h * 0.42, pick(r, ["#457b9d", "#a8dadc", "#e9c46a", "#2a9d8f"])) + person(220 + i * 390, h * 0.44, 1.8, "#1d3557", "#f1c27d")).join("") +
    line([[w * 0.27, h * 0.3], [w * 0.48, h * 0.72]], "#e63946", 18) + line([[w * 0.48, h * 0.3], [w * 0.27, h * 0.72]], "#e63946", 18),
  "author-mara-okonkwo": avatar("#e76f51", "#7b4b2a", "#1b1b1b", "#264653", 2, false),
  "author-tomas-reyes": avatar("#2a9d8f", "#c68642", "#3b2a1a", "#1d3557", 3, true),
  "author-ilse-brandt": avatar("#457b9d", "#f1c9a5", "#e9c46a", "#f1faee", 1, false),
  "author-dariush-karimi": avatar("#6d597a", "#d7a07b", "#2b2b2b", "#b56576", 0, true),
  "author-olena-marchuk": avatar("#f4a261", "#f3d2b5", "#7f4f24", "#2a9d8f", 1, false),
  "author-priya-natarajan": avatar("#264653", "#a86b4c", "#111111", "#e9c46a", 1, true),
  "cover-harbour-lights": (w, h, r) =>
    sky(w, h, "#14213d", "#fca311") + rect(0, h * 0.7, w, h * 0.3, "#14213d") + waves(w, h * 0.74, 5, 22, "#fca311", r, 0.4) + [0.1, 0.25, 0.7, 0.86].map((f) => crane(w * f, h * 0.7, 220, 260, "#0b132b")).join(""),
  "cover-the-ledger": (w, h, r) =>
    rect(0, 0, w, h, "#f7f3ea") + range(40).map((i) => { const bh = h * (0.1 + r() * 0.75); return rect(20 + i * 40, h - bh, 30, bh, i % 7 === 3 ? "#c8553d" : "#1d4e89", 'opacity="0.85"'); }).join(""),
  "cover-signal": (w, h, r) =>
    rect(0, 0, w, h, "#0b132b") + range(30).map(() => { const x = r() * w; const y = r() * h; return line([[x, y], [x + 120, y], [x + 160, y + 40], [x + 300, y + 40]], "#5bc0be", 4, 'opacity="0.7"') + circle(x + 300, y + 40, 8, "#6fffe9"); }).join(""),
  "cover-after-hours": (w, h, r) =>
    sky(w, h, "#240046", "#7b2cbf") + stars(w, h * 0.6, 80, r) + circle(w * 0.85, h * 0.3, 60, "#ffd6ff") + range(7).map((i) => beam(w * (0.1 + i * 0.13), h, 60, h, 180 + (r() - 0.5) * 40, "#ffd6ff", 0.15)).join("") +
    range(10).map((i) => rect(i * (w * 0.02), 0, w * 0.02, h, i % 2 ? "#6a040f" : "#9d0208")).join("") + range(10).map((i) => rect(w - (i + 1) * (w * 0.02), 0, w * 0.02, h, i % 2 ? "#6a040f" : "#9d0208")).join(""),
};

async function main() {
  const outDir = path.join(process.cwd(), "public", "images", "demo");
  fs.mkdirSync(outDir, { recursive: true });
  let total = 0;
  for (const [key, spec] of Object.entries(demoImageSpecs) as [DemoImageKey, (typeof demoImageSpecs)[DemoImageKey]][]) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${spec.height}" viewBox="0 0 ${spec.width} ${spec.height}">${drawings[key](spec.width, spec.height, rng(key))}</svg>`;
    const file = path.join(outDir, `${key}.webp`);
    const info = await sharp(Buffer.from(svg)).webp({ quality: 70, effort: 6 }).toFile(file);
    total += info.size;
    console.log(`${key}.webp ${info.width}×${info.height} ${Math.round(info.size / 1024)} KB`);
  }
  console.log(`${Object.keys(demoImageSpecs).length} images, ${Math.round(total / 1024)} KB in ${path.relative(process.cwd(), outDir)}`);
}

main().catch((err) => {
  console.error(`Drawing the demo images failed: ${err?.message ?? err}`);
  process.exit(1);
});
