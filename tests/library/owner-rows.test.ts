import * as fs from 'node:fs';
import * as path from 'node:path';

import { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { tempDir, tempLibrary } from '../helpers/corpus';

/*
 * A partnership agrees a shared action in its minutes; its tracker, kept one row per owner, gives each owner a row of their
 * own under the same number, with its own status. Each owner sees the action once, with their own part's status. Our own
 * words throughout.
 */
const MINUTES = `Ashgrove Safeguarding Children Partnership
Minutes of the meeting held on Tuesday 8 October 2024, 10.00 am
Present
Professor Lena Marsh – Independent Scrutineer (Chair)
Ann Example – Head of Early Help, Ashgrove Council
Bob Sample – Designated Nurse, NHS Ashgrove ICB
Apologies
Cara Mills – Head of Education Safeguarding

1. Neglect strategy
The group agreed that early help and health would refresh the neglect strategy together (AX24/5).

Actions
Ref\tAction\tOwner\tDue\tStatus
AX24/5\tRefresh the neglect strategy and bring the draft to the Executive\tAnn Example / Bob Sample\t30/11/24\tNew

Date of next meeting: Tuesday 10 December 2024
`;

const TRACKER = `Ashgrove Safeguarding Children Partnership action tracker 2024-25
Ref,Meeting,Action,Owner,Due,Status
AX24/5,08/10/2024,Refresh the neglect strategy and bring the draft to the Executive,Ann Example,30/11/2024,Complete
AX24/5,08/10/2024,Refresh the neglect strategy and bring the draft to the Executive,Bob Sample,30/11/2024,In progress
`;

let library: Library;

beforeAll(async () => {
  const dir = tempDir('board-owner-rows-');
  fs.writeFileSync(path.join(dir, 'ashgrove-scp-2024-10-08-minutes.txt'), MINUTES);
  fs.writeFileSync(path.join(dir, 'ashgrove-scp-action-tracker-2024-25.csv'), TRACKER);
  library = tempLibrary('2024-11-20');
  await library.ingest([dir]);
});
afterAll(() => library.close());

test("the minutes hold the whole action and the tracker each owner's row, under one board", async () => {
  const all = (await library.actions(OPERATOR, { status: 'all' })).filter((a) => a.ref === 'AX24/5');
  expect(new Set(all.map((a) => a.boardName))).toEqual(new Set(['Ashgrove Safeguarding Children Partnership']));
  expect(all.map((a) => a.owners.map((o) => o.display).join(' / ')).sort()).toEqual(['Ann Example', 'Ann Example / Bob Sample', 'Bob Sample']);
});

test("each owner of a shared action sees it once, with their own row's status", async () => {
  const ann = (await library.actions(OPERATOR, { owner: 'Ann Example', status: 'all' })).filter((a) => a.ref === 'AX24/5');
  const bob = (await library.actions(OPERATOR, { owner: 'Bob Sample', status: 'all' })).filter((a) => a.ref === 'AX24/5');
  expect(ann.map((a) => a.status)).toEqual(['done']);
  expect(bob.map((a) => a.status)).toEqual(['open']);
  // Ann has done her part: her outstanding list no longer shows the action at all.
  expect((await library.actions(OPERATOR, { owner: 'Ann Example' })).some((a) => a.ref === 'AX24/5')).toBe(false);
});
