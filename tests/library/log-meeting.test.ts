import { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { tempLibrary } from '../helpers/corpus';

/**
 * An action log headed by the meeting its actions were agreed at records that meeting with nobody listed. When the
 * minutes of the same meeting are in the library too, whichever came first, the meeting is the minutes' (with who came),
 * and the log's actions stay that meeting's.
 */
const LOG = `Saltby Vale Safeguarding Children Partnership
Minutes of last meeting (13 July 2026) and matters arising

Item\tAction\tResponsible Officer\tComments
4.1\tThe neglect strategy to be circulated to partners for comment\tHead of Early Help\t
6.2\tA report on elective home education to come back to the meeting on 12 October 2026\tHead of Inclusion\t
`;

const MINUTES = `Saltby Vale Safeguarding Children Partnership
Minutes of the meeting held on 13 July 2026

Present: Judith Amberley (Chair), Farah Lindqvist (Head of Early Help), Tomasz Wojcik (Head of Inclusion)
Apologies: Owen Petrakis

4. Neglect strategy
Farah Lindqvist presented the draft strategy.

Date of next meeting: 12 October 2026
`;

let library: Library;
beforeAll(async () => {
  library = tempLibrary('2026-08-01');
  await library.ingestUpload('action-log.txt', Buffer.from(LOG));
  await library.ingestUpload('minutes.txt', Buffer.from(MINUTES));
});
afterAll(() => library.close());

test("the meeting a log names is the minutes' meeting, with who came; the log's actions carry its date", async () => {
  const held = (await library.meetings(OPERATOR)).filter((m) => m.date === '2026-07-13');
  expect(held.map((m) => ({ chair: m.chair, present: m.present.length, apologies: m.apologies, document: m.document, next: m.nextMeeting }))).toEqual([
    { chair: 'Judith Amberley', present: 2, apologies: ['Owen Petrakis'], document: 'minutes.txt', next: '2026-10-12' },
  ]);
  const actions = await library.actions(OPERATOR, { status: 'all' });
  expect(actions.filter((a) => a.text.includes('neglect strategy')).map((a) => a.meetingDate)).toEqual(['2026-07-13']);
});
