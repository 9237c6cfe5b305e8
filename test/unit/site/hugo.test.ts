// "Website-ready" measured with a real static site generator: the exported minutes of the
// sample meeting are built by Debian's Hugo into a tiny site, and the page shows the subject
// (printed by the layout from front matter), every item heading and every link.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replay } from '../../../src/core/journal.ts';
import { exportMinutes } from '../../../src/markdown/export.ts';
import { hasSection } from '../../../src/markdown/mirage-www.ts';
import { sampleJournal } from '../../fixtures/sample-meeting.ts';

const hugo = spawnSync('hugo', ['version'], { encoding: 'utf8' }).status === 0;
if (!hugo) console.warn(`\n*** hugo not found: the static-site build test is ${process.env['CI'] ? 'FAILING (CI must install it)' : 'SKIPPED (apt-get install hugo)'} ***\n`);

describe('a Hugo site built from the exported minutes', () => {
	const site = mkdtempSync(join(tmpdir(), 'gavel-hugo-'));
	afterAll(() => rmSync(site, { recursive: true, force: true }));

	it.skipIf(!hugo && !process.env['CI'])('shows the subject, every item heading and every link', () => {
		if (!hugo) throw new Error('hugo is not installed: .ci/run installs Debian\'s hugo');
		const meeting = replay(sampleJournal());
		if (meeting === undefined) throw new Error('no meeting');
		const minutes = exportMinutes(meeting, 'mirage-www');
		mkdirSync(join(site, 'content/weekly'), { recursive: true });
		mkdirSync(join(site, 'layouts/_default'), { recursive: true });
		writeFileSync(join(site, 'hugo.toml'), "baseURL = 'https://example.org/'\ntitle = 'Minutes'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']\n");
		writeFileSync(join(site, 'layouts/_default/single.html'), '<html><body><h1 class="subject">{{ .Params.subject }}</h1><p class="description">{{ .Params.description }}</p>{{ .Content }}</body></html>\n');
		writeFileSync(join(site, 'layouts/_default/list.html'), '<html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Params.subject }}</a>{{ end }}</body></html>\n');
		writeFileSync(join(site, 'content/weekly', minutes.fileName), minutes.markdown);
		execFileSync('hugo', ['--quiet', '--source', site, '--destination', join(site, 'public')], { stdio: 'pipe' });
		const page = readFileSync(join(site, 'public/weekly/2026-11-25/index.html'), 'utf8');

		expect(page).toContain(`<h1 class="subject">${meeting.title}</h1>`);
		const headings = [...page.matchAll(/<h4[^>]*>(.*?)<\/h4>/g)].map((m) => plainText(m[1] ?? ''));
		expect(headings).toEqual([...meeting.items.filter((i) => hasSection(i, meeting)).map((i) => i.title), 'AoB']);
		for (const link of [...meeting.items.flatMap((i) => i.links), ...meeting.links]) expect(page).toContain(`href="${link.url}"`);
		expect(page).toContain('href="https://example.org/logos"');
		expect(page).not.toMatch(/\[[^\]]+\]\[[^\]]*\]/); // no reference left unresolved
	});
});

/** Heading text as a reader sees it, with Hugo's typographic quotes made straight again. */
function plainText(html: string): string {
	const entities: Record<string, string> = { ldquo: '"', rdquo: '"', lsquo: "'", rsquo: "'", quot: '"', '#34': '"', '#39': "'", amp: '&', lt: '<', gt: '>', hellip: '...', ndash: '-', mdash: '-' };
	return html.replace(/<[^>]+>/g, '').replace(/&(#?\w+);/g, (whole, name: string) => entities[name] ?? whole);
}
