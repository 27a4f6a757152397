#!/usr/bin/env node
import * as fs from 'node:fs';
import * as path from 'node:path';

import { answer } from '../answers/answer';
import { Clock, systemClock } from '../clock';
import { loadDotEnv, readConfig } from '../config';
import { BoardError, describeError, ErrorCode } from '../errors';
import { extractDocument } from '../extract/extract-document';
import { readReport, readReportText } from '../extract/read-report';
import { readFile } from '../ingest/readers';
import { listGroups, setGroupMembers } from '../library/groups';
import { Library, StatusFilter } from '../library/library';
import { askerNamed, importRoster, listRoster } from '../library/roster';
import { OPERATOR } from '../library/scope';
import { type Messenger, outboxLog } from '../reminders/outbox';
import type { PlannedReminder } from '../reminders/plan';
import { remindersDue, runReminders } from '../reminders/run';
import type { PassageKind } from '../search/passages';
import { parseCommandLine } from './args';
import {
  actionJson,
  actionsText,
  answerJson,
  ingestJson,
  ingestText,
  meetingJson,
  meetingsText,
  peopleText,
  personJson,
  printableName,
  resultJson,
  resultsText,
  terminalSafe,
} from './format';
import { runReviewCommand } from './review-commands';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  clock: Clock;
  /** Whether stderr is a terminal (progress is shown only then). */
  interactive: boolean;
  /** How to reach Teams, for `reminders --send`; given by the installed `board` (bot/cli.ts). */
  reminderSender?: (library: Library) => { messenger: Messenger; render: (r: PlannedReminder) => Record<string, unknown> | Promise<Record<string, unknown>> };
}

const HELP = `board — the board's document library

Usage: board [--db FILE] [--today YYYY-MM-DD] [--json] <command>

Commands:
  ingest PATH...                         read minutes, agenda packs, action logs and guidance
  read FILE                              what one file says (meetings, people, actions and what
                                         could not be understood) without adding it to the library
  meetings                               every meeting: attendance, apologies, next meeting
  actions [--owner NAME] [--status open|done|all]
                                         actions, by default the open ones
  people                                 everyone the documents name, with titles and roles
  search QUERY [--limit K] [--kind minutes|guidance|actions]
                                         passages of minutes, guidance and actions, best first
  ask QUESTION [--as "Full Name"]        answer a member's question (their actions, meetings, guidance …)
  remove FILE...                         take documents out of the library (members' updates are kept)
  members [import ROSTER.csv]            the roster linking Teams users to members (name, email,
                                         aadObjectId, role = member | clerk | chair, deputy)
  audit                                  every change made through the assistant, and what it refused
  reminders [--send] [--log]             reminders due now (JSON); --send sends them through Teams;
                                         --log lists what was sent or could not be, and why
  groups                                 subgroups that own actions, and their members
  groups set GROUP NAME... [--board B]   say who sits on a subgroup (replaces its list)
  review [FILE] [--mark-reviewed --as NAME]
                                         what was read from each document, doubtful actions first
  correct ACTION_ID [--owner NAME]... [--new-owner NAME]... [--due YYYY-MM-DD] [--status open|done]
          [--text T] [--not-an-action] [--merge-into ID] [--restore] --as CLERK [--why TEXT]
                                         the clerk's (or chair's) correction; kept across re-ingests
  correct-meeting DATE [--board B] [--present NAME]... [--apologies NAME]... [--next-meeting YYYY-MM-DD]
          --as CLERK [--why TEXT]        correct a meeting's attendance or next meeting
  proposals [--all] | proposals accept|decline ID --as CLERK [--why TEXT]
                                         members' proposed due dates and "this isn't mine"
  export --board B --format xlsx|csv [--out FILE]
                                         the board's action log for a meeting pack
  help                                   this text

Options:
  --db FILE      the library database (env BOARD_DB, default ./data/board.db)
  --today DATE   the date "overdue" is judged against (env BOARD_TODAY, default today)
  --json         machine-readable output on stdout
`;

/** Runs one command line; returns the exit code (0 ok, 1 some input failed, 2 usage error). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let library: Library | null = null;
  try {
    const parsed = parseCommandLine(argv);
    if (!parsed.command || parsed.command === 'help') {
      io.stdout(HELP);
      return parsed.command ? 0 : 2;
    }
    const env = { ...io.env };
    if (parsed.global.db) env['BOARD_DB'] = parsed.global.db;
    if (parsed.global.today) env['BOARD_TODAY'] = parsed.global.today;
    const config = readConfig(env);
    const json = parsed.global.json;
    // Text comes from documents and file names: nothing in it may drive the terminal.
    const out = (value: unknown, text: string) => io.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : `${terminalSafe(text)}\n`);

    if (parsed.command === 'read') {
      // Reading one file for a look stores nothing, so it needs no library.
      if (parsed.args.length !== 1) throw new BoardError(ErrorCode.BadArgument, 'usage: board read FILE');
      const file = parsed.args[0]!;
      // Named in the message, as ingest names it: "is not a valid PDF" alone does not say which file.
      const read = await readFile(file, { maxFileBytes: config.maxFileBytes, pdfTimeoutMs: config.pdfTimeoutMs }).catch((err: unknown) => {
        throw err instanceof BoardError ? new BoardError(err.code, `${path.basename(file)}: ${err.message}`, { cause: err }) : err;
      });
      const report = readReport(path.basename(file), extractDocument(read.blocks, path.basename(file)), read.blocks);
      out(report, readReportText(report));
      return 0;
    }
    library = new Library(config, io.clock);
    switch (parsed.command) {
      case 'ingest': {
        if (!parsed.args.length) throw new BoardError(ErrorCode.BadArgument, 'ingest needs at least one file or folder');
        const progress =
          io.interactive && !json
            ? (done: number, total: number, file: string) => {
                if (total > 1) io.stderr(`\r[${done}/${total}] ${printableName(file).slice(0, 60).padEnd(60)}${done === total ? '\n' : ''}`);
              }
            : undefined;
        const report = await library.ingest(parsed.args, progress);
        out(ingestJson(report), ingestText(report));
        return report.errors.length ? 1 : 0;
      }
      case 'meetings':
        out((await library.meetings(OPERATOR)).map(meetingJson), meetingsText(await library.meetings(OPERATOR)));
        return 0;
      case 'actions': {
        const status = (parsed.options['status'] as string | undefined) ?? 'open';
        if (!['open', 'done', 'all'].includes(status)) throw new BoardError(ErrorCode.BadArgument, `--status must be open, done or all (got "${status}")`);
        const list = await library.actions(OPERATOR, { owner: parsed.options['owner'] as string | undefined, status: status as StatusFilter });
        out(list.map(actionJson), actionsText(list));
        return 0;
      }
      case 'people': {
        const list = await library.people();
        out(list.map(personJson), peopleText(list));
        return 0;
      }
      case 'search': {
        const query = parsed.args.join(' ');
        if (!query.trim()) throw new BoardError(ErrorCode.BadArgument, 'search needs something to look for');
        const limitRaw = (parsed.options['limit'] as string | undefined) ?? '10';
        const limit = Number(limitRaw);
        if (!Number.isInteger(limit) || limit < 1 || limit > 50)
          throw new BoardError(ErrorCode.BadArgument, `--limit must be a whole number from 1 to 50 (got "${limitRaw}")`);
        const kind = parsed.options['kind'] as string | undefined;
        if (kind !== undefined && !['minutes', 'guidance', 'actions'].includes(kind))
          throw new BoardError(ErrorCode.BadArgument, `--kind must be minutes, guidance or actions (got "${kind}")`);
        await library.refreshIndex();
        const results = await library.search(OPERATOR, query, { limit, kind: kind as PassageKind | undefined });
        out(results.map(resultJson), resultsText(results));
        return 0;
      }
      case 'ask': {
        const question = parsed.args.join(' ');
        if (!question.trim()) throw new BoardError(ErrorCode.BadArgument, 'ask needs a question');
        await library.refreshIndex();
        // The operator asks as themselves (every board), or "--as" someone to see what that member would be told.
        const as = parsed.options['as'] as string | undefined;
        const a = await answer(library, question, as === undefined ? OPERATOR : await askerNamed(library.store, as));
        out(answerJson(a), a.text);
        return 0;
      }
      case 'members': {
        if (parsed.args[0] === 'import') {
          const file = parsed.args[1];
          if (!file) throw new BoardError(ErrorCode.BadArgument, 'usage: board members import ROSTER.csv');
          let csv: string;
          try {
            csv = fs.readFileSync(file, 'utf8');
          } catch (err) {
            throw new BoardError(ErrorCode.BadArgument, `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
          }
          const result = await importRoster(library.store, csv, 'command line', io.clock.now().toISOString());
          out(
            result,
            `Imported ${result.imported} member(s).${result.unmatched.length ? ` Not found in the papers yet: ${result.unmatched.join(', ')}.` : ''}`,
          );
          return 0;
        }
        if (parsed.args.length)
          throw new BoardError(ErrorCode.BadArgument, `unknown members command "${parsed.args[0]}"; try: board members import ROSTER.csv`);
        const roster = await listRoster(library.store);
        out(
          roster,
          roster.map((r) => `${r.name} (${r.role})${r.email ? ` <${r.email}>` : ''}${r.deputy ? `, deputy ${r.deputy}` : ''}`).join('\n') ||
            'The roster is empty.',
        );
        return 0;
      }
      case 'reminders': {
        if (parsed.options['log']) {
          const log = await outboxLog(library.store);
          out(log, log.map((e) => `${e.createdAt} ${e.kind} to ${e.person}: ${e.state}${e.error ? ` — ${e.error}` : ''}`).join('\n') || 'No reminders yet.');
          return 0;
        }
        if (!parsed.options['send']) {
          io.stdout(
            `${JSON.stringify(
              (await remindersDue(library)).map((r) => ({ kind: r.kind, to: r.to, actions: r.actions, meetingDate: r.meetingDate })),
              null,
              2,
            )}\n`,
          );
          return 0;
        }
        if (!io.reminderSender)
          throw new BoardError(ErrorCode.BadArgument, 'sending needs the Teams configuration: use the installed `board` command (npx board reminders --send)');
        const { messenger, render } = io.reminderSender(library);
        const { queued, report } = await runReminders(library, messenger, render);
        out(
          { queued, ...report },
          `Queued ${queued}; sent ${report.sent}, retrying ${report.retried}, failed ${report.failed}, undeliverable ${report.undeliverable}.`,
        );
        return report.failed || report.undeliverable ? 1 : 0;
      }
      case 'audit': {
        const entries = await library.store.audit.all();
        const why = (e: (typeof entries)[number]) => {
          const after = e.after as { reason?: string; heldBack?: number } | null;
          return e.action.startsWith('refused ') && after?.reason ? ` (${after.reason}${after.heldBack ? `; ${after.heldBack} more held back` : ''})` : '';
        };
        out(
          entries,
          entries.map((e) => `${e.at} ${printableName(e.actor)}: ${e.action} ${printableName(e.target)}${why(e)}`).join('\n') ||
            'Nothing has been changed through the assistant yet.',
        );
        return 0;
      }
      case 'remove': {
        if (!parsed.args.length) throw new BoardError(ErrorCode.BadArgument, 'remove needs the name of a document in the library');
        const missing: string[] = [];
        for (const name of parsed.args) if (!(await library.remove(name))) missing.push(name);
        await library.refreshIndex();
        out(
          { removed: parsed.args.filter((n) => !missing.includes(n)), notFound: missing },
          missing.length ? `Not in the library: ${missing.map(printableName).join(', ')}` : `Removed ${parsed.args.map(printableName).join(', ')}.`,
        );
        return missing.length ? 1 : 0;
      }
      case 'groups': {
        if (parsed.args[0] === 'set') {
          const [, group, ...names] = parsed.args;
          if (!group || !names.length) throw new BoardError(ErrorCode.BadArgument, 'usage: board groups set GROUP NAME... [--board BOARD]');
          const g = await setGroupMembers(library.store, (parsed.options['board'] as string | undefined) ?? null, group, names);
          out(g, `${g.group} (${g.board}): ${g.members.join(', ')}`);
          return 0;
        }
        if (parsed.args.length) throw new BoardError(ErrorCode.BadArgument, `unknown groups command "${parsed.args[0]}"; try: board groups set GROUP NAME...`);
        const list = await listGroups(library.store);
        out(list, list.map((g) => `${g.group} (${g.board}): ${g.actions} action(s); members: ${g.members.join(', ') || 'not set'}`).join('\n') || 'No groups.');
        return 0;
      }
      case 'review':
      case 'correct':
      case 'correct-meeting':
      case 'proposals':
      case 'export':
        return await runReviewCommand(parsed, library, out, io.stderr);
      default:
        throw new BoardError(ErrorCode.BadArgument, `unknown command "${parsed.command}"; try: board help`);
    }
  } catch (err) {
    io.stderr(`board: ${terminalSafe(describeError(err))}\n`);
    return err instanceof BoardError && err.code === ErrorCode.BadArgument ? 2 : 1;
  } finally {
    library?.close();
  }
}

/** The `board` process: .env, the real streams and clock, and an exit code. */
export function runFromProcess(extra: Pick<CliIo, 'reminderSender'> = {}): void {
  try {
    loadDotEnv();
  } catch (err) {
    process.stderr.write(`board: ${(err as Error).message}\n`);
    process.exit(2);
  }
  main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    clock: systemClock,
    interactive: process.stderr.isTTY === true,
    ...extra,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`board: ${describeError(err)}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) runFromProcess();
