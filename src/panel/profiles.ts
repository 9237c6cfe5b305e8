// The export formats the panel offers, with the names it shows for them.
export const PROFILES = [
	['mirage-www', 'MirageOS website (YYYY-MM-DD.md)'],
	['plain', 'Plain GitHub Markdown'],
] as const;
