// The export formats the panel offers, with the names it shows for them: the site's own style
// once the series has learned it from one of its files.
import type { Series } from '../core/series.ts';
import { LEARNED } from '../markdown/profile.ts';

export const PROFILES = [
	['mirage-www', 'MirageOS website (YYYY-MM-DD.md)'],
	['plain', 'Plain GitHub Markdown'],
] as const;

export function profileChoices(series: Pick<Series, 'style'> | undefined): Array<readonly [string, string]> {
	return series?.style === undefined ? [...PROFILES] : [...PROFILES, [LEARNED, `The site's own style (from ${series.style.learnedFrom})`]];
}
