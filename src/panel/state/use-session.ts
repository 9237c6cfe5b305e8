// Re-renders a component whenever the meeting changes (an edit here or in another panel; the
// save status has its own subscription), and hands it the session.
import { createContext } from 'preact';
import { useContext, useEffect, useReducer } from 'preact/hooks';
import type { SaveStatus } from '../../storage/write-queue.ts';
import type { Session } from './session.ts';

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
	const session = useContext(SessionContext);
	if (session === undefined) throw new Error('useSession outside a SessionContext');
	useRerenderOn(session.subscribe);
	return session;
}

/** The save status, re-rendering the component (and only it) when it changes. */
export function useSaveStatus(session: Session): SaveStatus {
	useRerenderOn(session.subscribeStatus);
	return session.status();
}

function useRerenderOn(subscribe: (listener: () => void) => () => void): void {
	const [, rerender] = useReducer((n: number, _: unknown) => n + 1, 0);
	useEffect(() => subscribe(() => rerender(undefined)), [subscribe]);
}
