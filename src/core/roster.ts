// The people of a series, each with the other names they go by, and who a typed name means.
// Apart from series.ts so that the notes box (which completes names) does not load the rest.

export interface Person {
	name: string;
	/** Other names for the same person: first name, nickname, handle ("Anil", "@avsm"). */
	aliases: string[];
}

/** The series' name for a person, when the typed name is one of theirs (name or alias, any case, "@" or not). */
export function rosterName(series: { roster: readonly Person[] }, typed: string): string | undefined {
	const wanted = typed.trim().replace(/^@/, '').toLowerCase();
	return series.roster.find((p) => [p.name, ...p.aliases].some((n) => n.replace(/^@/, '').toLowerCase() === wanted))?.name;
}
