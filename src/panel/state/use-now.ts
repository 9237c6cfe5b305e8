// The current time, refreshed every second while `running`. Only the display ticks: the clocks
// themselves come from timestamps (core/timing.ts), so a throttled or hidden panel cannot drift.
import { useEffect, useState } from 'preact/hooks';

export function useNow(running: boolean, now: () => number = Date.now): number {
	const [time, setTime] = useState(now);
	useEffect(() => {
		setTime(now());
		if (!running) return undefined;
		const timer = setInterval(() => setTime(now()), 1_000);
		return () => clearInterval(timer);
	}, [running, now]);
	return time;
}
