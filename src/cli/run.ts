// The `gavel` command, with its world passed in (files, output, clock) so tests drive it
// without touching the disk. Bad input: one message naming the file, line and problem,
// exit status 1, nothing written.

import type { Diagnostic } from '../core/diagnostics.ts';
import { checkMinutes } from '../markdown/check.ts';
import { parseIsoDate } from '../markdown/dates.ts';
import type { HouseStyle } from '../core/house-style.ts';
import { exportMinutes, LEARNED, profiles } from '../markdown/export.ts';
import { learnStyle } from '../markdown/style/learn-style.ts';
import { htmlToMarkdown, looksLikeHtml } from '../markdown/html-minutes.ts';
import { importMinutes } from '../markdown/import/import-minutes.ts';
import { readMeetingJson } from './meeting-json.ts';

export interface CliWorld {
	readFile(path: string): string;
	writeFile(path: string, text: string): void;
	isDirectory(path: string): boolean;
	join(dir: string, name: string): string;
	stdout(text: string): void;
	stderr(text: string): void;
	/** Starts the relay and keeps running; what it prints, and a failure to listen, are its own. */
	relay(options: { host: string; port: number }): void;
}

export const USAGE = `Usage:
  gavel import FILE [--date YYYY-MM-DD]
                                       print the meeting in FILE (Markdown, plain text, or a saved
                                       HTML page) as JSON (--date: the meeting's date, for a file
                                       that says none)
  gavel export FILE.json [--profile P] [-o PATH] [--no-front-matter] [--registry-author LABEL]
                    [--style-from PUBLISHED.md]
                                       write the minutes of a meeting (JSON from "gavel import",
                                       or a journal of events); without -o, print them; with -o,
                                       also print the site's registry line and index bullet;
                                       --style-from: in the house style of one of the site's
                                       published minutes files (front matter, headings, the
                                       attendee list, the file's name)
  gavel check FILE                     list problems: missing chair, actions without owner,
                                       undefined or unused links, empty sections
  gavel relay [--host H] [--port P]    run a relay for shared meetings (a stock y-websocket
                                       server) on H (127.0.0.1) and port P (1234); put it behind
                                       a TLS proxy to reach it as wss://

Profiles: ${Object.keys(profiles).join(', ')}, learned (with --style-from)
`;

class UsageError extends Error {}

export function runCli(args: readonly string[], world: CliWorld): number {
	try {
		const [command, ...rest] = args;
		switch (command) {
			case 'import':
				return importCommand(rest, world);
			case 'export':
				return exportCommand(rest, world);
			case 'check':
				return checkCommand(rest, world);
			case 'relay':
				return relayCommand(rest, world);
			case undefined:
			case '-h':
			case '--help':
			case 'help':
				world.stdout(USAGE);
				return command === undefined ? 1 : 0;
			default:
				throw new UsageError(`unknown command "${command}"`);
		}
	} catch (error) {
		if (error instanceof UsageError) {
			world.stderr(`gavel: ${error.message}\n\n${USAGE}`);
			return 1;
		}
		const message = error instanceof Error ? error.message : String(error);
		world.stderr(`gavel: ${message}\n`);
		return 1;
	}
}

function oneFile(rest: readonly string[], command: string): string {
	const files = rest.filter((a) => !a.startsWith('-'));
	if (files.length !== 1) throw new UsageError(`"gavel ${command}" takes one file`);
	return files[0] ?? '';
}

function read(world: CliWorld, path: string): string {
	try {
		return world.readFile(path);
	} catch (error) {
		const code = (error as { code?: string }).code;
		throw new Error(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read'}`);
	}
}

function report(world: CliWorld, path: string, diagnostics: readonly Diagnostic[]): void {
	for (const d of diagnostics) {
		const where = d.line === undefined ? path : `${path}:${d.line}:${d.column ?? 1}`;
		world.stderr(`${where}: ${d.severity}: ${d.message}\n`);
	}
}

/** A saved HTML page of minutes as Markdown (lines and columns are then the Markdown's); any other text as it is. */
function asMarkdown(text: string, path: string): string {
	return /\.html?$/i.test(path) || looksLikeHtml(text) ? htmlToMarkdown(text) : text;
}

function importCommand(rest: readonly string[], world: CliWorld): number {
	const files: string[] = [];
	let date: string | undefined;
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i] ?? '';
		if (arg === '--date') date = value(rest, ++i, arg);
		else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg} for "gavel import"`);
		else files.push(arg);
	}
	if (date !== undefined && parseIsoDate(date) === undefined) throw new UsageError(`--date ${date} is not a date: give it as YYYY-MM-DD`);
	const path = oneFile(files, 'import');
	const result = importMinutes(asMarkdown(read(world, path), path), { fileName: path, ...(date === undefined ? {} : { date }) });
	if (!result.ok) {
		report(world, path, result.errors);
		return 1;
	}
	report(world, path, result.warnings);
	world.stdout(`${JSON.stringify(result.meeting, null, 2)}\n`);
	return 0;
}

function exportCommand(rest: readonly string[], world: CliWorld): number {
	const options = { profile: 'mirage-www', output: undefined as string | undefined, frontMatter: undefined as boolean | undefined, registryAuthor: undefined as string | undefined, styleFrom: undefined as string | undefined };
	const files: string[] = [];
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i] ?? '';
		if (arg === '--profile' || arg === '-p') options.profile = value(rest, ++i, arg);
		else if (arg.startsWith('--profile=')) options.profile = arg.slice('--profile='.length);
		else if (arg === '-o' || arg === '--output') options.output = value(rest, ++i, arg);
		else if (arg === '--no-front-matter') options.frontMatter = false;
		else if (arg === '--registry-author') options.registryAuthor = value(rest, ++i, arg);
		else if (arg === '--style-from') options.styleFrom = value(rest, ++i, arg);
		else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
		else files.push(arg);
	}
	if (files.length !== 1) throw new UsageError('"gavel export" takes one file');
	if (options.styleFrom !== undefined) options.profile = LEARNED;
	else if (profiles[options.profile] === undefined) throw new UsageError(`unknown profile "${options.profile}"`);
	const path = files[0] ?? '';
	const meeting = readMeetingJson(read(world, path), path);
	const style = options.styleFrom === undefined ? undefined : learnedStyle(world, options.styleFrom);
	const minutes = exportMinutes(meeting, options.profile, {
		...(style === undefined ? {} : { style }),
		...(options.frontMatter === undefined ? {} : { frontMatter: options.frontMatter }),
		...(options.registryAuthor === undefined ? {} : { registryAuthor: options.registryAuthor }),
	});
	if (options.output === undefined) {
		world.stdout(minutes.markdown);
		return 0;
	}
	const target = world.isDirectory(options.output) ? world.join(options.output, minutes.fileName) : options.output;
	try {
		world.writeFile(target, minutes.markdown);
	} catch (error) {
		const code = (error as { code?: string }).code;
		throw new Error(`${target}: cannot write the minutes there (${code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' ? 'permission denied' : (code ?? 'unknown error')})`);
	}
	world.stdout(`wrote ${target}\n`);
	for (const extra of minutes.extras) world.stdout(`\n${extra.name} (${extra.description}):\n${extra.missing === undefined ? extra.text : `not written: it needs ${extra.missing} (an author: in the front matter, or --registry-author LABEL)`}\n`);
	return 0;
}

function learnedStyle(world: CliWorld, path: string): HouseStyle {
	const learned = learnStyle(asMarkdown(read(world, path), path), path);
	if (learned.ok) return learned.style;
	report(world, path, learned.errors);
	throw new Error(`${path}: no house style learned from it (the file must import: see the problems above)`);
}

function checkCommand(rest: readonly string[], world: CliWorld): number {
	const path = oneFile(rest, 'check');
	const diagnostics = checkMinutes(asMarkdown(read(world, path), path), path);
	report(world, path, diagnostics);
	if (diagnostics.length === 0) world.stdout(`${path}: no problems found\n`);
	return diagnostics.length === 0 ? 0 : 1;
}

function relayCommand(rest: readonly string[], world: CliWorld): number {
	const options = { host: '127.0.0.1', port: 1234 };
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i] ?? '';
		if (arg === '--host') options.host = value(rest, ++i, arg);
		else if (arg === '--port') {
			const port = value(rest, ++i, arg);
			options.port = Number(port);
			if (!/^\d{1,5}$/.test(port) || options.port < 1 || options.port > 65535) throw new UsageError(`--port ${port} is not a port: give a number from 1 to 65535`);
		} else throw new UsageError(`"gavel relay" takes --host and --port, not "${arg}"`);
	}
	world.relay(options);
	return 0;
}

function value(args: readonly string[], index: number, flag: string): string {
	const v = args[index];
	if (v === undefined || v.startsWith('-')) throw new UsageError(`${flag} needs a value`);
	return v;
}
