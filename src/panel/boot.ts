// The panel page's first script, loaded before main.tsx and kept tiny so it runs as soon as the
// page can run script: it opens the database and reads the meeting the panel will reopen while
// the main code is still on its way (storage/early-open.ts).
import { openEarly } from '../storage/early-open.ts';
import { lastPlace } from './last-place.ts';

openEarly(lastPlace()?.meetingId);
