// Re-renders a component whenever the meeting changes (an edit here or in another panel; the
// save status has its own subscription), and hands it the session.
import { createContext } from 'preact';
import { useContext, useEffect, useReducer } from 'preact/hooks';
import type { Session } from './session.ts';

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
	const session = useContext(SessionContext);
	if (session === undefined) throw new Error('useSession outside a SessionContext');
	const [, rerender] = useReducer((n: number, _: unknown) => n + 1, 0);
	useEffect(() => session.subscribe(() => rerender(undefined)), [session]);
	return session;
}
