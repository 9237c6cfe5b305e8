// Draws Gavel's toolbar icons (16, 32, 48, 128 px) from a few shapes, 8x8 supersampled, and
// writes them as PNG. Run by hand after changing the design: `node scripts/make-icons.mjs`.
// A white gavel on a blue rounded square reads on light and dark toolbars alike: the blue is
// 3.1:1 against Chrome's darkest toolbar (#202124), 4.7:1 against the light one (#f1f3f4), and
// the white gavel 5.2:1 on the blue (WCAG contrast ratios; 3:1 is the bar for graphics).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [51, 103, 214]; // #3367d6
const WHITE = [255, 255, 255];

// Shapes in a 0..1 square; each returns true where a point is inside.
const roundedRect = (cx, cy, w, h, r, angle = 0) => (x, y) => {
	const cos = Math.cos(angle), sin = Math.sin(angle);
	const dx = x - cx, dy = y - cy;
	const u = Math.abs(dx * cos + dy * sin) - w / 2 + r;
	const v = Math.abs(-dx * sin + dy * cos) - h / 2 + r;
	return Math.hypot(Math.max(u, 0), Math.max(v, 0)) + Math.min(Math.max(u, v), 0) <= r;
};
const tilt = -Math.PI / 4;
const background = roundedRect(0.5, 0.5, 1, 1, 0.2);
const glyph = [
	roundedRect(0.42, 0.4, 0.46, 0.22, 0.05, tilt), // head
	roundedRect(0.62, 0.6, 0.12, 0.52, 0.05, tilt), // handle
	roundedRect(0.3, 0.84, 0.44, 0.09, 0.04), // sound block
];

function pixel(size, px, py) {
	const n = 8;
	let bg = 0, fg = 0;
	for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
		const x = (px + (i + 0.5) / n) / size, y = (py + (j + 0.5) / n) / size;
		if (!background(x, y)) continue;
		if (glyph.some((inside) => inside(x, y))) fg++;
		else bg++;
	}
	const alpha = (bg + fg) / (n * n);
	if (alpha === 0) return [0, 0, 0, 0];
	const t = fg / (bg + fg);
	return [...BLUE.map((c, k) => Math.round(c * (1 - t) + WHITE[k] * t)), Math.round(alpha * 255)];
}

function png(size) {
	const raw = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) raw.set(pixel(size, x, y), y * (size * 4 + 1) + 1 + x * 4);
	const chunk = (type, data) => {
		const body = Buffer.concat([Buffer.from(type), data]);
		const out = Buffer.alloc(12 + data.length);
		out.writeUInt32BE(data.length, 0);
		body.copy(out, 4);
		out.writeUInt32BE(crc32(body), 8 + data.length);
		return out;
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 6, 0, 0, 0], 8);
	return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(buffer) {
	let crc = ~0;
	for (const byte of buffer) {
		crc ^= byte;
		for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
	}
	return ~crc >>> 0;
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../icons/${size}.png`, import.meta.url), png(size));
console.log('wrote icons/16.png, 32.png, 48.png, 128.png');
