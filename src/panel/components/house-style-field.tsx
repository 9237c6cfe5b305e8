// Learning the site's house style from one of its published minutes files: read, learned and
// kept with the series, which then publishes in it. The learner loads only when a file is chosen.
import { useState } from 'preact/hooks';
import type { Series } from '../../core/series.ts';
import { LEARNED } from '../../markdown/profile.ts';

interface Props {
	series: Series;
	change(edit: (series: Series) => Series): void;
}

export function HouseStyleField({ series, change }: Props) {
	const [problem, setProblem] = useState<string | undefined>(undefined);
	const learn = async (file: File | undefined) => {
		if (file === undefined) return;
		const text = await file.text();
		const html = /\.html?$/i.test(file.name);
		const [{ learnStyle }, markdown] = await Promise.all([import('../../markdown/style/learn-style.ts'), html ? import('../../markdown/html-minutes.ts').then((m) => m.htmlToMarkdown(text)) : text]);
		const learned = learnStyle(markdown, file.name);
		if (!learned.ok) {
			setProblem(`No style learned from ${file.name}: ${learned.errors.map((e) => `line ${e.line ?? 1}: ${e.message}`).join('; ')}. Choose one of the minutes files the site has published. The series is unchanged.`);
			return;
		}
		setProblem(undefined);
		change((s) => ({ ...s, style: learned.style, profile: LEARNED }));
	};
	return (
		<div class="house-style">
			<label class="button">
				{series.style === undefined ? 'Learn the site’s style from a file…' : 'Learn it again from a file…'}
				<input type="file" accept=".md,.markdown,.html,.htm" class="visually-hidden" onChange={(e) => { void learn(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
			</label>
			{series.style === undefined ? null : <p class="muted">Style learned from {series.style.learnedFrom}: files named like {series.style.fileName.replaceAll('{date}', 'YYYY-MM-DD')}.</p>}
			{problem === undefined ? null : <p role="alert" class="problem">{problem}</p>}
		</div>
	);
}
