// After the call: the minutes in the chosen profile, previewed (rendered safely: no HTML from
// notes, no script) and as raw Markdown, with Copy and Download, and the site's extra lines.
import { useEffect, useState } from 'preact/hooks';
import type { Meeting } from '../../core/types.ts';
import type { ExportedMinutes } from '../../markdown/profile.ts';
import { copyText, downloadText } from '../../platform/save-file.ts';

const PROFILES = [
	['mirage-www', 'MirageOS website (YYYY-MM-DD.md)'],
	['plain', 'Plain GitHub Markdown'],
] as const;

export function PublishView({ meeting, now }: { meeting: Meeting; now: () => number }) {
	const [profile, setProfile] = useState<string>('mirage-www');
	const [minutes, setMinutes] = useState<ExportedMinutes | undefined>(undefined);
	const [preview, setPreview] = useState('');
	const [copied, setCopied] = useState<string | undefined>(undefined);
	useEffect(() => {
		// The exporter and the renderer load only when Publish opens.
		void Promise.all([import('../../markdown/export.ts'), import('../../markdown/preview.ts')]).then(([{ exportMinutes }, { renderPreview }]) => {
			const out = exportMinutes(meeting, profile, profile === 'plain' ? { timingTable: true, now: now() } : {});
			setMinutes(out);
			setPreview(renderPreview(out.markdown));
		});
	}, [meeting, profile, now]);
	const copy = async (label: string, text: string) => {
		await copyText(text);
		setCopied(label);
		setTimeout(() => setCopied(undefined), 2_000);
	};
	return (
		<main class="view">
			<section class="card">
				<label for="profile">Format</label>
				<select id="profile" aria-keyshortcuts="Alt+H" value={profile} onChange={(e) => setProfile(e.currentTarget.value)}>
					{PROFILES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
				</select>
				<div class="toolbar">
					<button type="button" class="primary" aria-keyshortcuts="Alt+Y" disabled={minutes === undefined} onClick={() => minutes && void copy('minutes', minutes.markdown)}>{copied === 'minutes' ? 'Copied' : 'Copy minutes'}</button>
					<button type="button" aria-keyshortcuts="Alt+O" disabled={minutes === undefined} onClick={() => minutes && downloadText(minutes.fileName, minutes.markdown)}>Download {minutes?.fileName ?? ''}</button>
				</div>
			</section>
			<section class="card preview" aria-labelledby="preview-heading">
				<h2 id="preview-heading">Preview</h2>
				{/* Rendered by commonmark in safe mode: raw HTML is dropped and javascript: links are not links. */}
				<div class="rendered" onClick={followLink} dangerouslySetInnerHTML={{ __html: preview }} />
			</section>
			<section class="card">
				<label for="raw">Markdown</label>
				<textarea id="raw" readOnly rows={14} class="raw" value={minutes?.markdown ?? ''} />
			</section>
			{minutes?.extras.map((extra) => (
				<section class="card" key={extra.name} data-shortcut-scope>
					<label for={`extra-${extra.name}`}>{extra.description}</label>
					<input id={`extra-${extra.name}`} readOnly value={extra.text} class="raw" />
					<button type="button" aria-label={`Copy the ${extra.name.replace('-', ' ')}`} aria-keyshortcuts="Alt+Y" onClick={() => void copy(extra.name, extra.text)}>{copied === extra.name ? 'Copied' : 'Copy'}</button>
				</section>
			))}
		</main>
	);
}

/** A link in the preview opens in a tab of its own: followed here, it would take the panel away from Gavel. */
function followLink(event: MouseEvent): void {
	const link = event.target instanceof Element ? event.target.closest('a') : null;
	if (link === null) return;
	event.preventDefault();
	const href = link.getAttribute('href') ?? '';
	if (/^https?:/i.test(href)) window.open(href, '_blank', 'noopener,noreferrer');
}
