// How times read in the panel: "4:05" for a clock, "12 min" for a budget, "16:42" for a time of day.

export function clock(ms: number): string {
	const total = Math.floor(Math.max(0, ms) / 1_000);
	const hours = Math.floor(total / 3_600);
	const minutes = Math.floor((total % 3_600) / 60);
	const seconds = String(total % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export function minutes(ms: number): string {
	return `${Math.round(ms / 60_000)} min`;
}

export function timeOfDay(at: number, timeZone?: string): string {
	return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', ...(timeZone === undefined ? {} : { timeZone }) }).format(at);
}
