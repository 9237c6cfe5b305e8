// After the call: the minutes in the chosen profile, previewed (rendered safely: no HTML from
// notes, no script) and as raw Markdown, with Copy and Download, and the site's extra lines.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Series } from '../../core/series.ts';
import type { Meeting } from '../../core/types.ts';
import type { Change, Fix, PrepareField, PublishCheck } from '../../markdown/publish-checks.ts';
import type { ExportedMinutes } from '../../markdown/profile.ts';
import { copyText, downloadText } from '../../platform/save-file.ts';
import { markInteractive } from '../interactive.ts';
import { profileChoices } from '../profiles.ts';
import type { Session } from '../state/session.ts';

interface Props {
	meeting: Meeting;
	/** The meeting's series: its format and options are the ones offered first. */
	series: Series | undefined;
	session: Session;
	now: () => number;
	/** Takes the chair to a field of Prepare, for a check whose fix is to fill it in. */
	onField(field: PrepareField): void;
	/** Puts a person on the series' roster. */
	onRoster(name: string): void;
}

type Modules = Pick<typeof import('../../markdown/export.ts'), 'exportMinutes'> & Pick<typeof import('../../markdown/preview.ts'), 'renderPreview'> & Pick<typeof import('../../markdown/publish-checks.ts'), 'publishChecks'>;

const loadModules = (): Promise<Modules> =>
	Promise.all([import('../../markdown/export.ts'), import('../../markdown/preview.ts'), import('../../markdown/publish-checks.ts')]).then(([{ exportMinutes }, { renderPreview }, { publishChecks }]) => ({ exportMinutes, renderPreview, publishChecks }));

export function PublishView({ meeting: own, series, session, now, onField, onRoster }: Props) {
	// The series says who writes the minutes, unless the meeting says otherwise.
	const meeting = useMemo(() => (own.author === undefined && series?.author !== undefined ? { ...own, author: series.author } : own), [own, series]);
	const [chosen, setProfile] = useState<string | undefined>(undefined);
	const profile = chosen ?? series?.profile ?? 'mirage-www';
	useEffect(markInteractive, []);
	const [copied, setCopied] = useState<string | undefined>(undefined);
	// The exporter, the checks and the renderer load only when Publish opens; from then on the
	// minutes are made in the render, so that Copy and Download always give the meeting as shown
	// (made in an effect, a click just after "Mark as final" downloaded the draft).
	const [modules, setModules] = useState<Modules | undefined>(undefined);
	useEffect(() => void loadModules().then(setModules), []);
	const made = useMemo(() => {
		if (modules === undefined) return undefined;
		// Outside a series, plain minutes say how long each item took; a series says itself.
		const options = series === undefined ? { timingTable: profile === 'plain' } : { timingTable: profile === 'plain' && series.options?.timingTable === true, actionsList: series.options?.actionsList === true, ...(series.style === undefined ? {} : { style: series.style }) };
		const minutes = modules.exportMinutes(meeting, profile, { ...options, now: now() });
		const checks = modules.publishChecks(meeting, now(), { ...(series === undefined ? {} : { roster: series.roster }), profile, options: { ...options, now: now() } });
		return { minutes, preview: modules.renderPreview(minutes.markdown), checks };
	}, [modules, meeting, profile, series, now]);
	const minutes: ExportedMinutes | undefined = made?.minutes;
	const preview = made?.preview ?? '';
	const checks: PublishCheck[] = made?.checks ?? [];
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
					{profileChoices(series).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
				</select>
				<p class={`status-line ${meeting.draft === true ? 'draft' : 'final'}`}>
					{meeting.draft === true ? (
						<><strong>Draft</strong> <span class="muted">— the minutes say so until you mark them final.</span> <button type="button" aria-keyshortcuts="Alt+S" onClick={() => session.dispatch({ type: 'meeting.updated', patch: { draft: null } })}>Mark as final</button></>
					) : (
						<><strong>Final</strong> <button type="button" class="link" aria-keyshortcuts="Alt+S" onClick={() => session.dispatch({ type: 'meeting.updated', patch: { draft: true } })}>Back to draft</button></>
					)}
				</p>
				<div class="toolbar">
					<button type="button" class="primary" aria-keyshortcuts="Alt+Y" disabled={minutes === undefined} onClick={() => minutes && void copy('minutes', minutes.markdown)}>{copied === 'minutes' ? 'Copied' : 'Copy minutes'}</button>
					<button type="button" aria-keyshortcuts="Alt+O" disabled={minutes === undefined} onClick={() => minutes && downloadText(minutes.fileName, minutes.markdown)}>Download {minutes?.fileName ?? ''}</button>
				</div>
			</section>
			<Checks checks={checks} session={session} onField={onField} onRoster={onRoster} />
			<section class="card preview" aria-labelledby="preview-heading">
				<h2 id="preview-heading">Preview</h2>
				{/* Rendered by commonmark in safe mode: raw HTML is dropped and javascript: links are not links. */}
				<div class="rendered" onClick={followLink} dangerouslySetInnerHTML={{ __html: preview }} />
			</section>
			<section class="card">
				<label for="raw">Markdown</label>
				<textarea id="raw" readOnly rows={14} class="raw" value={minutes?.markdown ?? ''} />
			</section>
			{minutes?.extras.map((extra) =>
				extra.missing !== undefined ? (
					<section class="card" key={extra.name}>
						<p>{extra.description}</p>
						<p class="problem">Not written yet: it needs {extra.missing} (Written by, in Prepare).</p>
					</section>
				) : (
					<section class="card" key={extra.name} data-shortcut-scope>
						<label for={`extra-${extra.name}`}>{extra.description}</label>
						<input id={`extra-${extra.name}`} readOnly value={extra.text} class="raw" />
						<button type="button" aria-label={`Copy the ${extra.name.replace('-', ' ')}`} aria-keyshortcuts="Alt+Y" onClick={() => void copy(extra.name, extra.text)}>{copied === extra.name ? 'Copied' : 'Copy'}</button>
					</section>
				),
			)}
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

/** What to look at before publishing, each with its one-click fix where there is one. */
function Checks({ checks, session, onField, onRoster }: { checks: PublishCheck[]; session: Session; onField: Props['onField']; onRoster: Props['onRoster'] }) {
	return (
		<section class="card checks" aria-labelledby="checks-heading">
			<h2 id="checks-heading">Before you publish {checks.length === 0 ? <span class="muted">nothing to fix</span> : <span class="muted">{checks.length} to look at</span>}</h2>
			{checks.length === 0 ? null : (
				<ul>
					{checks.map((check, i) => (
						<li key={`${check.code}-${i}`}>
							<span>{check.message}</span>
							{check.fix === undefined ? null : <FixButton fix={check.fix} session={session} onField={onField} onRoster={onRoster} />}
						</li>
					))}
				</ul>
			)}
		</section>
	);
}

function FixButton({ fix, session, onField, onRoster }: { fix: Fix; session: Session; onField: Props['onField']; onRoster: Props['onRoster'] }) {
	const [asking, setAsking] = useState(false);
	if ('field' in fix) return <button type="button" onClick={() => onField(fix.field)}>{fix.label}</button>;
	if ('roster' in fix) return <button type="button" onClick={() => onRoster(fix.roster)}>{fix.label}</button>;
	const apply = () => fix.events.forEach((event) => session.dispatch(event));
	// A fix that rewrites words of the minutes shows them first.
	if (fix.change === undefined) return <button type="button" onClick={apply}>{fix.label}</button>;
	if (!asking) return <button type="button" aria-expanded="false" onClick={() => setAsking(true)}>{fix.label}…</button>;
	return <ConfirmChange change={fix.change} label={fix.label} onApply={apply} onCancel={() => setAsking(false)} />;
}

function ConfirmChange({ change, label, onApply, onCancel }: { change: Change; label: string; onApply(): void; onCancel(): void }) {
	const apply = useRef<HTMLButtonElement>(null);
	useLayoutEffect(() => apply.current?.focus(), []);
	return (
		<div class="confirm-change" role="group" aria-label={`${label}: the change to the minutes`} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
			<p>This changes words of the minutes:</p>
			<pre class="diff">
				{change.removed.map((line, i) => <del key={`r${i}`}>{`− ${line}`}</del>)}
				{change.added.map((line, i) => <ins key={`a${i}`}>{`+ ${line}`}</ins>)}
			</pre>
			<div class="toolbar">
				<button type="button" ref={apply} onClick={onApply}>Change it</button>
				<button type="button" onClick={onCancel}>Keep the text</button>
			</div>
		</div>
	);
}
