import * as fs from 'node:fs';
import * as path from 'node:path';

import { BoardError, ErrorCode } from '../errors';
import { exportActionLog, type ExportFormat } from '../export/action-log';
import type { ActionStatus } from '../extract/model';
import { correctAction, type Corrector } from '../library/corrections';
import type { Library } from '../library/library';
import { correctMeeting } from '../library/meeting-corrections';
import { decideProposal, proposalsFor } from '../review/proposals';
import { markReviewed, reviewDocuments, reviewJson, reviewText } from '../review/review';
import type { Parsed } from './args';
import { actionJson, meetingJson } from './format';

type Out = (value: unknown, text: string) => void;

/** Who `--as` names: a roster member, with their role (clerk and chair may correct). */
async function corrector(library: Library, name: string | undefined): Promise<Corrector> {
  if (!name?.trim()) throw new BoardError(ErrorCode.BadArgument, 'say who is making the change with --as "Full Name" (the clerk or the chair)');
  const row = await library.store.roster.byName(name.trim());
  if (!row) throw new BoardError(ErrorCode.Forbidden, `${name.trim()} is not on the roster as the clerk or the chair; only they can do this`);
  if (row.role !== 'clerk' && row.role !== 'chair')
    throw new BoardError(ErrorCode.Forbidden, `only the clerk or the chair can do this (${row.name} is a ${row.role})`);
  return row;
}

const list = (v: unknown): string[] | undefined => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `board review`, `correct`, `proposals` and `export`: the clerk's checks of what was read. */
export async function runReviewCommand(parsed: Parsed, library: Library, out: Out, write: (text: string) => void): Promise<number> {
  const o = parsed.options;
  switch (parsed.command) {
    case 'review': {
      if (parsed.args.length > 1) throw new BoardError(ErrorCode.BadArgument, 'usage: board review [FILE] [--json]');
      if (o['mark-reviewed']) {
        if (!parsed.args[0]) throw new BoardError(ErrorCode.BadArgument, 'say which document to mark reviewed: board review FILE --mark-reviewed --as NAME');
        const r = await markReviewed(library, await corrector(library, str(o['as'])), parsed.args[0]);
        out([reviewJson(r)], `${r.document} marked reviewed by ${r.reviewedBy}.`);
        return 0;
      }
      const docs = await reviewDocuments(library, parsed.args[0]);
      out(docs.map(reviewJson), reviewText(docs));
      return 0;
    }
    case 'correct': {
      const id = parsed.args[0];
      if (!id || parsed.args.length > 1)
        throw new BoardError(
          ErrorCode.BadArgument,
          'usage: board correct ACTION_ID [--owner NAME]... [--due YYYY-MM-DD] [--status open|done] [--text T] [--not-an-action] --as NAME [--why TEXT]',
        );
      const status = str(o['status']);
      if (status !== undefined && status !== 'open' && status !== 'done')
        throw new BoardError(ErrorCode.BadArgument, `--status must be open or done (got "${status}")`);
      const who = await corrector(library, str(o['as']));
      const a = await correctAction(library, who, {
        actionId: id,
        owners: list(o['owner']),
        newOwners: list(o['new-owner']),
        due: str(o['due']),
        status: status as ActionStatus | undefined,
        text: str(o['text']),
        notAnAction: o['not-an-action'] === true,
        mergeInto: str(o['merge-into']),
        restore: o['restore'] === true,
        why: str(o['why']),
      });
      if (!a) {
        out({ id, removed: true }, `${id} is no longer listed as an action.`);
        return 0;
      }
      out(
        actionJson(a),
        `${a.ref ? `${a.ref}. ` : ''}${a.text} — ${a.owners.map((x) => x.display).join(', ') || 'no owner'}; due ${a.due ?? 'none'}; ${a.status}`,
      );
      return 0;
    }
    case 'correct-meeting': {
      const date = parsed.args[0];
      if (!date || parsed.args.length > 1)
        throw new BoardError(
          ErrorCode.BadArgument,
          'usage: board correct-meeting DATE [--board B] [--present NAME]... [--apologies NAME]... [--next-meeting D] --as NAME',
        );
      const who = await corrector(library, str(o['as']));
      const boards = await library.store.boards.all();
      const board = str(o['board']) ?? (boards.length === 1 ? boards[0]!.key : undefined);
      if (!board) throw new BoardError(ErrorCode.BadArgument, `say which board with --board (the library has ${boards.length})`);
      const m = await correctMeeting(library, who, {
        board,
        date,
        present: list(o['present']),
        apologies: list(o['apologies']),
        nextMeeting: str(o['next-meeting']),
        why: str(o['why']),
      });
      out(
        meetingJson(m),
        `${m.board} ${m.date}: present ${m.present.join(', ')}; apologies ${m.apologies.join(', ') || 'none'}; next meeting ${m.nextMeeting ?? 'not known'}`,
      );
      return 0;
    }
    case 'proposals': {
      const [verb, idRaw] = parsed.args;
      if (verb === 'accept' || verb === 'decline') {
        const pid = Number(idRaw);
        if (!Number.isInteger(pid) || pid < 1) throw new BoardError(ErrorCode.BadArgument, `usage: board proposals ${verb} ID --as NAME [--why TEXT]`);
        const d = await decideProposal(library, await corrector(library, str(o['as'])), pid, verb, str(o['why']));
        out(d, `${verb === 'accept' ? 'Accepted' : 'Declined'}. ${d.tell.person} will be told: ${d.tell.text}`);
        return 0;
      }
      if (verb) throw new BoardError(ErrorCode.BadArgument, `unknown proposals command "${verb}"; try: board proposals accept ID --as NAME`);
      const ps = await proposalsFor(library, o['all'] ? 'all' : 'pending');
      out(ps, ps.map((p) => `${p.id}. ${p.summary}${p.state !== 'pending' ? ` — ${p.state} by ${p.decidedBy}` : ''}`).join('\n') || 'No proposals waiting.');
      return 0;
    }
    case 'export': {
      const format = (str(o['format']) ?? 'xlsx') as ExportFormat;
      const log = await exportActionLog(library, str(o['board']), format);
      const file = str(o['out']) ?? log.fileName;
      try {
        fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
        fs.writeFileSync(file, log.bytes);
      } catch (err) {
        throw new BoardError(ErrorCode.BadArgument, `cannot write ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      out({ board: log.board, format, file, rows: log.rows }, `Wrote ${log.rows} action(s) of ${log.board} to ${file}.`);
      return 0;
    }
    default:
      write(`unknown command ${parsed.command}\n`);
      return 2;
  }
}
